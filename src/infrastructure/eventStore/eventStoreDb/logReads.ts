/**
 * Reading the log ($all) a page at a time. Every page is one read bounded by `maxCount`, read
 * through or cancelled, so a short read (a health check's lastPosition, a catch-up batch) never
 * leaves a call open that holds one of the connection's concurrent calls: the server would
 * otherwise keep pushing the rest of a large log into it, and once the connection's limit is
 * reached every later call, appends included, waits for ever.
 */
import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  type AllStreamResolvedEvent,
  type Direction,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';
import { matchesFilter, type ReadLogOptions, type StoredEvent } from '../../../application/ports/eventStore';
import { isLedgerRecord, positionAfter, toStoredEvent } from './records';
import type { EventStoreDbClient } from './sharedClient';
import { readThrough } from './streamReads';

export const LOG_PAGE_MIN = 32;
export const LOG_PAGE_MAX = 1000;

/** The page to ask for when `wanted` more events are needed (filtered reads skip records). */
export const logPageSize = (wanted: number): number =>
  Math.min(LOG_PAGE_MAX, Math.max(LOG_PAGE_MIN, Number.isFinite(wanted) ? wanted : LOG_PAGE_MAX));

const compare = (a: Position, b: Position): number =>
  a.commit === b.commit ? Number(a.prepare - b.prepare) : a.commit < b.commit ? -1 : 1;

/** Whether `position` lies past `boundary` in the direction of reading. */
export const isPast = (position: Position, boundary: Position | undefined, direction: Direction): boolean =>
  boundary === undefined ||
  (direction === FORWARDS ? compare(position, boundary) > 0 : compare(position, boundary) < 0);

const positionOf = (resolved: AllStreamResolvedEvent): Position | undefined =>
  resolved.event?.position ??
  (resolved.commitPosition === undefined ? undefined : positionAfter(resolved.commitPosition));

/**
 * Walks $all from `from`, handing each record to `visit` until it returns false or the log ends.
 * A page that comes back short is the end. The next page starts at the last record seen, which
 * the walk then skips whether or not the server's start is inclusive.
 */
export const walkLog = async (
  client: EventStoreDbClient,
  direction: Direction,
  from: ReadPosition,
  visit: (resolved: AllStreamResolvedEvent) => boolean | void,
  pageSize: () => number,
): Promise<void> => {
  let boundary: Position | undefined;
  let start = from;
  for (;;) {
    const page = pageSize();
    const before = boundary;
    let seen = 0;
    let stopped = false;
    await readThrough(client.readAll({ direction, fromPosition: start, maxCount: page }), (resolved) => {
      seen += 1;
      const position = positionOf(resolved);
      if (position === undefined || !isPast(position, boundary, direction)) return;
      boundary = position;
      if (visit(resolved) === false) stopped = true;
      return !stopped;
    });
    if (stopped || seen < page || boundary === undefined || boundary === before) return;
    start = boundary;
  }
};

export const readLogEvents = async (
  client: EventStoreDbClient,
  { after, maxCount, filter }: ReadLogOptions,
): Promise<StoredEvent[]> => {
  const limit = maxCount ?? Number.POSITIVE_INFINITY;
  const events: StoredEvent[] = [];
  if (limit <= 0) return events;
  await walkLog(
    client,
    FORWARDS,
    after === undefined ? START : positionAfter(after),
    (resolved) => {
      if (!resolved.event || !isLedgerRecord(resolved.event)) return true;
      const event = toStoredEvent(resolved.event, resolved.commitPosition);
      if ((after !== undefined && event.globalPosition <= after) || !matchesFilter(event, filter))
        return true;
      events.push(event);
      return events.length < limit;
    },
    () => logPageSize(limit - events.length),
  );
  return events;
};

/** The commit position of the log's last ledger record, skipping system and register records. */
export const lastLogPosition = async (client: EventStoreDbClient): Promise<bigint | undefined> => {
  let last: bigint | undefined;
  await walkLog(
    client,
    BACKWARDS,
    END,
    (resolved) => {
      if (!resolved.event || !isLedgerRecord(resolved.event)) return true;
      last = resolved.event.position.commit;
      return false;
    },
    () => LOG_PAGE_MIN,
  );
  return last;
};
