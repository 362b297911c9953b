/**
 * A log the Merkle tree follows from outside: EventStoreDB. The tree lives in a SQLite file of its
 * own (AUDIT_PATH) and takes each event in the order of the server's log, after every append this
 * process makes and on a timer, so events appended by other processes are taken in too. Nothing on
 * EventStoreDB can be rewritten, so its events are never redacted and their leaves need no secret
 * salts: the seed is empty, and the tree can be rebuilt from $all alone.
 */
import type { EntrySource, JsonObject } from '../../domain/audit/leafEntry';
import type { EventStore, StoredEvent } from '../../application/ports/eventStore';
import { toPlainJson } from '../eventStore/payloadCodec';
import type { LogSource } from '../eventStore/sqlite/sqliteTreeStore';

export const EVENTSTOREDB_REDACTION_REFUSAL =
  'EventStoreDB never rewrites an event, so a field recorded there cannot be redacted; erase the person from the register instead, and scavenge';

export const entryOfStored = (event: StoredEvent): EntrySource => ({
  position: event.globalPosition,
  eventId: event.id,
  streamName: event.streamName,
  streamRevision: event.streamRevision,
  type: event.type,
  recordedAt: event.recordedAt.toISOString(),
  data: toPlainJson(event.data) as JsonObject,
  metadata: toPlainJson(event.metadata) as JsonObject,
});

export const followedLog = (store: EventStore): LogSource => ({
  read: async (after, count) =>
    (await store.readLog({ ...(after === undefined ? {} : { after }), maxCount: count })).map((event) => ({
      kind: 'readable' as const,
      source: entryOfStored(event),
    })),
  newSeed: () => Buffer.alloc(0),
  redactionRefusal: EVENTSTOREDB_REDACTION_REFUSAL,
});
