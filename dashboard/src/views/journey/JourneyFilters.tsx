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

/** One facet of the journey as a choice: everything, or one of its options. */
const Facet = (props: {
  label: string;
  everything: string;
  value: string;
  options: readonly { readonly value: string; readonly name: string }[];
  choose: (value: string) => void;
}) => (
  <label>
    {props.label}
    <select value={props.value} onChange={(e) => props.choose(e.target.value)}>
      <option value="">{props.everything}</option>
      {props.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.name}
        </option>
      ))}
    </select>
  </label>
);

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
      <Facet
        label="Team"
        everything="All teams"
        value={route.params.team ?? ''}
        options={programme.teams.map((team) => ({ value: team.teamId, name: team.name }))}
        choose={(value) => set('team', value)}
      />
      <Facet
        label="Phase"
        everything="All phases"
        value={route.params.phase ?? ''}
        options={programme.phases.map((phase) => ({ value: phase.phaseId, name: phase.name }))}
        choose={(value) => set('phase', value)}
      />
      <Facet
        label="Kind"
        everything="All kinds"
        value={kindParamOf(route.params.kind)}
        options={KINDS.map((kind) => ({ value: kindParam(kind), name: EVENT_KIND[kind] }))}
        choose={(value) => set('kind', value)}
      />
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
