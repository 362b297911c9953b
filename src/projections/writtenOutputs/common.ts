/** Section builders more than one written output uses. */
import type { BlueprintChange } from '../blueprint';
import type { MetricDocument } from '../metrics';
import { latestMeasurement } from '../metrics';
import type { Signal } from '../runChart';
import { counted, day, listOf, quoted, sentence, words } from '../words';
import { section, statement, type SectionBuilder, type Statement } from './document';
import { entriesOf, type OutputSource } from './source';

/** The programme itself: every document opens with it. */
export const aboutTheProgramme: SectionBuilder = ({ programme }) =>
  section('The programme', [
    statement(
      sentence(
        `${quoted(programme.name)}, in ${programme.localAuthority}: ${programme.scope.replace(/\.$/, '')}; started ${day(programme.startDate)} and planned for ${counted(programme.plannedDurationMonths, 'month')}`,
      ),
      [programme.launched.eventId],
    ),
  ]);

/** A section telling the journey entries of these event types in their own words. */
export const toldByTheJourney =
  (heading: string, types: readonly string[]): SectionBuilder =>
  (source) =>
    section(
      heading,
      entriesOf(source, types).map((entry) =>
        statement(
          `${day(entry.occurredAt)}: ${entry.summary}${entry.rationale ? ` Why: ${sentence(entry.rationale)}` : ''}`,
          [entry.eventId],
        ),
      ),
    );

/** Every change to the blueprint in the order recorded: published versions' first, then unpublished ones. */
export const blueprintChanges = (source: OutputSource, fromVersion = 1): BlueprintChange[] => [
  ...(source.blueprint?.versions ?? [])
    .filter((version) => version.version >= fromVersion)
    .flatMap((version) => version.changes),
  ...(source.blueprint?.unpublishedChanges ?? []),
];

const adaptationStatement = (change: BlueprintChange): Statement =>
  statement(
    [
      `${day(change.occurredAt)}: ${quoted(change.title)} ${change.change}`,
      change.rationale ? ` because ${change.rationale.replace(/\.$/, '')}` : '',
      '.',
      ...change.evidence.map((item) => ` Evidence: ${item.summary}`),
    ].join(''),
    [change.eventId, ...change.evidence.map((item) => item.eventId)],
  );

/** DOMAIN: after the first version every change is an adaptation, with its rationale and evidence. */
export const blueprintAdaptations: SectionBuilder = (source) =>
  section(
    'Adaptations of the blueprint, with rationale and evidence',
    source.blueprint && source.blueprint.versions.length > 0
      ? blueprintChanges(source, 2).map(adaptationStatement)
      : [],
  );

const SIGNAL_WORDS: Record<Signal['rule'], (direction: string) => string> = {
  shift: (direction) => `a shift ${direction} the baseline median`,
  trend: (direction) => `a ${direction} trend`,
  astronomical: (direction) => `an astronomical point ${direction} the limits`,
  runs: (direction) => `${direction} runs around the median`,
};

const measurementEvents = (metric: MetricDocument, ids: readonly string[]) =>
  metric.measurements.filter((m) => ids.includes(m.measurementId)).map((m) => m.eventId);

const metricStatement = (metric: MetricDocument): Statement => {
  const latest = latestMeasurement(metric);
  const unit = (value: number) => `${value} ${metric.unit}`;
  return statement(
    `${quoted(metric.name)}: baseline ${unit(metric.baseline)}, target ${unit(metric.target)}, measured ${metric.cadence}${latest ? `; latest ${unit(latest.value)} for the period to ${day(latest.periodEnd)}` : '; not measured yet'}.`,
    [metric.defined.eventId, latest?.eventId],
  );
};

/** Each measure with its latest value, and the signals its run chart shows with what changed around them. */
export const measuresAndSignals: SectionBuilder = (source) =>
  section(
    'Measures and what their run charts show',
    source.metrics.flatMap(({ metric, chart }) => [
      metricStatement(metric),
      ...chart.signals.map((signal) => {
        const around = signal.changesAround.map((change) => quoted(change.title));
        return statement(
          sentence(
            `${quoted(metric.name)} shows ${SIGNAL_WORDS[signal.rule](words(signal.direction))} from ${day(signal.from)} to ${day(signal.to)}${around.length ? `, around ${listOf([...new Set(around)])}` : ''}`,
          ),
          measurementEvents(
            metric,
            signal.points.map((point) => point.measurementId),
          ),
        );
      }),
    ]),
  );

/** Each decision of every review, with its rationale. */
export const reviewDecisions: SectionBuilder = ({ reviews }) =>
  section(
    'Decisions at reviews',
    reviews.flatMap((review) =>
      review.decisions.map((decision) =>
        statement(
          `${sentence(words(review.kind)).replace(/\.$/, '')} of ${day(review.heldAt)}: ${quoted(decision.decision)} because ${decision.rationale.replace(/\.$/, '')}.`,
          [review.heldEventId, decision.eventId],
        ),
      ),
    ),
  );
