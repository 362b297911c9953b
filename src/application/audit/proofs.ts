/**
 * Proofs for auditors: the latest signed head (the digest to keep), the inclusion proof of an event
 * at a tree size, the consistency proof between two sizes, and the verified read: an event as
 * stored, with its salts, its inclusion proof and the signed head it leads to (and, for a client
 * holding an older digest, the consistency proof from it), all that `verify-ledger-proof.js` needs.
 */
import type { EntrySource, JsonObject, Salting } from '../../domain/audit/leafEntry';
import type { SignedTreeHead } from '../../domain/audit/treeHead';
import { NotFoundError, ValidationError } from '../../domain/shared/errors';
import type { TreeLeaf, TreeStore } from '../ports/treeStore';
import type { TreeHeads } from './treeHeads';

export const PROOF_FORMAT = 'ledger-proof/1';

/** A signed head with the key that signed it: what an auditor saves and checks later. */
export interface LedgerDigest extends SignedTreeHead {
  readonly publicKey: string;
}

export interface InclusionProofView {
  readonly eventId: string;
  readonly position: string;
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: string;
  /** Hex, nearest sibling first (RFC 9162 §2.1.3). */
  readonly proof: readonly string[];
  /** The signed head of that size, when one was signed; otherwise check against your own digest's root. */
  readonly head: SignedTreeHead | null;
}

export interface ConsistencyProofView {
  readonly fromSize: number;
  readonly toSize: number;
  readonly fromRoot: string;
  readonly toRoot: string;
  readonly proof: readonly string[];
  readonly head: SignedTreeHead | null;
}

/** An event exactly as stored, positions and revisions as decimal strings. */
export interface StoredEntryView {
  readonly position: string;
  readonly eventId: string;
  readonly streamName: string;
  readonly streamRevision: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

export interface VerifiedEventView {
  readonly format: typeof PROOF_FORMAT;
  readonly event: StoredEntryView;
  readonly salting: Salting;
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly inclusionProof: readonly string[];
  readonly head: SignedTreeHead;
  /** From the digest the client named (its tree size) to `head`; null when none was named. */
  readonly consistency: { readonly fromSize: number; readonly proof: readonly string[] } | null;
}

const hex = (hashes: readonly Buffer[]) => hashes.map((hash) => hash.toString('hex'));

const entryView = (source: EntrySource): StoredEntryView => ({
  ...source,
  position: source.position.toString(),
  streamRevision: source.streamRevision.toString(),
});

export class LedgerProofs {
  constructor(
    private readonly tree: TreeStore,
    private readonly heads: TreeHeads,
    private readonly publicKeyPem: string,
  ) {}

  /** The latest signed head; with `fresh`, one signed now over everything recorded so far. */
  async digest(fresh = false): Promise<LedgerDigest> {
    await this.tree.catchUp();
    const head = fresh ? this.heads.publish() : (this.heads.latest() ?? this.heads.publish());
    return { ...head, publicKey: this.publicKeyPem };
  }

  private leafOf(eventId: string): TreeLeaf {
    const leaf = this.tree.leafOfEvent(eventId);
    if (!leaf)
      throw new NotFoundError('EventInLedger', `There is no event ${eventId} in the ledger's Merkle tree`);
    return leaf;
  }

  private checkSize(treeSize: number, least: number, what: string): void {
    const size = this.tree.size();
    if (!Number.isSafeInteger(treeSize) || treeSize < least || treeSize > size)
      throw new ValidationError(
        'TreeSizeInRange',
        `${what} must be between ${least} and ${size} (the events the tree holds), not ${treeSize}`,
        'treeSize',
      );
  }

  /** At `treeSize`, or at the latest signed head (a fresh one when the event is newer than it). */
  async inclusion(eventId: string, treeSize?: number): Promise<InclusionProofView> {
    await this.tree.catchUp();
    const leaf = this.leafOf(eventId);
    const size = treeSize ?? this.heads.covering(leaf.index + 1).treeSize;
    this.checkSize(size, leaf.index + 1, `To hold event ${eventId}, the tree size`);
    return {
      eventId,
      position: leaf.position.toString(),
      leafIndex: leaf.index,
      treeSize: size,
      leafHash: leaf.hash.toString('hex'),
      proof: hex(this.tree.inclusionProof(leaf.index, size)),
      head: this.tree.headAt(size) ?? null,
    };
  }

  /** From `fromSize` to `toSize`, or to the latest signed head. */
  async consistency(fromSize: number, toSize?: number): Promise<ConsistencyProofView> {
    await this.tree.catchUp();
    const to = toSize ?? this.heads.covering(fromSize).treeSize;
    this.checkSize(to, 1, 'The larger tree size');
    if (!Number.isSafeInteger(fromSize) || fromSize < 1 || fromSize > to)
      throw new ValidationError(
        'TreeSizeInRange',
        `The smaller tree size must be between 1 and ${to}, not ${fromSize}`,
        'fromSize',
      );
    return {
      fromSize,
      toSize: to,
      fromRoot: this.tree.rootAt(fromSize).toString('hex'),
      toRoot: this.tree.rootAt(to).toString('hex'),
      proof: hex(this.tree.consistencyProof(fromSize, to)),
      head: this.tree.headAt(to) ?? null,
    };
  }

  /** The event as stored with everything needed to check it against a digest: immudb's verified read. */
  async verifiedEvent(eventId: string, digestTreeSize?: number): Promise<VerifiedEventView> {
    await this.tree.catchUp();
    const leaf = this.leafOf(eventId);
    const head = this.heads.covering(Math.max(leaf.index + 1, digestTreeSize ?? 0));
    if (digestTreeSize !== undefined) this.checkSize(digestTreeSize, 1, 'The digest tree size');
    const [stored] = await this.tree.auditedEvents(leaf.position - 1n, 1);
    if (stored?.kind !== 'readable' || stored.source.eventId !== eventId)
      throw new NotFoundError(
        'EventInLedger',
        `Event ${eventId} is in the tree but the log no longer holds it as recorded: run ledger verify`,
      );
    return {
      format: PROOF_FORMAT,
      event: entryView(stored.source),
      salting: leaf.salting,
      leafIndex: leaf.index,
      treeSize: head.treeSize,
      inclusionProof: hex(this.tree.inclusionProof(leaf.index, head.treeSize)),
      head,
      consistency:
        digestTreeSize === undefined
          ? null
          : {
              fromSize: digestTreeSize,
              proof: hex(this.tree.consistencyProof(digestTreeSize, head.treeSize)),
            },
    };
  }
}
