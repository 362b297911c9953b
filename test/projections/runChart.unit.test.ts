import { median, shifts, trends, type ChartPoint } from '../../src/projections/runChart';

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
