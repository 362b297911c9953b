/** CSV of the journey with the filters shown: every entry, with both times and its recorder. */
import { useSession } from '../../api/sessionContext';
import { DownloadCsv } from '../../components/Download';
import type { EntryFragment, JourneyFilter, JourneyQueryVariables } from '../../generated/graphql';
import { fileDateOf, toCsv } from '../../model/csv';
import { EVENT_KIND } from '../../model/labels';
import { fetchJourneyPage, PAGE_SIZE } from './useJourney';

const HEADER = [
  'occurredAt',
  'recordedAt',
  'kind',
  'eventType',
  'teamId',
  'phaseId',
  'summary',
  'rationale',
  'recordedBy',
  'recordedById',
  'role',
  'items',
  'eventId',
  'position',
];

export const journeyCsv = (entries: readonly EntryFragment[]) =>
  toCsv(
    HEADER,
    entries.map((e) => [
      e.occurredAt,
      e.recordedAt,
      EVENT_KIND[e.kind],
      e.eventType,
      e.teamId,
      e.phaseId,
      e.summary,
      e.rationale,
      e.actorName,
      e.actorId,
      e.actorRole,
      e.links.map((link) => `${link.kind}:${link.id}`).join('; '),
      e.eventId,
      String(e.position),
    ]),
  );

export const JourneyExport = (props: {
  programmeId: string;
  asOf: JourneyQueryVariables['asOf'];
  filter: JourneyFilter;
  item: { id: string } | null;
}) => {
  const { token } = useSession();
  const build = async () => {
    const entries: EntryFragment[] = [];
    let after: string | null = null;
    for (;;) {
      const { journey } = await fetchJourneyPage(token, {
        programmeId: props.programmeId,
        asOf: props.asOf,
        filter: props.filter,
        first: PAGE_SIZE,
        after,
      });
      entries.push(...journey.edges.map((edge) => edge.node));
      if (!journey.pageInfo.hasNextPage) break;
      after = journey.pageInfo.endCursor;
    }
    const item = props.item;
    return journeyCsv(item ? entries.filter((e) => e.links.some((l) => l.id === item.id)) : entries);
  };
  return (
    <DownloadCsv
      label="Download the journey (CSV)"
      filename={`${props.programmeId}-journey${fileDateOf(props.asOf ?? null)}.csv`}
      build={build}
    />
  );
};
