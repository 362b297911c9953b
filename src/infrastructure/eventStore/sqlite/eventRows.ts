/** Rows of the events table read as stored, for the Merkle tree and the auditor. */
import type { EntrySource, JsonObject } from '../../../domain/audit/leafEntry';
import type { AuditedEvent } from '../../../application/ports/treeStore';
import type { EncodedEvent } from '../payloadCodec';
import type { StoredEntryText } from './leafHashSlots';
import type { EventRow } from './schema';

export type StoredRow = Omit<EventRow, 'position' | 'stream_revision'> & {
  position: bigint;
  stream_revision: bigint;
};

const jsonObject = (text: string, what: string): JsonObject => {
  const value = JSON.parse(text) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`its ${what} is not a JSON object`);
  return value as JsonObject;
};

/** An events row as the entry of its leaf: the stored text parsed as plain JSON (bigints stay tagged). */
export const entryOfRow = (row: StoredRow): EntrySource => ({
  position: row.position,
  eventId: row.event_id,
  streamName: row.stream_name,
  streamRevision: row.stream_revision,
  type: row.event_type,
  recordedAt: row.recorded_at,
  data: jsonObject(row.data, 'data'),
  metadata: jsonObject(row.metadata, 'metadata'),
});

export const auditedRow = (row: StoredRow): AuditedEvent => {
  try {
    return { kind: 'readable', source: entryOfRow(row) };
  } catch (error) {
    return {
      kind: 'unreadable',
      position: row.position,
      eventId: row.event_id,
      reason: error instanceof SyntaxError ? 'its JSON does not parse' : (error as Error).message,
    };
  }
};

/**
 * What a new event's leaf commits to: the event as it is being stored. Its data and metadata are
 * parsed from the stored text only when read: when a worker hashes the leaf (leafHashing.ts), this
 * thread never needs them.
 */
export class NewEntry implements EntrySource, StoredEntryText {
  private parsed: { data: JsonObject; metadata: JsonObject } | undefined;
  readonly eventId: string;
  readonly type: string;
  readonly dataText: string;
  readonly metadataText: string;

  constructor(
    event: EncodedEvent,
    readonly streamName: string,
    readonly streamRevision: bigint,
    readonly position: bigint,
    readonly recordedAt: string,
  ) {
    [this.eventId, this.type, this.dataText, this.metadataText] = [
      event.id,
      event.type,
      event.data,
      event.metadata,
    ];
  }

  private get fields(): { data: JsonObject; metadata: JsonObject } {
    return (this.parsed ??= {
      data: JSON.parse(this.dataText) as JsonObject,
      metadata: JSON.parse(this.metadataText) as JsonObject,
    });
  }

  get data(): JsonObject {
    return this.fields.data;
  }

  get metadata(): JsonObject {
    return this.fields.metadata;
  }
}
