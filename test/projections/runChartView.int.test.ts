import { event, launchedProgramme, P, readModelsGiven, type Given } from './givenEvents';

const METRIC = 'metric-time';
const fortnight = (n: number) => {
  const start = new Date(Date.UTC(2022, 0, 3 + 14 * n));
  const end = new Date(Date.UTC(2022, 0, 16 + 14 * n));
  return { periodStart: start.toISOString().slice(0, 10), periodEnd: end.toISOString().slice(0, 10) };
};
const measured = (n: number, value: number): Given =>
  event('MeasurementRecorded', {
    programmeId: P,
    metricId: METRIC,
    measurementId: `m-${n}`,
    ...fortnight(n),
    value,
    source: { kind: 'timeDiary' },
  });
const metricDefined = event('MetricDefined', {
  programmeId: P,
  metricId: METRIC,
  outcomeId: 'o',
  name: '% of time with families',
  unit: '%',
  direction: 'higherIsBetter',
  baseline: 19,
  target: 30,
  cadence: 'fortnightly',
  howWouldWeKnow: 'survey',
});
const smallChange: Given[] = [
  event('SmallChangeProposed', {
    smallChangeId: 'sc-1',
    programmeId: P,
    teamId: 'team-north',
    title: 'One-page notes',
    description: 'd',
    proposedBy: ['person-sw'],
    barrierIds: ['barrier-forms'],
  }),
  event('SmallChangeAgreed', { smallChangeId: 'sc-1', programmeId: P, agreedBy: ['person-tm'] }),
  // Implemented in the fourth fortnight: the baseline period is the three fortnights before.
  event('SmallChangeImplemented', {
    smallChangeId: 'sc-1',
    programmeId: P,
    implementedAt: '2022-02-14',
    whatChanged: 'w',
  }),
];
const earlyExperiment = [
  event('ExperimentDesigned', {
    experimentId: 'ex-early',
    programmeId: P,
    title: 'Early',
    hypothesis: { ifWe: 'a', weExpect: 'b', because: 'c' },
    barrierIds: [],
    blueprintElementId: null,
    measureIds: [],
    plannedStart: '2021-12-01',
    reviewDate: '2022-01-01',
  }),
  event('ExperimentStarted', { experimentId: 'ex-early', programmeId: P, startedAt: '2021-12-01' }),
];

describe('a metric run chart', () => {
  it('takes the baseline median from the points before the first small change, and names the changes around a signal', () => {
    const values = [18, 22, 20, 23, 24, 25, 26, 27, 28];
    const { readModels } = readModelsGiven([
      ...launchedProgramme(),
      metricDefined,
      ...smallChange,
      ...earlyExperiment,
      ...values.map((value, n) => measured(n, value)),
    ]);
    const chart = readModels.runChart(P, METRIC);
    expect(chart.baseline).toMatchObject({ source: 'measurements', until: '2022-02-14', median: 20 });
    expect(chart.baseline.points.map((point) => point.value)).toEqual([18, 22, 20]);
    const shift = chart.signals.find((signal) => signal.rule === 'shift');
    // The point on the median (20) neither adds to nor breaks the run that 22 began.
    expect(shift?.points.map((point) => point.value)).toEqual([22, 23, 24, 25, 26, 27, 28]);
    expect(shift?.changesAround).toEqual([
      { kind: 'smallChangeImplemented', id: 'sc-1', title: 'One-page notes', on: '2022-02-14' },
    ]);
    const trend = chart.signals.find((signal) => signal.rule === 'trend');
    expect(trend).toMatchObject({ direction: 'rising', from: '2022-01-31', to: '2022-05-08' });
  });

  it("centres on the metric's declared baseline when nothing was measured before the first change", () => {
    const { readModels } = readModelsGiven([
      ...launchedProgramme(),
      metricDefined,
      ...smallChange,
      measured(3, 25),
      measured(4, 26),
    ]);
    expect(readModels.runChart(P, METRIC).baseline).toEqual({
      source: 'declaredBaseline',
      until: '2022-02-14',
      points: [],
      median: 19,
    });
    expect(() => readModels.runChart(P, 'metric-none')).toThrow(`Programme ${P} has no metric metric-none`);
  });
});
