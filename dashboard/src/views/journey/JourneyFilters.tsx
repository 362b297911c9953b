/** Filters by team, phase, kind, dates and item; they live in the URL so a filtered journey can be shared. */
import type { JourneyFacetsQuery, JourneyFilter } from '../../generated/graphql';
import { KINDS, kindOfParam, kindParam } from '../../model/kinds';
import { EVENT_KIND, itemKindLabel } from '../../model/labels';
import type { Route } from '../../model/route';

export const filterOf = (params: Route['params']): JourneyFilter => {
  const filter: JourneyFilter = {};
  if (params.team) filter.teamId = params.team;
  if (params.phase) filter.phaseId = params.phase;
  const kind = kindOfParam(params.kind);
  if (kind) filter.kinds = [kind];
  if (params.from) filter.from = params.from;
  if (params.to) filter.to = params.to;
  return filter;
};

/** The item the journey is narrowed to: `item=<kind>:<id>` (its label in `label`). */
export const itemOf = (params: Route['params']) => {
  const [kind, ...rest] = (params.item ?? '').split(':');
  const id = rest.join(':');
  return kind && id ? { kind, id, label: params.label ?? null } : null;
};

type Programme = JourneyFacetsQuery['programme'];

const kindParamOf = (param: string | undefined) => {
  const kind = kindOfParam(param);
  return kind ? kindParam(kind) : '';
};

export const JourneyFilters = (props: { programme: Programme; route: Route; go: (route: Route) => void }) => {
  const { route, go, programme } = props;
  const set = (key: string, value: string) => {
    const params: Record<string, string> = { ...route.params, [key]: value };
    if (key === 'item' && !value) delete params.label;
    go({ ...route, params });
  };
  const item = itemOf(route.params);
  return (
    <form className="filters no-print" aria-label="Filter the journey" onSubmit={(e) => e.preventDefault()}>
      <label>
        Team
        <select value={route.params.team ?? ''} onChange={(e) => set('team', e.target.value)}>
          <option value="">All teams</option>
          {programme.teams.map((team) => (
            <option key={team.teamId} value={team.teamId}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Phase
        <select value={route.params.phase ?? ''} onChange={(e) => set('phase', e.target.value)}>
          <option value="">All phases</option>
          {programme.phases.map((phase) => (
            <option key={phase.phaseId} value={phase.phaseId}>
              {phase.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kind
        <select value={kindParamOf(route.params.kind)} onChange={(e) => set('kind', e.target.value)}>
          <option value="">All kinds</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kindParam(kind)}>
              {EVENT_KIND[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        From{' '}
        <input type="date" value={route.params.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label>
        To <input type="date" value={route.params.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      </label>
      {item && (
        <p className="item-filter">
          Only entries about <strong>{item.label ?? item.id}</strong> ({itemKindLabel(item.kind)}){' '}
          <button type="button" onClick={() => set('item', '')}>
            Show every item
          </button>
        </p>
      )}
    </form>
  );
};
