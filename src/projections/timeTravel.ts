/**
 * Time travel: a programme's events up to a past instant, folded by the same projections into a
 * scratch read-model store. Events come from the history read model, which holds every event of
 * a programme in log order. This is the one place that decides what "as of" means (`recordsAsOf`):
 * the full refold (`foldAsOf`) folds exactly those records from zero, and the kept bases of
 * `asOfBases.ts` fold only those after a base, and must give the same answer.
 *
 * - As recorded by T: the events recorded by T, as they were recorded (corrections recorded by
 *   then applied as they came): what the ledger knew.
 * - As occurred by T: the events that occurred by T with every date as corrected since, and every
 *   step such an event implies (a small change implemented by T was proposed by then, whatever
 *   date its proposal carries; the programme was launched): what we now know had happened.
 *   Corrections themselves are acts of record-keeping, not of the programme, and are left out.
 */
import { AGGREGATES, type LedgerEvent } from '../domain/ledger';
import type { Step } from '../domain/shared/businessTime';
import type { OccurredDateCorrected } from '../domain/shared/dateCorrection';
import { requireDate } from '../domain/shared/validation';
import { encodeCursor } from './cursors';
import type { LedgerRecord } from './ledgerRecord';
import type {
  HistoryEntry,
  HistoryFilter,
  Projection,
  ReadModelStore,
} from '../application/ports/readModelStore';

/** As recorded by then (what the ledger knew), or as occurred by then (what we now know happened). */
export type AsOf = { readonly recordedAt: string } | { readonly occurredAt: string };

const PAGE = 5000;

/**
 * Recorded times are server times with milliseconds, so a recorded instant is brought to that form
 * for exact comparison; occurred times are kept as the recorder gave them, and so is the instant.
 */
export const recordedInstant = (time: string): string => {
  const valid = requireDate(time, 'as of recorded time');
  return valid.includes('T') ? new Date(valid).toISOString() : valid;
};

/** "On or before" a date includes the whole day: compare only as much of the time as was given. */
export const notAfter = (time: string, instant: string) => time.slice(0, instant.length) <= instant;

/** The programme's history rows with the filter, in log order; after a position when given. */
export const historyUpTo = (
  store: ReadModelStore,
  programmeId: string,
  filter: HistoryFilter,
  afterPosition?: bigint,
): HistoryEntry[] => {
  const entries: HistoryEntry[] = [];
  let after = afterPosition === undefined ? undefined : encodeCursor('history', [afterPosition.toString()]);
  for (;;) {
    const page = store.history(programmeId, filter, { after, first: PAGE });
    entries.push(...page.items.map((item) => item.node));
    if (!page.hasNextPage) return entries;
    after = page.items.at(-1)?.cursor;
  }
};

/** The programme's first history row after the position (or its first at all). */
export const firstAfter = (store: ReadModelStore, programmeId: string, position: bigint | undefined) => {
  const after = position === undefined ? undefined : encodeCursor('history', [position.toString()]);
  return store.history(programmeId, {}, { after, first: 1 }).items[0]?.node;
};

export const recordOf = (entry: HistoryEntry, occurredAt = entry.metadata.occurredAt): LedgerRecord => ({
  event: { type: entry.type, data: entry.data } as unknown as LedgerEvent,
  metadata: entry.metadata,
  eventId: entry.eventId,
  streamName: entry.streamName,
  streamRevision: entry.streamRevision,
  position: entry.position,
  occurredAt,
});

/** Every event's occurred date as corrected since (the last correction of an event wins). */
const correctedDates = (entries: readonly HistoryEntry[]): Map<string, string> => {
  const dates = new Map<string, string>();
  for (const entry of entries) {
    if (entry.type !== 'OccurredDateCorrected') continue;
    const { eventId, followers, correctOccurredAt } = entry.data as OccurredDateCorrected['data'];
    for (const id of [eventId, ...followers]) dates.set(id, correctOccurredAt);
  }
  return dates;
};

/** The steps of one stream that occurred by the instant, with every step they imply. */
const occurredInStream = (
  entries: readonly HistoryEntry[],
  dateOf: (e: HistoryEntry) => string,
  at: string,
) => {
  const aggregate = AGGREGATES.find((candidate) =>
    entries[0]?.streamName.startsWith(`${candidate.category}-`),
  );
  const steps: Step[] = entries.map((entry) => ({
    eventId: entry.eventId,
    occurredAt: dateOf(entry),
    type: entry.type,
    thread: aggregate?.time.thread({ type: entry.type, data: entry.data }) ?? '',
  }));
  const included = new Set<number>();
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    const implied = () =>
      [...included].some((j) => aggregate?.time.ordering(steps[i]!, steps[j]!) !== undefined);
    if (notAfter(steps[i]!.occurredAt, at) || implied()) included.add(i);
  }
  return entries.filter((_entry, index) => included.has(index));
};

/** The records of a programme's history as occurred by the instant, dated as corrected since. */
export const asOccurred = (all: readonly HistoryEntry[], instant: string): LedgerRecord[] => {
  const at = requireDate(instant, 'as of occurred time');
  const corrected = correctedDates(all);
  const dateOf = (entry: HistoryEntry) => corrected.get(entry.eventId) ?? entry.metadata.occurredAt;
  const byStream = new Map<string, HistoryEntry[]>();
  for (const entry of all.filter((candidate) => candidate.type !== 'OccurredDateCorrected'))
    byStream.set(entry.streamName, (byStream.get(entry.streamName) ?? []).concat(entry));
  const chosen = [...byStream.values()].flatMap((stream) => occurredInStream(stream, dateOf, at));
  // Whatever happened in a programme implies that it had been launched.
  const launch = all.find((entry) => entry.type === 'ProgrammeLaunched');
  if (chosen.length > 0 && launch && !chosen.includes(launch)) chosen.push(launch);
  return chosen.map((entry) => recordOf(entry, dateOf(entry)));
};

/** The programmes whose launch a derived blueprint among the records names (brought along with it). */
export const sourcesOf = (records: readonly LedgerRecord[]): Set<string> =>
  new Set(
    records.flatMap((record) =>
      record.event.type === 'BlueprintDerived' ? [record.event.data.source.programmeId] : [],
    ),
  );

export const byPosition = (a: LedgerRecord, b: LedgerRecord) =>
  a.position < b.position ? -1 : a.position > b.position ? 1 : 0;

/** The launch of each programme named, as records (a derived blueprint brings its source's launch along). */
export const launchesOf = (live: ReadModelStore, programmeIds: Iterable<string>): LedgerRecord[] =>
  [...programmeIds].flatMap((source) =>
    historyUpTo(live, source, { types: ['ProgrammeLaunched'] }).map((e) => recordOf(e)),
  );

/** Every record a fold as of the instant folds, in log order: what "as of" means. */
export const recordsAsOf = (live: ReadModelStore, programmeId: string, instant: AsOf): LedgerRecord[] => {
  const records =
    'recordedAt' in instant
      ? historyUpTo(live, programmeId, { recordedTo: recordedInstant(instant.recordedAt) }).map((e) =>
          recordOf(e),
        )
      : asOccurred(historyUpTo(live, programmeId, {}), instant.occurredAt);
  // A derived blueprint names the programme it came from: bring that programme's launch along.
  return [...records, ...launchesOf(live, sourcesOf(records))].sort(byPosition);
};

/** Folds the records, in the order given, through the projections into the store. */
export const foldRecords = (
  target: ReadModelStore,
  projections: readonly Projection[],
  records: readonly LedgerRecord[],
): void =>
  target.commit((writes) => {
    for (const record of records) for (const projection of projections) projection.apply(record, writes);
  }, new Map());

/** The full refold: the programme as of the instant, folded from zero into an empty scratch store. */
export const foldAsOf = (
  live: ReadModelStore,
  scratch: ReadModelStore,
  projections: readonly Projection[],
  programmeId: string,
  instant: AsOf,
): void => foldRecords(scratch, projections, recordsAsOf(live, programmeId, instant));
