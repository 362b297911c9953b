import {
  astronomicalPoints,
  median,
  processLimits,
  RUNS_TABLE,
  runsCount,
  runsLimits,
  runsSignal,
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

/** `runs` runs over `useful` points about 0, as evenly long as they can be: +1 above, -1 below. */
const withRuns = (useful: number, runs: number): ChartPoint[] =>
  series(
    ...Array.from({ length: runs }, (_, run) => {
      const length = Math.floor(useful / runs) + (run < useful % runs ? 1 : 0);
      return Array.from({ length }, () => (run % 2 === 0 ? 1 : -1));
    }).flat(),
  );
const verdict = (points: readonly ChartPoint[], centre = 0) => runsSignal(points, centre)?.direction ?? null;

/** The exact distribution of the number of runs of `a` points of one kind and `b` of the other (Swed and Eisenhart). */
const choose = (n: number, k: number): number =>
  k < 0 || k > n ? 0 : Array.from({ length: k }, (_, i) => (n - i) / (i + 1)).reduce((x, y) => x * y, 1);
const runsProbability = (a: number, b: number, runs: number): number => {
  const k = Math.floor(runs / 2);
  const ways =
    runs % 2 === 0
      ? 2 * choose(a - 1, k - 1) * choose(b - 1, k - 1)
      : choose(a - 1, k - 1) * choose(b - 1, k) + choose(a - 1, k) * choose(b - 1, k - 1);
  return ways / choose(a + b, a);
};

/**
 * Too few or too many runs (IHI rule 3). The limits come from a third-party reproduction of Perla,
 * Provost and Murray's run-count table (BMJ Qual Saf 2011; itself from Swed and Eisenhart 1943), so
 * the last test below holds every row to the exact distribution rather than trusting the copy.
 */
describe('too few or too many runs', () => {
  it('a worked example (Balestracci, Quality Digest, October 2008): 16 points in runs of 7, 7, 1 and 1 make 4 runs, too few (fewer than 5)', () => {
    const points = series(...[3, 3, 3, 3, 3, 3, 3, -3, -3, -3, -3, -3, -3, -3, 3, -3].map((v) => 10 + v));
    const signal = runsSignal(points, 10);
    expect(signal).toMatchObject({
      rule: 'runs',
      direction: 'tooFew',
      from: '2022-01-01',
      to: '2022-01-16',
      runs: { runs: 4, usefulObservations: 16, fewest: 5, most: 13, limits: 'table' },
    });
    expect(signal!.points).toHaveLength(16);
  });

  it('a worked example (Balestracci and Barlow 1998): 18 points, 2 on the median, 16 useful in 10 runs, is what chance gives', () => {
    // Runs of 2, 1, 1, 3, 1, 2, 1, 2, 2 and 1 points; the two on the median fall between runs.
    const values = [1, 1, -1, 0, 1, -1, -1, -1, 1, -1, -1, 0, 1, -1, -1, 1, 1, -1].map((v) => 20 + v);
    expect(runsCount(series(...values), 20)).toEqual({
      runs: 10,
      usefulObservations: 16,
      fewest: 5,
      most: 13,
      limits: 'table',
    });
    expect(runsSignal(series(...values), 20)).toBeNull();
  });

  it('skips a point on the median: it neither ends a run nor starts one', () => {
    const split = [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1];
    expect(runsSignal(series(...split), 0)?.runs).toMatchObject({ runs: 2, usefulObservations: 15 });
  });

  it('keeps to the table at its boundaries: 10 useful observations (3 to 9 runs) and 40 (15 to 27)', () => {
    expect([2, 3, 9, 10].map((runs) => verdict(withRuns(10, runs)))).toEqual([
      'tooFew',
      null,
      null,
      'tooMany',
    ]);
    expect([14, 15, 27, 28].map((runs) => verdict(withRuns(40, runs)))).toEqual([
      'tooFew',
      null,
      null,
      'tooMany',
    ]);
    expect(runsSignal(withRuns(12, 12), 0)?.runs).toEqual({
      runs: 12,
      usefulObservations: 12,
      fewest: 3,
      most: 11,
      limits: 'table',
    });
  });

  it('says nothing below 10 useful observations, however few or many the runs', () => {
    expect([1, 2, 9].map((runs) => verdict(withRuns(9, runs)))).toEqual([null, null, null]);
    // Ten points, one on the median: nine useful.
    expect(verdict(series(1, 1, 1, 1, 1, 0, -1, -1, -1, -1))).toBeNull();
    expect(runsLimits(9)).toBeNull();
  });

  it('beyond 40, where the table stops, takes the limits from the exact distribution: at most 2.5% of chance on each side', () => {
    // Swed and Eisenhart's 0.025 critical values for an even split: 20 and 21 points allow 15 to 28
    // runs, 25 and 25 allow 19 to 33, 30 and 30 allow 24 to 38 (checked with the distribution below).
    expect([41, 50, 60].map(runsLimits)).toEqual([
      { fewest: 15, most: 28, limits: 'exactDistribution' },
      { fewest: 19, most: 33, limits: 'exactDistribution' },
      { fewest: 24, most: 38, limits: 'exactDistribution' },
    ]);
    expect([14, 15, 28, 29].map((runs) => verdict(withRuns(41, runs)))).toEqual([
      'tooFew',
      null,
      null,
      'tooMany',
    ]);
    for (const useful of [41, 57, 120]) {
      const { fewest, most } = runsLimits(useful)!;
      const [below, above] = [Math.floor(useful / 2), useful - Math.floor(useful / 2)];
      const tail = (from: number, to: number) =>
        Array.from({ length: to - from + 1 }, (_, i) => runsProbability(below, above, from + i)).reduce(
          (sum, p) => sum + p,
          0,
        );
      expect([useful, tail(2, fewest - 1) <= 0.025, tail(2, fewest) > 0.025]).toEqual([useful, true, true]);
      expect([useful, tail(most + 1, useful) <= 0.025, tail(most, useful) > 0.025]).toEqual([
        useful,
        true,
        true,
      ]);
    }
    // A long series still has limits (in exact integer arithmetic: 4,903 to 5,099, about 5,001 ± 1.96 × 50).
    expect(runsLimits(10_000)).toEqual({ fewest: 4903, most: 5099, limits: 'exactDistribution' });
  });

  it('has a table whose even rows are symmetric and whose limits never leave more than 2.5% to chance on either side', () => {
    for (const [useful, [fewest, most]] of Object.entries(RUNS_TABLE).map(
      ([n, row]) => [Number(n), row] as const,
    )) {
      const below = Math.floor(useful / 2);
      const above = useful - below;
      // With an even split the number of runs is symmetric about useful / 2 + 1.
      if (below === above) expect([useful, fewest + most]).toEqual([useful, useful + 2]);
      let tooFew = 0;
      let tooMany = 0;
      for (let runs = 2; runs <= useful; runs += 1) {
        if (runs < fewest) tooFew += runsProbability(below, above, runs);
        if (runs > most) tooMany += runsProbability(below, above, runs);
      }
      expect([useful, tooFew <= 0.025, tooMany <= 0.025]).toEqual([useful, true, true]);
    }
    expect(Object.keys(RUNS_TABLE).map(Number)).toEqual(Array.from({ length: 31 }, (_, i) => 10 + i));
  });
});
