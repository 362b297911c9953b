/** The programme's phases on a time line from its start to its planned end, with today (or the time-travel date) marked. */
import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { PlotFigure } from '../../components/PlotFigure';
import { addMonths, formatDay } from '../../model/format';
import { classOf, PHASE_STATUS } from '../../model/labels';
import type { TimeTravel } from '../../model/route';
import type { Overview } from './types';

const day = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00Z`);

interface PhaseBar {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly completedAt?: string | null;
}

/** A bar per phase that has started (green once completed), the planned end dashed, now in red. */
const timelinePlot = (
  width: number,
  timeline: {
    readonly phases: readonly { readonly name: string }[];
    readonly startDate: string;
    readonly bars: readonly PhaseBar[];
    readonly plannedEnd: string;
    readonly now: string;
    readonly marker: string;
  },
): Plot.PlotOptions => {
  const { bars, plannedEnd, now } = timeline;
  const narrow = width < 520;
  const last = [plannedEnd, now, ...bars.map((bar) => bar.to)].sort().at(-1)!;
  return {
    height: 56 + 30 * timeline.phases.length,
    marginLeft: narrow ? 96 : 190,
    marginTop: 28,
    x: { type: 'utc', domain: [day(timeline.startDate), day(last)], label: null },
    y: { domain: timeline.phases.map((phase) => phase.name), label: null },
    marks: [
      Plot.axisY({ lineWidth: narrow ? 8 : 16, tickSize: 0 }),
      Plot.barX(bars, {
        x1: (bar: PhaseBar) => day(bar.from),
        x2: (bar: PhaseBar) => day(bar.to),
        y: 'name',
        fill: (bar: PhaseBar) => (bar.completedAt ? '#2f6b4f' : '#0b5cad'),
        inset: 4,
        title: (bar: PhaseBar) =>
          `${bar.name}: ${formatDay(bar.from)} to ${bar.completedAt ? formatDay(bar.to) : 'now'}`,
      }),
      Plot.ruleX([day(plannedEnd)], { stroke: '#4a4a4a', strokeDasharray: '4 3' }),
      Plot.ruleX([day(now)], { stroke: '#b3261e', strokeWidth: 2 }),
      Plot.text([day(now)], {
        x: (d: Date) => d,
        frameAnchor: 'top',
        dy: -16,
        text: () => timeline.marker,
        fill: '#b3261e',
        fontWeight: 'bold',
        textAnchor: 'end',
      }),
    ],
  };
};

export const PhaseTimeline = ({ overview, travel }: { overview: Overview; travel: TimeTravel | null }) => {
  const { programme } = overview;
  const now = (travel?.at ?? new Date().toISOString()).slice(0, 10);
  const plannedEnd = addMonths(programme.startDate, programme.plannedDurationMonths);
  const bars = programme.phases.flatMap((phase) =>
    phase.startedAt ? [{ ...phase, from: phase.startedAt, to: phase.completedAt ?? now }] : [],
  );
  const marker = travel ? `As of ${formatDay(now)}` : `Today, ${formatDay(now)}`;
  const plot = useCallback(
    (width: number) =>
      timelinePlot(width, {
        phases: programme.phases,
        startDate: programme.startDate,
        bars,
        plannedEnd,
        now,
        marker,
      }),
    [bars, now, plannedEnd, programme, marker],
  );
  return (
    <section aria-labelledby="phases-heading">
      <h2 id="phases-heading">Phases</h2>
      <PlotFigure
        caption={`Phases from the start on ${formatDay(programme.startDate)} to the planned end on ${formatDay(plannedEnd)} (dashed); the red line is ${travel ? 'the time-travel date' : 'today'}.`}
        description={`Time line of ${programme.phases.length} phases. ${marker}.`}
        plot={plot}
      />
      <ol className="phases">
        {programme.phases.map((phase) => (
          <li key={phase.phaseId} className={`phase ${classOf(PHASE_STATUS[phase.status])}`}>
            <strong>{phase.name}</strong>: {PHASE_STATUS[phase.status]}
            {phase.startedAt && `, started ${formatDay(phase.startedAt)}`}
            {phase.completedAt && `, completed ${formatDay(phase.completedAt)}`}
          </li>
        ))}
      </ol>
    </section>
  );
};
