/**
 * Finding a command's events in any stream (the port's findCommand). Each append made for a
 * command is indexed by link events ($>) in a stream of its own, `ledgerCommand-<id>`: links are
 * system records, so the log and subscriptions never return them, and reading the stream with
 * resolveLinkTos gives back the events themselves.
 *
 * The index is written after the append, not with it: a failure to write it does not undo an
 * append that succeeded (the command handler also looks in the item's own stream). Each link's id
 * is derived from its event's, so indexing a repeated append again is itself a repeat the server
 * writes nothing for, and a command's events are never found twice.
 */
import { createHash } from 'node:crypto';
import { ANY, StreamNotFoundError, binaryEvent } from '@eventstore/db-client';
import type { EventToAppend, StoredEvent } from '../../../application/ports/eventStore';
import { translateClientError } from './clientErrors';
import { toStoredEvent } from './records';
import type { EventStoreDbClient } from './sharedClient';
import { readThrough } from './streamReads';

export const commandStream = (commandId: string) => `ledgerCommand-${commandId}`;

/** A link's own id: not its event's (the server remembers recent ids across streams). */
const linkId = (eventId: string): string => {
  const hex = createHash('sha256').update(`commandLink:${eventId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const commandOf = (events: readonly EventToAppend[]): string | undefined => {
  const commandId = events[0]?.metadata.commandId;
  return typeof commandId === 'string' && commandId.length > 0 ? commandId : undefined;
};

/** Links the events just appended (ending at revision `last` of `streamName`) to their command. */
export const indexCommand = async (
  client: EventStoreDbClient,
  streamName: string,
  events: readonly EventToAppend[],
  last: bigint,
): Promise<void> => {
  const commandId = commandOf(events);
  if (!commandId) return;
  const first = last - BigInt(events.length) + 1n;
  const links = events.map((event, i) =>
    binaryEvent({
      id: linkId(event.id),
      type: '$>',
      data: Buffer.from(`${first + BigInt(i)}@${streamName}`),
    }),
  );
  await client
    .appendToStream(commandStream(commandId), links, { expectedRevision: ANY })
    .catch(() => undefined);
};

/** The events recorded under a command id, in log order; none for an id never used. */
export const findCommandEvents = async (
  client: EventStoreDbClient,
  commandId: string,
): Promise<StoredEvent[]> => {
  const events: StoredEvent[] = [];
  try {
    await readThrough(client.readStream(commandStream(commandId), { resolveLinkTos: true }), (resolved) => {
      if (resolved.event && resolved.link)
        events.push(toStoredEvent(resolved.event, resolved.commitPosition));
    });
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw translateClientError(error, `find command ${commandId}`);
  }
  return events;
};
