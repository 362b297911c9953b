/**
 * The journey, a page at a time (or every page, when all of it is wanted), with live entries merged
 * in as they are recorded. Entries stay in the order things happened (occurred time, then log
 * position), however late they were recorded; `totalCount` counts every entry that matches.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
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
  /** Every entry that matches, loaded or not; null until the first page arrives. */
  readonly totalCount: number | null;
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly error: LedgerError | null;
  /** Entries that arrived live since the page was opened (their event ids). */
  readonly arrived: ReadonlySet<string>;
}

const EMPTY: JourneyState = {
  entries: [],
  totalCount: null,
  hasMore: false,
  loading: true,
  error: null,
  arrived: new Set(),
};

const byOccurrence = (a: EntryFragment, b: EntryFragment) =>
  a.occurredAt.localeCompare(b.occurredAt) || Number(BigInt(String(a.position)) - BigInt(String(b.position)));

/** Would the server's filter have let this live entry through? */
const matches = (entry: EntryFragment, filter: JourneyFilter) =>
  (!filter.teamId || entry.teamId === filter.teamId) &&
  (!filter.phaseId || entry.phaseId === filter.phaseId) &&
  (!filter.kinds?.length || filter.kinds.includes(entry.kind)) &&
  (!filter.from || entry.occurredAt >= filter.from) &&
  (!filter.to || entry.occurredAt.slice(0, filter.to.length) <= filter.to);

/** One page of the journey; `after: null` asks for the first. */
export const fetchJourneyPage = (token: string, variables: JourneyQueryVariables) =>
  request(JourneyDocument, variables, token);

/** A live entry in its place: counted, and shown unless it belongs beyond the pages loaded so far. */
const withLiveEntry = (state: JourneyState, entry: EntryFragment): JourneyState => {
  if (state.entries.some((known) => known.eventId === entry.eventId)) return state;
  const totalCount = state.totalCount === null ? null : state.totalCount + 1;
  const last = state.entries.at(-1);
  if (state.hasMore && last !== undefined && byOccurrence(entry, last) > 0) return { ...state, totalCount };
  return {
    ...state,
    totalCount,
    entries: [...state.entries, entry].sort(byOccurrence),
    arrived: new Set([...state.arrived, entry.eventId]),
  };
};

/** Entries recorded while the page is open, merged in where they belong (when the journey is live). */
const useLiveEntries = (
  journey: {
    readonly token: string;
    readonly programmeId: string;
    readonly filter: JourneyFilter;
    readonly query: string;
  },
  live: boolean,
  setState: Dispatch<SetStateAction<JourneyState>>,
) => {
  const { token, programmeId, filter, query } = journey;
  useEffect(() => {
    if (!live) return;
    return subscribe(
      token,
      JourneyEntryRecordedDocument,
      { programmeId },
      {
        next: ({ journeyEntryRecorded: entry }) => {
          if (matches(entry, filter)) setState((s) => withLiveEntry(s, entry));
        },
        error: (message) => setState((s) => ({ ...s, error: new LedgerError(message, 'LIVE') })),
      },
    );
    // `filter` is part of `query`; `setState` never changes.
  }, [programmeId, live, token, query]);
};

export const useJourney = (
  programmeId: string,
  asOf: JourneyQueryVariables['asOf'],
  filter: JourneyFilter,
  options: { live: boolean; loadAll: boolean },
) => {
  const { token } = useSession();
  const [state, setState] = useState<JourneyState>(EMPTY);
  const cursor = useRef<string | null>(null);
  const query = JSON.stringify({ programmeId, asOf, filter });
  const generation = useRef(0);

  const loadPage = useCallback(
    async (reset: boolean) => {
      const mine = reset ? ++generation.current : generation.current;
      if (reset) cursor.current = null;
      setState((s) => (reset ? EMPTY : { ...s, loading: true, error: null }));
      try {
        const variables = JSON.parse(query) as Pick<JourneyQueryVariables, 'programmeId' | 'asOf' | 'filter'>;
        const { journey } = await fetchJourneyPage(token, {
          ...variables,
          first: PAGE_SIZE,
          after: cursor.current,
        });
        if (mine !== generation.current) return;
        cursor.current = journey.pageInfo.endCursor;
        setState((s) => ({
          ...s,
          entries: [...s.entries, ...journey.edges.map((edge) => edge.node)].sort(byOccurrence),
          totalCount: journey.totalCount,
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

  // Keep loading while every entry is wanted (showing all, an item filter, or printing).
  useEffect(() => {
    if (options.loadAll && state.hasMore && !state.loading && !state.error) void loadPage(false);
  }, [options.loadAll, state.hasMore, state.loading, state.error, loadPage]);

  useLiveEntries({ token, programmeId, filter, query }, options.live, setState);

  return { ...state, loadMore: () => void loadPage(false) };
};
