/** A metric's run chart: its series, the baseline median, and each signal with the changes recorded around it. */
import type { BlueprintDocument } from './blueprint';
import { addDays, dayOf } from './dates';
import type { ExperimentDocument } from './experiments';
import { currentSeries, type MetricDocument } from './metrics';
import {
  astronomicalPoints,
  median,
  processLimits,
  runsCount,
  runsSignal,
  shifts,
  trends,
  type ChartPoint,
  type RunsCount,
  type Signal,
} from './runChart';
import type { SmallChangeDocument } from './smallChanges';

/** How far before a signal's first point a change still counts as "around" it. */
export const DAYS_AROUND_A_SIGNAL = 28;

export interface ChangeAround {
  readonly kind:
    | 'smallChangeImplemented'
    | 'experimentStarted'
    | 'experimentConcluded'
    | 'experimentStoppedEarly'
    | 'blueprintVersionPublished';
  readonly id: string;
  readonly title: string;
  readonly on: string;
}

export interface RunChart {
  readonly metric: MetricDocument;
  /** The team charted; null for the whole programme. */
  readonly teamId: string | null;
  readonly points: readonly ChartPoint[];
  readonly baseline: {
    /** Measurements when the series has points before the first small change was implemented; otherwise the metric's declared baseline. */
    readonly source: 'measurements' | 'declaredBaseline';
    /** The baseline period ends when the first small change is implemented. */
    readonly until: string | null;
    readonly points: readonly ChartPoint[];
    readonly median: number;
  };
  readonly signals: readonly (Signal & { readonly changesAround: readonly ChangeAround[] })[];
  /** The runs rule over the whole series, signal or not; null with fewer than 10 points off the centre line. */
  readonly runs: RunsCount | null;
}

export interface ChangesInProgramme {
  readonly smallChanges: readonly SmallChangeDocument[];
  readonly experiments: readonly ExperimentDocument[];
  readonly blueprint: BlueprintDocument | undefined;
}

const changesOf = ({ smallChanges, experiments, blueprint }: ChangesInProgramme): ChangeAround[] => [
  ...smallChanges.flatMap((change) =>
    change.implemented
      ? [
          {
            kind: 'smallChangeImplemented' as const,
            id: change.smallChangeId,
            title: change.title,
            on: change.implemented.implementedAt,
          },
        ]
      : [],
  ),
  ...experiments.flatMap((experiment) => {
    const found: ChangeAround[] = [];
    const { experimentId: id, title } = experiment;
    if (experiment.startedAt) found.push({ kind: 'experimentStarted', id, title, on: experiment.startedAt });
    if (experiment.conclusion)
      found.push({ kind: 'experimentConcluded', id, title, on: experiment.conclusion.concludedAt });
    if (experiment.stoppedEarly)
      found.push({ kind: 'experimentStoppedEarly', id, title, on: experiment.stoppedEarly.stoppedAt });
    return found;
  }),
  ...(blueprint?.versions ?? []).map((version) => ({
    kind: 'blueprintVersionPublished' as const,
    id: String(version.version),
    title: `Blueprint version ${version.version}`,
    on: version.published.occurredAt,
  })),
];

/**
 * The run chart of the whole programme, or of one team (its measurements, and its own small
 * changes among the changes around each signal; experiments and versions are the programme's).
 */
export const runChartOf = (
  metric: MetricDocument,
  programme: ChangesInProgramme,
  teamId: string | null = null,
): RunChart => {
  const points: ChartPoint[] = currentSeries(metric, teamId).map(
    ({ measurementId, periodStart, periodEnd, value }) => ({
      measurementId,
      periodStart,
      periodEnd,
      value,
    }),
  );
  const ofTeam =
    teamId === null ? programme.smallChanges : programme.smallChanges.filter((c) => c.teamId === teamId);
  const changes = changesOf({ ...programme, smallChanges: ofTeam }).sort((a, b) => a.on.localeCompare(b.on));
  const until = changes.find((change) => change.kind === 'smallChangeImplemented')?.on ?? null;
  const baselinePoints = until ? points.filter((point) => dayOf(point.periodEnd) < dayOf(until)) : points;
  const measured = median(baselinePoints.map((point) => point.value));
  const centre = measured ?? metric.baseline;
  const limits = measured === null ? null : processLimits(baselinePoints.map((point) => point.value));
  // The signals in order of their first point; the runs rule, which reads the whole series, last.
  const runs = runsSignal(points, centre);
  const signals = [...shifts(points, centre), ...trends(points), ...astronomicalPoints(points, limits)]
    .sort((a, b) => a.from.localeCompare(b.from))
    .concat(runs ? [runs] : [])
    .map((signal) => {
      const start = addDays(signal.from, -DAYS_AROUND_A_SIGNAL);
      const end = dayOf(signal.to);
      return {
        ...signal,
        changesAround: changes.filter((change) => dayOf(change.on) >= start && dayOf(change.on) <= end),
      };
    });
  return {
    metric,
    teamId,
    points,
    baseline: {
      source: measured === null ? 'declaredBaseline' : 'measurements',
      until,
      points: measured === null ? [] : baselinePoints,
      median: centre,
    },
    signals,
    runs: runsCount(points, centre),
  };
};
