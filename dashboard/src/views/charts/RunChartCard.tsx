/** One measure's run chart: points, baseline median, target, signals marked and recorded changes on the time axis. */
import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { useQuery } from '../../api/useQuery';
import { PlotFigure } from '../../components/PlotFigure';
import { Failure, Loading } from '../../components/States';
import {
  RunChartDocument,
  type AsOfInput,
  type MetricsQuery,
  type RunChartQuery,
} from '../../generated/graphql';
import type { ChangeMark } from '../../model/changes';
import { formatDay, plural } from '../../model/format';
import { DIRECTION } from '../../model/labels';
import { RunsSummary, signalName, SignalTable } from './SignalTable';

type Metric = MetricsQuery['metrics']['edges'][number]['node'];
type Chart = RunChartQuery['runChart'];

const day = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00Z`);

/** The measurements on the time axis; a point is marked when a signal picks it out. */
const pointsOf = (chart: Chart) => {
  // Points are marked for the rules that pick points out; the runs rule reads the whole series.
  const inSignal = new Set(
    chart.signals.filter((s) => s.rule !== 'RUNS').flatMap((s) => s.points.map((p) => p.measurementId)),
  );
  return chart.points.map((p) => ({
    ...p,
    at: day(p.periodEnd),
    signal: inSignal.has(p.measurementId),
  }));
};

type Point = ReturnType<typeof pointsOf>[number];

/** Recorded changes: a dotted rule and a triangle on the time axis, titled with what changed. */
const changeMarks = (shown: readonly ChangeMark[]) => [
  Plot.ruleX(shown, { x: (c: ChangeMark) => day(c.on), stroke: '#b0b7c3', strokeDasharray: '2 3' }),
  Plot.dot(shown, {
    x: (c: ChangeMark) => day(c.on),
    frameAnchor: 'bottom',
    symbol: 'triangle',
    r: 4,
    fill: '#5b6f8a',
    title: (c: ChangeMark) => `${formatDay(c.on)}: ${c.kind}, ${c.title}`,
    className: 'change-mark',
  }),
];

/** The baseline median: solid over the baseline's measurements, dashed where it is extended. */
const baselineMarks = (
  median: number,
  first: Date | undefined,
  until: Date | undefined,
  last: Date | undefined,
) => [
  ...(first && until ? [Plot.ruleY([median], { x1: first, x2: until, stroke: '#333', strokeWidth: 2 })] : []),
  ...(until && last && until < last
    ? [
        Plot.ruleY([median], {
          x1: until,
          x2: last,
          stroke: '#333',
          strokeDasharray: '6 4',
        }),
      ]
    : []),
];

/** The target as a dashed green rule, and the two lines' labels. */
const targetAndLabels = (target: number, median: number) => [
  Plot.ruleY([target], { stroke: '#2f6b4f', strokeWidth: 2, strokeDasharray: '8 4' }),
  Plot.text([target], {
    y: (d: number) => d,
    frameAnchor: 'right',
    textAnchor: 'end',
    dy: -8,
    text: () => `target ${target}`,
    fill: '#2f6b4f',
  }),
  Plot.text([median], {
    y: (d: number) => d,
    frameAnchor: 'left',
    textAnchor: 'start',
    dx: 4,
    dy: 10,
    text: () => `median ${median}`,
    fill: '#333',
  }),
];

/** The series as a line of dots, signal points as orange diamonds, and a tip for the nearest point. */
const seriesMarks = (points: readonly Point[]) => [
  Plot.line(points, { x: 'at', y: 'value', stroke: '#0b5cad', strokeWidth: 1.5 }),
  Plot.dot(
    points.filter((p) => !p.signal),
    { x: 'at', y: 'value', r: 3.5, fill: '#0b5cad' },
  ),
  Plot.dot(
    points.filter((p) => p.signal),
    {
      x: 'at',
      y: 'value',
      r: 6,
      symbol: 'diamond',
      fill: '#c2410c',
      stroke: '#1a1a1a',
      ariaLabel: 'signal',
      className: 'signal-point',
    },
  ),
  Plot.tip(
    points,
    Plot.pointerX({
      x: 'at',
      y: 'value',
      title: (p: Point) => `${formatDay(p.periodEnd)}: ${p.value}${p.signal ? ' (part of a signal)' : ''}`,
    }),
  ),
];

const chartOptions = (
  metric: Metric,
  chart: Chart,
  changes: readonly ChangeMark[],
  width: number,
): Plot.PlotOptions => {
  const points = pointsOf(chart);
  const first = points[0]?.at;
  const last = points.at(-1)?.at;
  const shown = first && last ? changes.filter((c) => day(c.on) >= first && day(c.on) <= last) : [];
  const until = chart.baseline.until ? day(chart.baseline.until) : last;
  const values = [...points.map((p) => p.value), chart.baseline.median, metric.target];
  return {
    height: width < 520 ? 260 : 320,
    marginLeft: 48,
    marginRight: width < 520 ? 16 : 70,
    x: { type: 'utc', label: null },
    y: { label: metric.unit, domain: [Math.min(...values) * 0.9, Math.max(...values) * 1.08], grid: true },
    marks: [
      ...changeMarks(shown),
      ...baselineMarks(chart.baseline.median, first, until, last),
      ...targetAndLabels(metric.target, chart.baseline.median),
      ...seriesMarks(points),
    ],
  };
};

export const RunChartCard = (props: {
  programmeId: string;
  metric: Metric;
  changes: readonly ChangeMark[];
  asOf: AsOfInput | null;
}) => {
  const { metric, changes } = props;
  const answer = useQuery(RunChartDocument, {
    programmeId: props.programmeId,
    metricId: metric.metricId,
    asOf: props.asOf,
  });
  const chart = answer.status === 'ready' ? answer.data.runChart : null;
  const plot = useCallback(
    (width: number) => chartOptions(metric, chart!, changes, width),
    [metric, chart, changes],
  );
  return (
    <section
      className="run-chart"
      aria-labelledby={`chart-${metric.metricId}`}
      id={`metric-${metric.metricId}`}
    >
      <h2 id={`chart-${metric.metricId}`}>{metric.name}</h2>
      <p className="muted">
        {metric.unit}, {DIRECTION[metric.direction]}; baseline {metric.baseline}, target {metric.target};
        measured {metric.cadence} by {metric.howWouldWeKnow}
      </p>
      {answer.status === 'loading' && <Loading what="the chart" />}
      {answer.status === 'failed' && <Failure error={answer.error} retry={answer.reload} />}
      {chart && chart.points.length === 0 && <p className="empty">No measurement has been recorded yet.</p>}
      {chart && chart.points.length > 0 && (
        <>
          <PlotFigure
            caption={
              <>
                {plural(chart.points.length, 'point')}; the median of the baseline is {chart.baseline.median}{' '}
                (
                {chart.baseline.source === 'MEASUREMENTS'
                  ? `measurements before ${chart.baseline.until ? formatDay(chart.baseline.until) : 'the first change'}, solid; extended dashed`
                  : 'the declared baseline, as nothing was measured before the first change'}
                ); the target is dashed green; signal points are orange diamonds; ticks on the time axis mark
                recorded changes.
              </>
            }
            description={`${metric.name}: ${plural(chart.points.length, 'point')}, ${plural(chart.signals.length, 'signal')}${chart.signals.length ? `: ${chart.signals.map(signalName).join(', ')}` : ''}.`}
            plot={plot}
          />
          <RunsSummary chart={chart} />
          <SignalTable chart={chart} />
        </>
      )}
    </section>
  );
};
