/**
 * JSON with bigints. Plain JSON cannot hold a bigint, so one is written as {"$bigint": "123"} and
 * read back as 123n. Both adapters store payloads through this codec, so they round-trip alike.
 */
import {
  MAX_APPEND_BYTES,
  PERSONAL_DATA_CATEGORY,
  streamCategory,
  type EventPayload,
  type EventToAppend,
} from '../../application/ports/eventStore';
import { AppendTooLargeError, InvalidAppendError } from '../../application/ports/eventStoreErrors';

const BIGINT_TAG = '$bigint';

const replacer = (_key: string, value: unknown): unknown =>
  typeof value === 'bigint' ? { [BIGINT_TAG]: value.toString() } : value;

const reviver = (_key: string, value: unknown): unknown => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = (value as Record<string, unknown>)[BIGINT_TAG];
    if (typeof tagged === 'string' && Object.keys(value).length === 1) return BigInt(tagged);
  }
  return value;
};

/**
 * Whether a bigint sits anywhere in the value: a walk costs far less than a failed stringify. Each
 * object is visited once, so a circular payload reaches JSON.stringify and its clear error.
 */
const holdsBigint = (value: unknown, seen = new WeakSet<object>()): boolean => {
  if (typeof value === 'bigint') return true;
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  for (const item of Array.isArray(value) ? value : Object.values(value))
    if (holdsBigint(item, seen)) return true;
  return false;
};

/** Plain JSON when no bigint is in the payload: a replacer slows every call down. */
export const encodePayload = (payload: EventPayload): string =>
  holdsBigint(payload) ? JSON.stringify(payload, replacer) : JSON.stringify(payload);

/** The reviver costs more than the parse itself, so it runs only on text that holds a tagged bigint. */
export const decodePayload = (text: string): EventPayload =>
  (text.includes(`"${BIGINT_TAG}"`) ? JSON.parse(text, reviver) : JSON.parse(text)) as EventPayload;

/** The payload as plain JSON values (bigints tagged), for clients that serialise it themselves. */
export const toPlainJson = (payload: EventPayload): Record<string, unknown> =>
  JSON.parse(encodePayload(payload)) as Record<string, unknown>;

export const fromPlainJson = (plain: unknown): EventPayload => decodePayload(JSON.stringify(plain ?? {}));

const isPayload = (value: unknown): value is EventPayload =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Refuses what no adapter should store, before anything is written. */
export const assertAppendable = (streamName: string, events: readonly EventToAppend[]): void => {
  if (
    streamName.length === 0 ||
    streamName.startsWith('$') ||
    streamCategory(streamName) === PERSONAL_DATA_CATEGORY
  ) {
    throw new InvalidAppendError(`"${streamName}" is not a stream name the ledger may write to`);
  }
  if (events.length === 0)
    throw new InvalidAppendError(`An append to ${streamName} must carry at least one event`);
  const ids = new Set<string>();
  for (const event of events) {
    if (!event.type || event.type.startsWith('$')) {
      throw new InvalidAppendError(`"${event.type}" is not an event type the ledger may write`);
    }
    if (!isPayload(event.data) || !isPayload(event.metadata)) {
      throw new InvalidAppendError(`Event ${event.type}: data and metadata must be JSON objects`);
    }
    if (ids.has(event.id))
      throw new InvalidAppendError(`An append to ${streamName} carries event ${event.id} twice`);
    ids.add(event.id);
  }
};

/** An event as both adapters store it: data and metadata already encoded as JSON text. */
export interface EncodedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

/** The bytes an append counts against MAX_APPEND_BYTES. */
export const appendBytes = (events: readonly EncodedEvent[]): number =>
  events.reduce(
    (total, event) =>
      total +
      Buffer.byteLength(event.data, 'utf8') +
      Buffer.byteLength(event.metadata, 'utf8') +
      Buffer.byteLength(event.type, 'utf8'),
    0,
  );

/**
 * Checks and encodes an append once, for either adapter: refuses what no adapter should store and
 * anything over the size limit, before a byte is written.
 */
export const encodeAppend = (
  streamName: string,
  events: readonly EventToAppend[],
  limit: number = MAX_APPEND_BYTES,
): EncodedEvent[] => {
  assertAppendable(streamName, events);
  const encoded = events.map((event) => ({
    id: event.id,
    type: event.type,
    data: encodePayload(event.data),
    metadata: encodePayload(event.metadata),
  }));
  const bytes = appendBytes(encoded);
  if (bytes > limit) throw new AppendTooLargeError(streamName, bytes, limit);
  return encoded;
};
