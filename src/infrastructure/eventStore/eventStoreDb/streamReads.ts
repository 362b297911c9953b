/**
 * Reading one stream, and the stream's revision that goes with what was read.
 *
 * The revision is taken from the same read whenever that read shows the stream's last event: a
 * second read could see an event appended in between, and a writer that decided on the first
 * read's events would then append with a revision that passes over it (a lost update).
 */
import { BACKWARDS, END, FORWARDS, START, StreamNotFoundError } from '@eventstore/db-client';
import {
  NO_STREAM,
  type ReadStreamOptions,
  type ReadStreamResult,
  type StoredEvent,
  type StreamRevision,
} from '../../../application/ports/eventStore';
import { toStoredEvent } from './records';
import type { EventStoreDbClient, ReadCall } from './sharedClient';

/**
 * Reads a call to its end, or until `take` returns false. Either way the call is cancelled
 * afterwards, so no read stays open against the connection's limit of concurrent calls.
 */
export const readThrough = async <E>(call: ReadCall<E>, take: (item: E) => boolean | void): Promise<void> => {
  try {
    for await (const item of call) if (take(item) === false) break;
  } finally {
    await call.cancel().catch(() => undefined);
  }
};

/**
 * The stream's last revision as one read shows it, or undefined when that read cannot tell:
 * nothing was read, a forwards read was cut short by its limit, or a backwards read started at a
 * revision (its first event is that revision, not necessarily the last).
 */
export const lastRevisionShown = (
  options: ReadStreamOptions,
  revisionsRead: readonly bigint[],
): bigint | undefined => {
  if (revisionsRead.length === 0) return undefined;
  if (options.direction === 'backwards')
    return options.fromRevision === undefined ? revisionsRead[0] : undefined;
  const cutShort = options.maxCount !== undefined && revisionsRead.length >= options.maxCount;
  return cutShort ? undefined : revisionsRead.at(-1);
};

const lastRevision = async (client: EventStoreDbClient, streamName: string): Promise<StreamRevision> => {
  let revision: StreamRevision = NO_STREAM;
  await readThrough(
    client.readStream(streamName, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }),
    (resolved) => {
      if (resolved.event) revision = resolved.event.revision;
    },
  );
  return revision;
};

export const readStreamEvents = async (
  client: EventStoreDbClient,
  streamName: string,
  options: ReadStreamOptions,
): Promise<ReadStreamResult> => {
  const backwards = options.direction === 'backwards';
  const events: StoredEvent[] = [];
  try {
    await readThrough(
      client.readStream(streamName, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision ?? (backwards ? END : START),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      }),
      (resolved) => {
        if (resolved.event) events.push(toStoredEvent(resolved.event, resolved.commitPosition));
      },
    );
    const shown = lastRevisionShown(
      options,
      events.map((event) => event.streamRevision),
    );
    return { events, streamRevision: shown ?? (await lastRevision(client, streamName)) };
  } catch (error) {
    if (error instanceof StreamNotFoundError) return { events: [], streamRevision: NO_STREAM };
    throw error;
  }
};
