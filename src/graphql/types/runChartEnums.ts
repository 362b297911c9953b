/** The enums of run charts and their signals, each value described for the schema. */
import type { RunsCount, Signal } from '../../projections/runChart';
import type { ChangeAround, RunChart } from '../../projections/runChartView';
import { enumOf } from './enums';

export const SignalRule = enumOf(
  ['shift', 'trend', 'runs', 'astronomical'] satisfies Signal['rule'][],
  'SignalRule',
  'The run-chart rule a signal of non-random change meets.',
  {
    shift:
      'Six or more consecutive points on one side of the baseline median (a point on the median is skipped).',
    trend: 'Five or more consecutive points all rising or all falling (a repeated value is skipped).',
    runs: "Too few or too many runs over the whole series: a run is one or more consecutive points on one side of the median (a point on it is skipped); with 10 to 40 points off the median the limits are Swed and Eisenhart's, as Perla, Provost and Murray (2011) tabulate them for run charts, beyond 40 the exact distribution they come from; below 10 the rule does not apply.",
    astronomical:
      "A point beyond the baseline's process limits: its mean ± 2.66 × its mean moving range (Making Data Count).",
  },
);
export const SignalDirection = enumOf(
  ['above', 'below', 'rising', 'falling', 'tooFew', 'tooMany'] satisfies Signal['direction'][],
  'SignalDirection',
  'Which way a signal goes.',
  {
    above: 'A shift above the median, or a point above the upper process limit.',
    below: 'A shift below the median, or a point below the lower process limit.',
    rising: 'A rising trend.',
    falling: 'A falling trend.',
    tooFew:
      'Too few runs: the points cluster on each side of the median longer than chance would (often a shift, or a change of level).',
    tooMany:
      'Too many runs: the points cross the median more often than chance would (often two alternating sources, e.g. weekday and weekend, mixed in one series).',
  },
);
export const ChangeAroundKind = enumOf(
  [
    'smallChangeImplemented',
    'experimentStarted',
    'experimentConcluded',
    'experimentStoppedEarly',
    'blueprintVersionPublished',
  ] satisfies ChangeAround['kind'][],
  'ChangeAroundKind',
  'What kind of change a run chart shows around a signal.',
  {
    smallChangeImplemented: 'A small change was implemented.',
    experimentStarted: 'An experiment started.',
    experimentConcluded: 'An experiment was concluded.',
    experimentStoppedEarly: 'An experiment was stopped early.',
    blueprintVersionPublished: 'A version of the blueprint was published.',
  },
);
export const BaselineSource = enumOf(
  ['measurements', 'declaredBaseline'] satisfies RunChart['baseline']['source'][],
  'BaselineSource',
  "Where a run chart's centre line comes from.",
  {
    measurements: 'The median of the measurements before the first small change was implemented.',
    declaredBaseline: "The metric's declared baseline: no measurement came before the first small change.",
  },
);

export const RunsLimits = enumOf(
  ['table', 'exactDistribution'] satisfies RunsCount['limits'][],
  'RunsLimits',
  'Where the limits of the runs rule come from.',
  {
    table:
      "Swed and Eisenhart's limits as Perla, Provost and Murray (2011) tabulate them for run charts, 10 to 40 points off the median (transcribed from a third-party reproduction of their table; the tests hold every row to the exact distribution).",
    exactDistribution:
      'Beyond 40 points off the median, where the table stops: the exact distribution of the number of runs it comes from (Swed and Eisenhart, points split evenly about the median), leaving at most 2.5% to chance on each side.',
  },
);
