import {
  astronomicalPoints,
  median,
  processLimits,
  shifts,
  trends,
  type ChartPoint,
} from '../../src/projections/runChart';

const series = (...values: number[]): ChartPoint[] =>
  values.map((value, index) => ({
    measurementId: `m${index + 1}`,
    periodStart: `2022-01-${String(index + 1).padStart(2, '0')}`,
    periodEnd: `2022-01-${String(index + 1).padStart(2, '0')}`,
    value,
  }));
const ids = (points: readonly ChartPoint[]) => points.map((point) => point.measurementId);

describe('run-chart signals', () => {
  it('takes the median of an odd and an even number of points, and none of no points', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, null]);
  });

  it('finds a shift of six points above the median, not one of five', () => {
    expect(shifts(series(21, 22, 23, 21, 22), 20)).toEqual([]);
    const [shift] = shifts(series(19, 21, 22, 23, 21, 22, 24, 18), 20);
    expect(shift).toMatchObject({ rule: 'shift', direction: 'above', from: '2022-01-02', to: '2022-01-07' });
    expect(ids(shift!.points)).toEqual(['m2', 'm3', 'm4', 'm5', 'm6', 'm7']);
  });

  it('lets a point on the median neither add to nor break a shift', () => {
    expect(shifts(series(18, 17, 20, 19, 18, 17), 20)).toEqual([]);
    const [shift] = shifts(series(18, 17, 20, 19, 18, 17, 16), 20);
    expect(shift?.direction).toBe('below');
    expect(ids(shift!.points)).toEqual(['m1', 'm2', 'm4', 'm5', 'm6', 'm7']);
  });

  it('finds a trend of five rising points, not of four, and ignores repeated values', () => {
    expect(trends(series(1, 2, 3, 4))).toEqual([]);
    const [trend] = trends(series(5, 1, 2, 2, 3, 4, 5, 3));
    expect(trend).toMatchObject({ rule: 'trend', direction: 'rising' });
    expect(ids(trend!.points)).toEqual(['m2', 'm3', 'm5', 'm6', 'm7']);
  });

  it('starts a falling trend at the turning point of a rising one', () => {
    const found = trends(series(1, 2, 3, 4, 5, 4, 3, 2, 1));
    expect(found.map((trend) => [trend.direction, ids(trend.points)])).toEqual([
      ['rising', ['m1', 'm2', 'm3', 'm4', 'm5']],
      ['falling', ['m5', 'm6', 'm7', 'm8', 'm9']],
    ]);
  });
});

/**
 * Checked against the published rules. IHI (Perla, Provost and Murray, BMJ Qual Saf 2011): a shift
 * is six or more consecutive points above or below the median, points on the median skipped; a
 * trend is five or more consecutive points all going up or all going down, like values not
 * counted. Making Data Count (NHSRplotthedots, ptd_spc_standard): process limits at the mean
 * ± 2.66 × the mean moving range, moving ranges of 3.267 × their mean or more screened out.
 */
describe('the run-chart rules, as published', () => {
  it('IHI shift: six points on one side with a point on the median among them is still a shift', () => {
    // Median 10; the seventh value (10) sits on the median and is skipped.
    const [shift] = shifts(series(11, 12, 11, 10, 13, 12, 11), 10);
    expect(shift).toMatchObject({ rule: 'shift', direction: 'above' });
    expect(ids(shift!.points)).toEqual(['m1', 'm2', 'm3', 'm5', 'm6', 'm7']);
    expect(shifts(series(11, 12, 9, 13, 12, 11, 12), 10)).toEqual([]);
  });

  it('IHI trend: five falling points with a repeated value are one trend; four are not', () => {
    const [trend] = trends(series(9, 8, 8, 7, 6, 5));
    expect(trend).toMatchObject({ rule: 'trend', direction: 'falling' });
    expect(ids(trend!.points)).toEqual(['m1', 'm2', 'm4', 'm5', 'm6']);
    expect(trends(series(9, 8, 8, 7, 6, 7))).toEqual([]);
  });

  it('Making Data Count limits: mean ± 2.66 × mean moving range of the baseline', () => {
    // Mean 11.6; moving ranges 2, 1, 2, 1 (mean 1.5); limits 11.6 ± 3.99.
    const limits = processLimits([10, 12, 11, 13, 12]);
    expect(limits!.lower).toBeCloseTo(7.61, 10);
    expect(limits!.upper).toBeCloseTo(15.59, 10);
    expect(processLimits([10])).toBeNull();
  });

  it('Making Data Count screening: a moving range of 3.267 × their mean or more is left out of the limits', () => {
    // Moving ranges 1, 1, 1, 1, 1, 1, 1, 1, 1, 30, 30 → mean 6.27; screen 20.5 drops both 30s; mean 1.
    const baseline = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 41, 11];
    const limits = processLimits(baseline)!;
    const centre = baseline.reduce((a, b) => a + b, 0) / baseline.length;
    expect(limits.upper).toBeCloseTo(centre + 2.66, 10);
  });

  it('an astronomical point is one beyond the limits; consecutive ones on one side make one signal', () => {
    const found = astronomicalPoints(series(12, 16, 17, 11, 15.59, 7), { lower: 7.61, upper: 15.59 });
    expect(found.map((signal) => [signal.rule, signal.direction, ids(signal.points)])).toEqual([
      ['astronomical', 'above', ['m2', 'm3']],
      ['astronomical', 'below', ['m6']],
    ]);
  });
});
