/** The programme's phases on a time line from its start to its planned end, with today (or the time-travel date) marked. */
import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { PlotFigure } from '../../components/PlotFigure';
import { addMonths, formatDay } from '../../model/format';
import { classOf, PHASE_STATUS } from '../../model/labels';
import type { TimeTravel } from '../../model/route';
import type { Overview } from './types';

const day = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00Z`);

export const PhaseTimeline = ({ overview, travel }: { overview: Overview; travel: TimeTravel | null }) => {
  const { programme } = overview;
  const now = (travel?.at ?? new Date().toISOString()).slice(0, 10);
  const plannedEnd = addMonths(programme.startDate, programme.plannedDurationMonths);
  const bars = programme.phases.flatMap((phase) =>
    phase.startedAt ? [{ ...phase, from: phase.startedAt, to: phase.completedAt ?? now }] : [],
  );
  const marker = travel ? `As of ${formatDay(now)}` : `Today, ${formatDay(now)}`;
  const plot = useCallback(
    (width: number): Plot.PlotOptions => {
      const narrow = width < 520;
      const last = [plannedEnd, now, ...bars.map((bar) => bar.to)].sort().at(-1)!;
      return {
        height: 56 + 30 * programme.phases.length,
        marginLeft: narrow ? 96 : 190,
        marginTop: 28,
        x: { type: 'utc', domain: [day(programme.startDate), day(last)], label: null },
        y: { domain: programme.phases.map((phase) => phase.name), label: null },
        marks: [
          Plot.axisY({ lineWidth: narrow ? 8 : 16, tickSize: 0 }),
          Plot.barX(bars, {
            x1: (bar: (typeof bars)[number]) => day(bar.from),
            x2: (bar: (typeof bars)[number]) => day(bar.to),
            y: 'name',
            fill: (bar: (typeof bars)[number]) => (bar.completedAt ? '#2f6b4f' : '#0b5cad'),
            inset: 4,
            title: (bar: (typeof bars)[number]) =>
              `${bar.name}: ${formatDay(bar.from)} to ${bar.completedAt ? formatDay(bar.to) : 'now'}`,
          }),
          Plot.ruleX([day(plannedEnd)], { stroke: '#4a4a4a', strokeDasharray: '4 3' }),
          Plot.ruleX([day(now)], { stroke: '#b3261e', strokeWidth: 2 }),
          Plot.text([day(now)], {
            x: (d: Date) => d,
            frameAnchor: 'top',
            dy: -16,
            text: () => marker,
            fill: '#b3261e',
            fontWeight: 'bold',
            textAnchor: 'end',
          }),
        ],
      };
    },
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
