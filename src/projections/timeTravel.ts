/**
 * Time travel: a programme's events up to a past instant, folded by the same projections into a
 * scratch read-model store. Events come from the history read model, which holds every event of
 * a programme in log order. This is the one place that decides what "as of" means; a faster way
 * (versioned read models) can replace it behind `foldAsOf`.
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
const recordedInstant = (time: string): string => {
  const valid = requireDate(time, 'as of recorded time');
  return valid.includes('T') ? new Date(valid).toISOString() : valid;
};

/** "On or before" a date includes the whole day: compare only as much of the time as was given. */
const notAfter = (time: string, instant: string) => time.slice(0, instant.length) <= instant;

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

const recordOf = (entry: HistoryEntry, occurredAt = entry.metadata.occurredAt): LedgerRecord => ({
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

const asOccurred = (live: ReadModelStore, programmeId: string, instant: string): LedgerRecord[] => {
  const at = requireDate(instant, 'as of occurred time');
  const all = historyUpTo(live, programmeId, {});
  const corrected = correctedDates(all);
  const dateOf = (entry: HistoryEntry) => corrected.get(entry.eventId) ?? entry.metadata.occurredAt;
  const byStream = new Map<string, HistoryEntry[]>();
  for (const entry of all.filter((candidate) => candidate.type !== 'OccurredDateCorrected'))
    byStream.set(entry.streamName, [...(byStream.get(entry.streamName) ?? []), entry]);
  const chosen = [...byStream.values()].flatMap((stream) => occurredInStream(stream, dateOf, at));
  // Whatever happened in a programme implies that it had been launched.
  const launch = all.find((entry) => entry.type === 'ProgrammeLaunched');
  if (chosen.length > 0 && launch && !chosen.includes(launch)) chosen.push(launch);
  return chosen.map((entry) => recordOf(entry, dateOf(entry)));
};

export const foldAsOf = (
  live: ReadModelStore,
  scratch: ReadModelStore,
  projections: readonly Projection[],
  programmeId: string,
  instant: AsOf,
): void => {
  const records =
    'recordedAt' in instant
      ? historyUpTo(live, programmeId, { recordedTo: recordedInstant(instant.recordedAt) }).map((e) =>
          recordOf(e),
        )
      : asOccurred(live, programmeId, instant.occurredAt);
  // A derived blueprint names the programme it came from: bring that programme's launch along.
  const sources = new Set(
    records.flatMap((record) =>
      record.event.type === 'BlueprintDerived' ? [record.event.data.source.programmeId] : [],
    ),
  );
  for (const source of sources)
    records.push(...historyUpTo(live, source, { types: ['ProgrammeLaunched'] }).map((e) => recordOf(e)));
  records.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  scratch.commit((target) => {
    for (const record of records) for (const projection of projections) projection.apply(record, target);
  }, new Map());
};
