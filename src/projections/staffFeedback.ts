/**
 * Reads over staff feedback: each round with what was done in answer, the stages and items no
 * round asked about, and the unintended consequences still open. Reads compose the read models as
 * they stand (live, or folded as of a past time), so they take the same as-of as every read.
 */
import type { FeedbackItem } from '../domain/feedbackRound/events';
import type { BlueprintDocument } from './blueprint';
import { withCitedDecisions } from './decisions';
import type { FollowingStep } from './followingStep';
import { citersOfFeedbackRounds } from './feedbackCitations';
import type { ExperimentDocument } from './experiments';
import type { ConsequenceDocument, FeedbackRoundDocument } from './feedbackRounds';
import type { LedgerReadModels } from './ledgerReadModels';
import type { ReviewDocument } from './reviews';
import type { SmallChangeDocument } from './smallChanges';

export type FeedbackRoundView = FeedbackRoundDocument & {
  readonly answeredByUs: boolean;
  /** The decisions, small-change adaptations and reverts, and blueprint changes that cite it. */
  readonly citedBy: readonly FollowingStep[];
};

const citersIn = (readModels: LedgerReadModels, programmeId: string) =>
  citersOfFeedbackRounds({
    reviews: readModels.documents<ReviewDocument>('review', programmeId),
    smallChanges: readModels.documents<SmallChangeDocument>('smallChange', programmeId),
    blueprint: readModels.blueprint(programmeId),
  });

const viewOf = (
  readModels: LedgerReadModels,
  round: FeedbackRoundDocument,
  citers: Map<string, FollowingStep[]>,
): FeedbackRoundView =>
  withCitedDecisions(
    {
      ...round,
      answeredByUs: round.responses.length > 0,
      citedBy: citers.get(round.feedbackRoundId) ?? [],
    },
    (id) => readModels.item<ReviewDocument>('review', round.programmeId, id),
  );

export const feedbackRoundsOf = (readModels: LedgerReadModels, programmeId: string): FeedbackRoundView[] => {
  const citers = citersIn(readModels, programmeId);
  return readModels
    .documents<FeedbackRoundDocument>('feedbackRound', programmeId)
    .sort((a, b) => a.heldAt.localeCompare(b.heldAt))
    .map((round) => viewOf(readModels, round, citers));
};

export const feedbackRoundOf = (
  readModels: LedgerReadModels,
  programmeId: string,
  feedbackRoundId: string,
): FeedbackRoundView | undefined => {
  const round = readModels.item<FeedbackRoundDocument>('feedbackRound', programmeId, feedbackRoundId);
  return round && viewOf(readModels, round, citersIn(readModels, programmeId));
};

/** An item of the programme staff could be asked about, with the name people know it by. */
export interface NamedItem extends FeedbackItem {
  readonly title: string;
}

export interface OpenConsequence extends ConsequenceDocument {
  readonly feedbackRoundId: string;
  readonly heldAt: string;
}

export interface StaffFeedbackGaps {
  /** Phases that have started, in order, in which no feedback round was held. */
  readonly phasesWithoutFeedback: readonly { readonly phaseId: string; readonly name: string }[];
  readonly itemsWithoutFeedback: readonly NamedItem[];
  readonly openConsequences: readonly OpenConsequence[];
}

const itemsOf = (readModels: LedgerReadModels, programmeId: string): NamedItem[] => {
  const programme = readModels.requireProgramme(programmeId);
  const blueprint = readModels.item<BlueprintDocument>('blueprint', programmeId, programmeId);
  return [
    ...(programme.vision ? [{ kind: 'vision' as const, id: null, title: programme.vision.statement }] : []),
    ...readModels
      .documents<SmallChangeDocument>('smallChange', programmeId)
      .map((c) => ({ kind: 'smallChange' as const, id: c.smallChangeId, title: c.title })),
    ...readModels
      .documents<ExperimentDocument>('experiment', programmeId)
      .map((e) => ({ kind: 'experiment' as const, id: e.experimentId, title: e.title })),
    ...(blueprint?.elements ?? []).map((e) => ({
      kind: 'blueprintElement' as const,
      id: e.elementId,
      title: e.title,
    })),
  ];
};

const key = (item: FeedbackItem) => `${item.kind}/${item.id ?? ''}`;

export const staffFeedbackGapsOf = (readModels: LedgerReadModels, programmeId: string): StaffFeedbackGaps => {
  const programme = readModels.requireProgramme(programmeId);
  const rounds = readModels.documents<FeedbackRoundDocument>('feedbackRound', programmeId);
  const askedPhases = new Set(rounds.map((round) => round.phaseId));
  const askedItems = new Set(rounds.flatMap((round) => round.items.map(key)));
  return {
    phasesWithoutFeedback: programme.phases
      .filter((phase) => phase.status !== 'notStarted' && !askedPhases.has(phase.phaseId))
      .map(({ phaseId, name }) => ({ phaseId, name })),
    itemsWithoutFeedback: itemsOf(readModels, programmeId).filter((item) => !askedItems.has(key(item))),
    openConsequences: rounds
      .sort((a, b) => a.heldAt.localeCompare(b.heldAt))
      .flatMap(({ feedbackRoundId, heldAt, consequences }) =>
        consequences.filter((c) => !c.closed).map((c) => ({ ...c, feedbackRoundId, heldAt })),
      ),
  };
};
