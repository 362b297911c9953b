/**
 * JSON with bigints. Plain JSON cannot hold a bigint, so one is written as {"$bigint": "123"} and
 * read back as 123n. Both adapters store payloads through this codec, so they round-trip alike.
 */
import type { EventPayload, EventToAppend } from './eventStore';
import { InvalidAppendError } from './errors';

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

/** Plain JSON first: a replacer slows every call down, and only a payload holding a bigint needs it. */
export const encodePayload = (payload: EventPayload): string => {
  try {
    return JSON.stringify(payload);
  } catch (error) {
    if (error instanceof TypeError && /BigInt/i.test(error.message)) return JSON.stringify(payload, replacer);
    throw error;
  }
};

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
  if (streamName.length === 0 || streamName.startsWith('$')) {
    throw new InvalidAppendError(`"${streamName}" is not a stream name the ledger may write to`);
  }
  if (events.length === 0)
    throw new InvalidAppendError(`An append to ${streamName} must carry at least one event`);
  for (const event of events) {
    if (!event.type || event.type.startsWith('$')) {
      throw new InvalidAppendError(`"${event.type}" is not an event type the ledger may write`);
    }
    if (!isPayload(event.data) || !isPayload(event.metadata)) {
      throw new InvalidAppendError(`Event ${event.type}: data and metadata must be JSON objects`);
    }
  }
};
