/**
 * Time travel: a programme's events up to a past instant, folded by the same projections into a
 * scratch read-model store. Events come from the history read model, which holds every event of
 * a programme in log order.
 */
import type { LedgerEvent } from '../domain/ledger';
import { requireDate } from '../domain/shared/validation';
import type { LedgerRecord } from './ledgerRecord';
import type { HistoryEntry, HistoryFilter, Projection, ReadModelStore } from './readModelStore';

/** As recorded by then (what the ledger knew), or as occurred by then (what we now know happened). */
export type AsOf = { readonly recordedAt: string } | { readonly occurredAt: string };

const PAGE = 5000;

/**
 * Recorded times are server times with milliseconds, so a recorded instant is brought to that form
 * for exact comparison; occurred times are kept as the recorder gave them, and so is the instant.
 */
const recordedInstant = (time: string): string => {
  const valid = requireDate(time, 'as of recorded time');
  return valid.includes('T') ? new Date(valid).toISOString() : valid;
};

const historyUpTo = (store: ReadModelStore, programmeId: string, filter: HistoryFilter): HistoryEntry[] => {
  const entries: HistoryEntry[] = [];
  let after: string | undefined;
  for (;;) {
    const page = store.history(programmeId, filter, { after, first: PAGE });
    entries.push(...page.items.map((item) => item.node));
    if (!page.hasNextPage) return entries;
    after = page.items.at(-1)?.cursor;
  }
};

const recordOf = (entry: HistoryEntry): LedgerRecord => ({
  event: { type: entry.type, data: entry.data } as unknown as LedgerEvent,
  metadata: entry.metadata,
  eventId: entry.eventId,
  streamName: entry.streamName,
  streamRevision: entry.streamRevision,
  position: entry.position,
});

export const foldAsOf = (
  live: ReadModelStore,
  scratch: ReadModelStore,
  projections: readonly Projection[],
  programmeId: string,
  instant: AsOf,
): void => {
  const filter: HistoryFilter =
    'recordedAt' in instant
      ? { recordedTo: recordedInstant(instant.recordedAt) }
      : { occurredTo: requireDate(instant.occurredAt, 'as of occurred time') };
  const entries = historyUpTo(live, programmeId, filter);
  // A derived blueprint names the programme it came from: bring that programme's launch along.
  const sources = new Set(
    entries.flatMap((entry) =>
      entry.type === 'BlueprintDerived'
        ? [(entry.data as { source: { programmeId: string } }).source.programmeId]
        : [],
    ),
  );
  for (const source of sources)
    entries.push(...historyUpTo(live, source, { ...filter, types: ['ProgrammeLaunched'] }));
  entries.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  scratch.commit((target) => {
    for (const entry of entries)
      for (const projection of projections) projection.apply(recordOf(entry), target);
  }, new Map());
};
