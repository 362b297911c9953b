/**
 * Run-chart signals, the rules quality-improvement teams read a chart by (the IHI run-chart rules:
 * Perla, Provost and Murray, "The run chart", BMJ Qual Saf 2011):
 * - a shift: six or more consecutive points on one side of the baseline median;
 * - a trend: five or more consecutive points all rising or all falling.
 * A point on the median neither adds to nor breaks a shift; a repeated value neither adds to nor
 * breaks a trend.
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

export interface Signal {
  readonly rule: 'shift' | 'trend' | 'astronomical';
  readonly direction: 'above' | 'below' | 'rising' | 'falling';
  /** The points that count towards the signal. */
  readonly points: readonly ChartPoint[];
  /** From the start of the first point's period to the end of the last one's. */
  readonly from: string;
  readonly to: string;
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
