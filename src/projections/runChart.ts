/**
 * Run-chart signals, the rules quality-improvement teams read a chart by:
 * - a shift: six or more consecutive points on one side of the baseline median;
 * - a trend: five or more consecutive points all rising or all falling.
 * A point on the median neither adds to nor breaks a shift; a repeated value neither adds to nor
 * breaks a trend.
 */

export interface ChartPoint {
  readonly measurementId: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly value: number;
}

export interface Signal {
  readonly rule: 'shift' | 'trend';
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
