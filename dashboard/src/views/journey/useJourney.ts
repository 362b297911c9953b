/**
 * The journey, a page at a time, with live entries merged in as they are recorded. Entries stay in
 * the order things happened (occurred time, then log position), however late they were recorded.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { LedgerError, request } from '../../api/graphql';
import { subscribe } from '../../api/live';
import { useSession } from '../../api/sessionContext';
import {
  JourneyDocument,
  JourneyEntryRecordedDocument,
  type EntryFragment,
  type JourneyFilter,
  type JourneyQueryVariables,
} from '../../generated/graphql';

export const PAGE_SIZE = 100;

export interface JourneyState {
  readonly entries: readonly EntryFragment[];
  readonly totalCount: number | null;
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly error: LedgerError | null;
  /** Entries that arrived live since the page was opened (their positions). */
  readonly arrived: ReadonlySet<string>;
}

const byOccurrence = (a: EntryFragment, b: EntryFragment) =>
  a.occurredAt.localeCompare(b.occurredAt) || Number(BigInt(String(a.position)) - BigInt(String(b.position)));

/** Would the server's filter have let this live entry through? */
const matches = (entry: EntryFragment, filter: JourneyFilter) =>
  (!filter.teamId || entry.teamId === filter.teamId) &&
  (!filter.phaseId || entry.phaseId === filter.phaseId) &&
  (!filter.kinds?.length || filter.kinds.includes(entry.kind)) &&
  (!filter.from || entry.occurredAt >= filter.from) &&
  (!filter.to || entry.occurredAt.slice(0, filter.to.length) <= filter.to);

export const fetchJourneyPage = (token: string, variables: JourneyQueryVariables) =>
  request(JourneyDocument, variables, token);

export const useJourney = (
  programmeId: string,
  asOf: JourneyQueryVariables['asOf'],
  filter: JourneyFilter,
  options: { live: boolean; loadAll: boolean },
) => {
  const { token } = useSession();
  const [state, setState] = useState<JourneyState>({
    entries: [],
    totalCount: null,
    hasMore: false,
    loading: true,
    error: null,
    arrived: new Set(),
  });
  const cursor = useRef<string | null>(null);
  const query = JSON.stringify({ programmeId, asOf, filter });
  const generation = useRef(0);

  const loadPage = useCallback(
    async (reset: boolean) => {
      const mine = reset ? ++generation.current : generation.current;
      if (reset) cursor.current = null;
      setState((s) => ({
        ...s,
        loading: true,
        error: null,
        ...(reset ? { entries: [], arrived: new Set() } : {}),
      }));
      try {
        const { journey } = await fetchJourneyPage(token, {
          ...(JSON.parse(query) as { programmeId: string }),
          first: PAGE_SIZE,
          // Today's API refuses `after: null`: leave it out on the first page.
          after: cursor.current ?? undefined,
        });
        if (mine !== generation.current) return;
        cursor.current = journey.pageInfo.endCursor;
        setState((s) => ({
          ...s,
          entries: [...s.entries, ...journey.edges.map((edge) => edge.node)].sort(byOccurrence),
          totalCount: journey.totalCount ?? null,
          hasMore: journey.pageInfo.hasNextPage,
          loading: false,
        }));
      } catch (error) {
        if (mine !== generation.current) return;
        const failure =
          error instanceof LedgerError ? error : new LedgerError(String(error), 'INTERNAL_SERVER_ERROR');
        setState((s) => ({ ...s, loading: false, error: failure }));
      }
    },
    [query, token],
  );

  useEffect(() => void loadPage(true), [loadPage]);

  // Keep loading while every entry is wanted (an item filter, an export or printing).
  useEffect(() => {
    if (options.loadAll && state.hasMore && !state.loading && !state.error) void loadPage(false);
  }, [options.loadAll, state.hasMore, state.loading, state.error, loadPage]);

  useEffect(() => {
    if (!options.live) return;
    return subscribe(
      token,
      JourneyEntryRecordedDocument,
      { programmeId },
      {
        next: ({ journeyEntryRecorded: entry }) => {
          if (!matches(entry, filter)) return;
          setState((s) => {
            const last = s.entries.at(-1);
            // Beyond the pages loaded so far it will arrive with the next page, in its place.
            const beyond = s.hasMore && last !== undefined && byOccurrence(entry, last) > 0;
            return s.entries.some((known) => String(known.position) === String(entry.position)) || beyond
              ? { ...s, totalCount: beyond && s.totalCount !== null ? s.totalCount + 1 : s.totalCount }
              : {
                  ...s,
                  entries: [...s.entries, entry].sort(byOccurrence),
                  totalCount: s.totalCount === null ? null : s.totalCount + 1,
                  arrived: new Set([...s.arrived, String(entry.position)]),
                };
          });
        },
        error: (message) => setState((s) => ({ ...s, error: new LedgerError(message, 'LIVE') })),
      },
    );
    // `filter` is part of `query`.
  }, [programmeId, options.live, token, query]);

  return { ...state, loadMore: () => void loadPage(false) };
};
