/**
 * The access record port: an append-only, hash-chained record of failed sign-ins, refused requests,
 * reads of personal data, exports, redactions and reads of the record itself (see
 * domain/audit/accessChain). The embedded store keeps it in the ledger's file; beside EventStoreDB
 * it lives in the audit file with the Merkle tree.
 */
import type { AccessEntry, AccessKind, ChainedAccessEntry } from '../../domain/audit/accessChain';
import type { Hash } from '../../domain/audit/merkle';

export interface AccessFilter {
  readonly actorId?: string;
  readonly kinds?: readonly AccessKind[];
  /** On or after this time (ISO 8601; a date is its first instant). */
  readonly from?: string;
  /** On or before this time (a date includes the whole day). */
  readonly to?: string;
}

export interface AccessRecordStore {
  /** Chains the entries on and stores them, all or none. */
  append(entries: readonly AccessEntry[]): void;
  /** How many entries the record holds, and the last one's hash. */
  head(): { readonly size: number; readonly hash: Hash };
  /** Entries by sequence, from `fromSequence` (1 for the first), in order. */
  entries(fromSequence: number, count: number): ChainedAccessEntry[];
  /** Entries that match, oldest first, after a sequence; one more than asked says there are more. */
  find(filter: AccessFilter, after: number, first: number): ChainedAccessEntry[];
  /** How many entries match. */
  count(filter: AccessFilter): number;
  close(): void;
}
