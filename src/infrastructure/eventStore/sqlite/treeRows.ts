/** Between the tree's rows and what the tree store hands out. */
import type { EntrySource } from '../../../domain/audit/leafEntry';
import type { AuditedEvent, TreeLeaf } from '../../../application/ports/treeStore';
import { saltingOf, type LeafRow } from './treeSchema';

export const toLeaf = (row: LeafRow): TreeLeaf => ({
  index: row.leaf_index,
  position: row.position,
  eventId: row.event_id,
  salting: saltingOf(row),
  hash: row.leaf_hash,
});

export const positionOf = (event: AuditedEvent): bigint =>
  event.kind === 'readable' ? event.source.position : event.position;

/** A leaf is made only of an event the store can read back. */
export const readableSource = (event: AuditedEvent): EntrySource => {
  if (event.kind === 'readable') return event.source;
  throw new Error(
    `The event at position ${event.position} (${event.eventId}) cannot be read (${event.reason}): the tree cannot include it`,
  );
};
