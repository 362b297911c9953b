/**
 * Run-chart signals, the rules quality-improvement teams read a chart by (the IHI run-chart rules:
 * Perla, Provost and Murray, "The run chart", BMJ Qual Saf 2011):
 * - a shift: six or more consecutive points on one side of the baseline median;
 * - a trend: five or more consecutive points all rising or all falling;
 * - too few or too many runs: a run is one or more consecutive points on one side of the median;
 *   fewer or more runs than chance gives for the number of useful observations (points not on the
 *   median) is a signal (see `runsLimits`).
 * A point on the median neither adds to nor breaks a shift or a run; a repeated value neither adds
 * to nor breaks a trend.
 * - an astronomical point: the IHI rule leaves "obviously different" to judgement, so the ledger
 *   uses the test NHS England's "Making Data Count" applies (as NHSRplotthedots implements it): a
 *   point beyond the process limits, the baseline's mean ± 2.66 × its mean moving range (moving
 *   ranges of 3.267 × the mean or more screened out first). Consecutive such points on one side
 *   make one signal.
 */

export interface ChartPoint {
  readonly measurementId: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly value: number;
}

/** How many runs a series has, and how many chance alone would give it. */
export interface RunsCount {
  readonly runs: number;
  /** The points not on the median: only these make or break a run. */
  readonly usefulObservations: number;
  /** Fewer runs than this are too few. */
  readonly fewest: number;
  /** More runs than this are too many. */
  readonly most: number;
  /** Where the limits come from: the published table (10 to 40 useful observations) or, beyond it, the exact distribution. */
  readonly limits: 'table' | 'exactDistribution';
}

export interface Signal {
  readonly rule: 'shift' | 'trend' | 'runs' | 'astronomical';
  readonly direction: 'above' | 'below' | 'rising' | 'falling' | 'tooFew' | 'tooMany';
  /** The points that count towards the signal (for runs: every useful observation). */
  readonly points: readonly ChartPoint[];
  /** From the start of the first point's period to the end of the last one's. */
  readonly from: string;
  readonly to: string;
  /** For the runs rule: the count and the limits it fell outside; null for every other rule. */
  readonly runs: RunsCount | null;
}

export const SHIFT_LENGTH = 6;
export const TREND_LENGTH = 5;

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const signalOf = (
  rule: Signal['rule'],
  direction: Signal['direction'],
  points: readonly ChartPoint[],
): Signal => ({
  rule,
  direction,
  points,
  from: points[0]?.periodStart ?? '',
  to: points.at(-1)?.periodEnd ?? '',
  runs: null,
});

export const shifts = (points: readonly ChartPoint[], centre: number): Signal[] => {
  const found: Signal[] = [];
  let run: ChartPoint[] = [];
  let side: 'above' | 'below' | null = null;
  const close = () => {
    if (side && run.length >= SHIFT_LENGTH) found.push(signalOf('shift', side, run));
  };
  for (const point of points) {
    if (point.value === centre) continue;
    const pointSide = point.value > centre ? 'above' : 'below';
    if (pointSide !== side) {
      close();
      run = [];
      side = pointSide;
    }
    run.push(point);
  }
  close();
  return found;
};

export const trends = (points: readonly ChartPoint[]): Signal[] => {
  const found: Signal[] = [];
  let run: ChartPoint[] = [];
  let direction: 'rising' | 'falling' | null = null;
  const close = () => {
    if (direction && run.length >= TREND_LENGTH) found.push(signalOf('trend', direction, run));
  };
  for (const point of points) {
    const last = run.at(-1);
    if (!last) {
      run = [point];
      continue;
    }
    if (point.value === last.value) continue;
    const step = point.value > last.value ? 'rising' : 'falling';
    if (direction !== null && step !== direction) {
      close();
      run = [last];
    }
    direction = step;
    run.push(point);
  }
  close();
  return found;
};

/**
 * The limits for the number of runs by the number of useful observations: [fewest, most]. Fewer runs
 * than `fewest` are too few, more than `most` too many.
 *
 * Provenance, no more than we know: the rows were transcribed from a third-party reproduction of the
 * run-count table in Perla, Provost and Murray, "The run chart" (BMJ Qual Saf 2011), which in turn
 * rests on Swed and Eisenhart (1943). They have not been checked against the paper itself. What is
 * checked, by test/projections/runChart.unit.test.ts, is each row against the exact distribution of
 * the number of runs: no row leaves more than 2.5% to chance on either side, and with the points split
 * evenly about the median (even rows) the limits are symmetric about n / 2 + 1, so they add up to
 * n + 2. The reproduction's row 30 reads 11 to 22, which breaks that symmetry (its lower limit, 11,
 * mirrors to 21); it is 11 to 21 here.
 */
// prettier-ignore
export const RUNS_TABLE: Readonly<Record<number, readonly [fewest: number, most: number]>> = {
  10: [3, 9], 11: [3, 10], 12: [3, 11], 13: [4, 11], 14: [4, 12], 15: [5, 12], 16: [5, 13],
  17: [5, 13], 18: [6, 14], 19: [6, 15], 20: [6, 16], 21: [7, 16], 22: [7, 17], 23: [7, 17],
  24: [8, 18], 25: [8, 18], 26: [9, 19], 27: [9, 20], 28: [10, 20], 29: [10, 21], 30: [11, 21],
  31: [11, 22], 32: [11, 23], 33: [11, 24], 34: [12, 24], 35: [12, 25], 36: [13, 25], 37: [13, 26],
  38: [14, 26], 39: [14, 27], 40: [15, 27],
};
/** Below this many useful observations the runs rule says nothing (the table starts here). */
export const RUNS_FEWEST_USEFUL = 10;
const RUNS_TABLE_LAST = 40;
/** Beyond the table, what each side may leave to chance: 2.5%, as Swed and Eisenhart's 5% tables. */
const RUNS_TAIL = 0.025;

/**
 * The chance of each number of runs (index = runs) when `useful` points fall in random order, half
 * on each side of the median (Swed and Eisenhart 1943), in logarithms so that long series cannot
 * overflow.
 */
const runsDistribution = (useful: number): number[] => {
  const logFactorial = [0];
  for (let i = 1; i <= useful; i += 1) logFactorial.push(logFactorial[i - 1]! + Math.log(i));
  const logChoose = (n: number, k: number) =>
    k < 0 || k > n ? -Infinity : logFactorial[n]! - logFactorial[k]! - logFactorial[n - k]!;
  const below = Math.floor(useful / 2);
  const above = useful - below;
  const ways = (a: number, b: number) => Math.exp(a + b - logChoose(useful, below));
  return Array.from({ length: useful + 1 }, (_, runs) => {
    const k = Math.floor(runs / 2);
    if (runs < 2) return 0;
    if (runs % 2 === 0) return 2 * ways(logChoose(below - 1, k - 1), logChoose(above - 1, k - 1));
    return (
      ways(logChoose(below - 1, k - 1), logChoose(above - 1, k)) +
      ways(logChoose(below - 1, k), logChoose(above - 1, k - 1))
    );
  });
};

/**
 * The limits for `useful` observations: the table from 10 to 40; beyond it, where the table stops,
 * the exact distribution it comes from, with at most 2.5% of chance on each side (which gives the
 * table's last row, 15 to 27, at 40). Null below 10: too few points to tell.
 */
export const runsLimits = (useful: number): Omit<RunsCount, 'runs' | 'usefulObservations'> | null => {
  if (useful < RUNS_FEWEST_USEFUL) return null;
  const row = RUNS_TABLE[useful];
  if (useful <= RUNS_TABLE_LAST && row) return { fewest: row[0], most: row[1], limits: 'table' };
  const chances = runsDistribution(useful);
  let fewest = 2;
  for (let tail = chances[2]!; tail <= RUNS_TAIL; tail += chances[fewest]!) fewest += 1;
  let most = useful;
  for (let tail = chances[useful]!; tail <= RUNS_TAIL; tail += chances[most]!) most -= 1;
  return { fewest, most, limits: 'exactDistribution' };
};

/** The runs about `centre` and the limits chance sets for them, or null with fewer than 10 useful observations. */
export const runsCount = (points: readonly ChartPoint[], centre: number): RunsCount | null => {
  const useful = points.filter((point) => point.value !== centre);
  const limits = runsLimits(useful.length);
  if (!limits) return null;
  const runs = useful.filter(
    (point, index) => index === 0 || point.value > centre !== useful[index - 1]!.value > centre,
  ).length;
  return { runs, usefulObservations: useful.length, ...limits };
};

/** Too few or too many runs about `centre` over the whole series, or null when the count is as chance gives it. */
export const runsSignal = (points: readonly ChartPoint[], centre: number): Signal | null => {
  const count = runsCount(points, centre);
  if (!count || (count.runs >= count.fewest && count.runs <= count.most)) return null;
  const useful = points.filter((point) => point.value !== centre);
  return { ...signalOf('runs', count.runs < count.fewest ? 'tooFew' : 'tooMany', useful), runs: count };
};

/** Making Data Count's constants for individual values (XmR): limits and the moving-range screen. */
export const PROCESS_LIMIT_FACTOR = 2.66;
export const MOVING_RANGE_SCREEN = 3.267;

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The process limits from baseline values, or null with fewer than two (no moving range). */
export const processLimits = (baseline: readonly number[]): { lower: number; upper: number } | null => {
  if (baseline.length < 2) return null;
  const ranges = baseline.slice(1).map((value, index) => Math.abs(value - baseline[index]!));
  const screen = MOVING_RANGE_SCREEN * mean(ranges);
  const kept = ranges.filter((range) => range < screen);
  const spread = PROCESS_LIMIT_FACTOR * mean(kept.length > 0 ? kept : ranges);
  const centre = mean(baseline);
  return { lower: centre - spread, upper: centre + spread };
};

export const astronomicalPoints = (
  points: readonly ChartPoint[],
  limits: { lower: number; upper: number } | null,
): Signal[] => {
  if (!limits) return [];
  const found: Signal[] = [];
  let run: ChartPoint[] = [];
  let side: 'above' | 'below' | null = null;
  const close = () => {
    if (side && run.length > 0) found.push(signalOf('astronomical', side, run));
  };
  for (const point of points) {
    const pointSide = point.value > limits.upper ? 'above' : point.value < limits.lower ? 'below' : null;
    if (pointSide !== side) {
      close();
      run = [];
      side = pointSide;
    }
    if (pointSide) run.push(point);
  }
  close();
  return found;
};
