/**
 * What a written output is composed from: the programme's read models as they stand (now, or as
 * of a past moment when read through LedgerReadModels.asOf), gathered once per document.
 */
import type { BarrierDocument } from '../barriers';
import type { BlueprintEvolution } from '../blueprint';
import type { ExperimentDocument } from '../experiments';
import { failuresOf, type Failure } from '../failures';
import type { JourneyEntryView, LedgerReadModels } from '../ledgerReadModels';
import type { MetricDocument } from '../metrics';
import { participantIn, type ProgrammeDocument } from '../programme';
import type { ReviewDocument } from '../reviews';
import type { RunChart } from '../runChartView';
import type { SmallChangeDocument } from '../smallChanges';
import { feedbackRoundsOf, type FeedbackRoundView } from '../staffFeedback';
import { counted, listOf, quoted, words } from '../words';

export interface OutputSource {
  readonly programme: ProgrammeDocument;
  readonly smallChanges: readonly SmallChangeDocument[];
  readonly barriers: readonly BarrierDocument[];
  readonly reviews: readonly ReviewDocument[];
  readonly experiments: readonly ExperimentDocument[];
  readonly blueprint: BlueprintEvolution | undefined;
  readonly metrics: readonly { readonly metric: MetricDocument; readonly chart: RunChart }[];
  /** The journey, in business-date order: every event once, with its readable summary. */
  readonly journey: readonly JourneyEntryView[];
  /** Every failure with its learning, in the order it occurred (see failures.ts). */
  readonly failures: readonly Failure[];
  /** Staff feedback rounds, oldest first, with what was done in answer. */
  readonly feedbackRounds: readonly FeedbackRoundView[];
}

const JOURNEY_PAGE = 1000;

const wholeJourney = async (readModels: LedgerReadModels, programmeId: string) => {
  const entries: JourneyEntryView[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await readModels.journey(programmeId, {}, { after, first: JOURNEY_PAGE });
    entries.push(...page.items.map(({ node }) => node));
    if (!page.hasNextPage) return entries;
    after = page.items.at(-1)?.cursor;
  }
};

const byDate =
  <T>(dateOf: (item: T) => string) =>
  (a: T, b: T) =>
    dateOf(a).localeCompare(dateOf(b));

export const outputSourceOf = async (
  readModels: LedgerReadModels,
  programmeId: string,
): Promise<OutputSource> => {
  const programme = readModels.requireProgramme(programmeId);
  return {
    programme,
    smallChanges: readModels.smallChanges(programmeId).sort(byDate((c) => c.proposed.occurredAt)),
    barriers: readModels.barriers(programmeId).sort(byDate((b) => b.identified.occurredAt)),
    reviews: readModels.reviews(programmeId),
    experiments: readModels.experiments(programmeId).sort(byDate((e) => e.designed.occurredAt)),
    blueprint: readModels.blueprint(programmeId),
    metrics: readModels.metrics(programmeId).map((metric) => ({
      metric,
      chart: readModels.runChart(programmeId, metric.metricId),
    })),
    journey: await wholeJourney(readModels, programmeId),
    failures: failuresOf(readModels, programmeId),
    feedbackRounds: feedbackRoundsOf(readModels, programmeId),
  };
};

/** Words shared by the builders. */
export const levelsIn = (source: OutputSource, ids: readonly string[]): string => {
  const levels = ids.map((id) => participantIn(source.programme, id)?.level ?? 'unknown');
  return listOf(
    [...new Set(levels)].map((level) => counted(levels.filter((l) => l === level).length, words(level))),
  );
};

export const teamName = (source: OutputSource, teamId: string | null): string =>
  source.programme.teams.find((team) => team.teamId === teamId)?.name ?? 'the programme';

export const barrierTitles = (source: OutputSource, ids: readonly string[]): string =>
  listOf(ids.map((id) => quoted(source.barriers.find((b) => b.barrierId === id)?.title ?? id)));

/** The events that identified these barriers: what a statement naming them rests on. */
export const barrierEvents = (source: OutputSource, ids: readonly string[]): string[] =>
  ids.flatMap((id) => source.barriers.find((b) => b.barrierId === id)?.identified.eventId ?? []);

/** The journey entries of these event types, in business-date order. */
export const entriesOf = (source: OutputSource, types: readonly string[]): JourneyEntryView[] =>
  source.journey.filter((entry) => types.includes(entry.eventType));
