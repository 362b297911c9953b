/** Journey entries month by month, each with its recorder, role, both times and links to its items. */
import type { EntryFragment, JourneyFacetsQuery } from '../../generated/graphql';
import { daysLate, formatMoment, monthOf, plural } from '../../model/format';
import { EVENT_KIND, itemKindLabel, recordedRoleLabel } from '../../model/labels';
import { formatRoute, type Route } from '../../model/route';

type Programme = JourneyFacetsQuery['programme'];

/** Where an entry's item is shown: a metric's run chart, the blueprint, or the journey narrowed to the item (time travel kept). */
const linkTo = (route: Route, link: EntryFragment['links'][number]): string =>
  link.kind === 'metric'
    ? formatRoute({ ...route, view: 'charts', params: { ...travelOf(route), metric: link.id } })
    : link.kind === 'blueprintVersion' || link.kind === 'blueprint'
      ? formatRoute({ ...route, view: 'blueprint', params: travelOf(route) })
      : formatRoute({
          ...route,
          view: 'journey',
          // Everything about the item, whatever the other filters said (time travel is kept).
          params: { ...travelOf(route), item: `${link.kind}:${link.id}`, label: link.label ?? link.id },
        });

const travelOf = (route: Route): Record<string, string> => {
  const { at, as } = route.params;
  return at && as ? { at, as } : {};
};

const Entry = (props: { entry: EntryFragment; fresh: boolean; route: Route; programme: Programme }) => {
  const { entry, route, programme } = props;
  const late = daysLate(entry.occurredAt, entry.recordedAt);
  const team = programme.teams.find((t) => t.teamId === entry.teamId)?.name;
  const phase = programme.phases.find((p) => p.phaseId === entry.phaseId)?.name;
  return (
    <li className={`entry${props.fresh ? ' fresh' : ''}${late ? ' late' : ''}`} data-event-id={entry.eventId}>
      <p className="when">
        <time dateTime={entry.occurredAt}>{formatMoment(entry.occurredAt)}</time>
        <span className="badge kind">{EVENT_KIND[entry.kind]}</span>
        {team && <span className="badge">{team}</span>}
        {phase && <span className="badge phase">{phase}</span>}
        {props.fresh && <span className="badge new">new</span>}
      </p>
      <p className="summary">{entry.summary}</p>
      {entry.rationale && (
        <p className="rationale">
          <span className="label">Why:</span> {entry.rationale}
        </p>
      )}
      <p className="recorded">
        Recorded by <strong>{entry.actorName}</strong> as {recordedRoleLabel(entry.actorRole)} on{' '}
        <time dateTime={entry.recordedAt}>{formatMoment(entry.recordedAt)}</time>
        {late > 0 && (
          <span className="badge late-badge">recorded {plural(late, 'day')} after it happened</span>
        )}
      </p>
      {entry.links.length > 0 && (
        <ul className="links" aria-label="Items">
          {entry.links.map((link) => (
            <li key={`${link.kind}:${link.id}`}>
              <a href={linkTo(route, link)}>
                {itemKindLabel(link.kind)}: {link.label ?? link.id}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
};

export const JourneyEntries = (props: {
  entries: readonly EntryFragment[];
  arrived: ReadonlySet<string>;
  route: Route;
  programme: Programme;
}) => {
  const months: { month: string; entries: EntryFragment[] }[] = [];
  for (const entry of props.entries) {
    const month = monthOf(entry.occurredAt);
    const last = months.at(-1);
    if (last?.month === month) last.entries.push(entry);
    else months.push({ month, entries: [entry] });
  }
  return (
    <div className="journey">
      {months.map(({ month, entries }) => (
        <section key={month} aria-label={month}>
          <h2 className="month">{month}</h2>
          <ol className="entries">
            {entries.map((entry) => (
              <Entry
                key={entry.eventId}
                entry={entry}
                fresh={props.arrived.has(entry.eventId)}
                route={props.route}
                programme={props.programme}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
};
