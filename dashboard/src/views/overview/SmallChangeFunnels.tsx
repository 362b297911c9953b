/** Small changes per team as a funnel (proposed → agreed → implemented → kept, adapted or reverted) against the target. */
import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { PlotFigure } from '../../components/PlotFigure';
import { formatDay, plural } from '../../model/format';
import { funnelOf, type StatusCounts } from '../../model/funnel';
import type { Overview } from './types';

const STAGE_COLOURS = ['#5b6f8a', '#3f6fa3', '#0b5cad', '#2f6b4f'];

type Stage = { readonly stage: string; readonly count: number };

/** Bars per stage, their counts beside them, and the team's target as a dashed red rule. */
const funnelPlot = (
  width: number,
  stages: readonly Stage[],
  proposed: number,
  target: number | null,
): Plot.PlotOptions => ({
  height: 150,
  marginLeft: width < 420 ? 120 : 170,
  marginRight: 36,
  x: {
    label: null,
    domain: [0, Math.max(proposed, target ?? 0, 1)],
    grid: true,
    tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : ''),
  },
  y: { domain: stages.map((s) => s.stage), label: null },
  marks: [
    Plot.barX(stages, { x: 'count', y: 'stage', fill: (_d: unknown, i: number) => STAGE_COLOURS[i] }),
    Plot.text(stages, {
      x: 'count',
      y: 'stage',
      text: 'count',
      dx: 4,
      textAnchor: 'start',
      fill: '#1a1a1a',
    }),
    ...(target
      ? [
          Plot.ruleX([target], { stroke: '#b3261e', strokeWidth: 2, strokeDasharray: '5 3' }),
          Plot.text([target], {
            x: (d: number) => d,
            frameAnchor: 'bottom',
            dy: 14,
            text: () => `target ${target}`,
            fill: '#b3261e',
          }),
        ]
      : []),
  ],
});

/** Where each small change stands, in numbers: within target, decided, awaiting, declined, escalated. */
const FunnelCounts = (props: {
  title: string;
  funnel: ReturnType<typeof funnelOf>;
  target: number | null;
  within: number;
}) => {
  const { funnel, target } = props;
  return (
    <dl className="counts" aria-label={`${props.title}: where each small change stands`}>
      <div>
        <dt>Implemented within target</dt>
        <dd data-testid="within-target">
          {props.within}
          {target ? ` of ${target}` : ''}
        </dd>
      </div>
      <div>
        <dt>Kept</dt>
        <dd>{funnel.kept}</dd>
      </div>
      <div>
        <dt>Adapted</dt>
        <dd>{funnel.adapted}</dd>
      </div>
      <div>
        <dt>Reverted</dt>
        <dd>{funnel.reverted}</dd>
      </div>
      <div>
        <dt>Awaiting a decision</dt>
        <dd>{funnel.awaitingDecision}</dd>
      </div>
      <div>
        <dt>Declined</dt>
        <dd>{funnel.declined}</dd>
      </div>
      <div>
        <dt>Escalated (national)</dt>
        <dd>{funnel.escalated}</dd>
      </div>
    </dl>
  );
};

const Funnel = (props: { title: string; counts: StatusCounts; target: number | null; within: number }) => {
  const funnel = funnelOf(props.counts);
  const stages = [
    { stage: 'Proposed', count: funnel.proposed },
    { stage: 'Agreed', count: funnel.agreed },
    { stage: 'Implemented', count: funnel.implemented },
    { stage: 'Kept, adapted or reverted', count: funnel.decided },
  ];
  const { target } = props;
  const plot = useCallback(
    (width: number) => funnelPlot(width, stages, funnel.proposed, target),
    [funnel.proposed, target, stages],
  );
  return (
    <div className="funnel">
      {funnel.proposed === 0 ? (
        <>
          <h3 className="funnel-title">{props.title}</h3>
          <p className="empty">No small change has been proposed yet.</p>
        </>
      ) : (
        <PlotFigure
          caption={<strong>{props.title}</strong>}
          description={stages.map((s) => `${s.stage}: ${s.count}`).join('; ')}
          plot={plot}
        />
      )}
      <FunnelCounts title={props.title} funnel={funnel} target={target} within={props.within} />
    </div>
  );
};

export const SmallChangeFunnels = ({ overview }: { overview: Overview }) => {
  const { target, teams } = overview;
  const total = teams.reduce((sum, team) => sum + team.implementedWithinTarget, 0);
  return (
    <section aria-labelledby="small-changes-heading">
      <h2 id="small-changes-heading">Small changes</h2>
      {target ? (
        <p>
          Target: {plural(target.count, 'small change')} implemented per team within {target.withinWeeks}{' '}
          weeks
          {target.from
            ? ` (from ${formatDay(target.from)} to ${formatDay(target.until)})`
            : ', counted from the start of the small-changes phase'}
          .
        </p>
      ) : (
        <p>The programme set no target for small changes.</p>
      )}
      {teams.length === 0 ? (
        <p className="empty">No team has been enrolled yet.</p>
      ) : (
        <div className="grid">
          <Funnel title="All teams" counts={overview.smallChanges} target={null} within={total} />
          {teams.map((team) => (
            <Funnel
              key={team.teamId}
              title={team.name}
              counts={team.smallChanges}
              target={target?.count ?? null}
              within={team.implementedWithinTarget}
            />
          ))}
        </div>
      )}
    </section>
  );
};
