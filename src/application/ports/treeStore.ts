/**
 * The tree store port: the Merkle tree over the whole log, kept beside the event store. One leaf
 * per event in log order (the leaf hashes its entry: see domain/audit/leafEntry), the subtree
 * hashes that make proofs cheap, the salts each leaf was made with, and the signed tree heads.
 *
 * The salts are part of the log: without them no leaf can be recomputed. Everything else (leaf and
 * subtree hashes) can be rebuilt from the log and the salts; the heads are checked against it.
 */
import type { EntrySource, FieldPath, Salting } from '../../domain/audit/leafEntry';
import type { Hash } from '../../domain/audit/merkle';
import type { SignedTreeHead } from '../../domain/audit/treeHead';

export interface TreeLeaf {
  /** 0 for the first event of the log. */
  readonly index: number;
  readonly position: bigint;
  readonly eventId: string;
  readonly salting: Salting;
  readonly hash: Hash;
}

/** An event of the log as stored, for the auditor: its entry, or why it cannot be read. */
export type AuditedEvent =
  | { readonly kind: 'readable'; readonly source: EntrySource }
  | {
      readonly kind: 'unreadable';
      readonly position: bigint;
      readonly eventId: string;
      readonly reason: string;
    };

export interface Redaction {
  readonly eventId: string;
  /** Fields of the event's data, by path (["data","title"]). */
  readonly paths: readonly FieldPath[];
}

export interface TreeStore {
  /** Adds the leaves of every event of the log the tree does not hold yet; resolves to how many. */
  catchUp(): Promise<number>;
  /** How many leaves the tree holds. */
  size(): number;
  rootAt(size: number): Hash;
  inclusionProof(index: number, size: number): Hash[];
  consistencyProof(size1: number, size2: number): Hash[];
  leaf(index: number): TreeLeaf | undefined;
  leafOfEvent(eventId: string): TreeLeaf | undefined;
  /** Leaves from `fromIndex`, in order, at most `count`. */
  leaves(fromIndex: number, count: number): TreeLeaf[];
  /** The log as stored, after a position, for recomputing leaves (a store may hold what no longer parses). */
  auditedEvents(after: bigint | undefined, count: number): Promise<AuditedEvent[]>;
  /** Recomputes every leaf hash and subtree hash from the log and the salts. */
  rebuild(): Promise<void>;

  addHead(head: SignedTreeHead): void;
  latestHead(): SignedTreeHead | undefined;
  heads(): SignedTreeHead[];
  headAt(treeSize: number): SignedTreeHead | undefined;

  /**
   * Removes redacted values from the stored event, keeping its leaf: undefined when this store
   * can redact, otherwise why it cannot (EventStoreDB never rewrites an event).
   */
  readonly redactionRefusal: string | undefined;
  redact(redaction: Redaction): Promise<void>;
  close(): void;
}
