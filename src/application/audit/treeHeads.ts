/**
 * Publishing signed tree heads: at least every N events (checked after each append) or every T
 * seconds while the log or the access record grows, and whenever someone asks for a fresh one. A
 * head is only ever signed over what the tree and the access record hold at that moment.
 */
import { treeHeadMessage, type SignedTreeHead, type TreeHead } from '../../domain/audit/treeHead';
import type { AccessRecordStore } from '../ports/accessRecordStore';
import type { TreeStore } from '../ports/treeStore';

/** What signs: the ledger's Ed25519 key (see infrastructure/audit/signingKey). */
export interface Signer {
  readonly publicKeyPem: string;
  readonly keyId: string;
  sign(message: Buffer): Buffer;
}

export interface TreeHeadPolicy {
  readonly everyEvents: number;
  readonly everySeconds: number;
}

export class TreeHeads {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly tree: TreeStore,
    private readonly accessRecord: AccessRecordStore,
    private readonly signer: Signer,
    private readonly policy: TreeHeadPolicy,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  latest(): SignedTreeHead | undefined {
    return this.tree.latestHead();
  }

  /** Signs a head over the tree and the access record as they are now, unless the latest says the same. */
  publish(): SignedTreeHead {
    const latest = this.latest();
    const treeSize = this.tree.size();
    const access = this.accessRecord.head();
    const rootHash = this.tree.rootAt(treeSize).toString('hex');
    if (
      latest?.treeSize === treeSize &&
      latest.rootHash === rootHash &&
      latest.accessRecordSize === access.size &&
      latest.keyId === this.signer.keyId
    )
      return latest;
    const head: TreeHead = {
      treeSize,
      rootHash,
      accessRecordSize: access.size,
      accessRecordHash: access.hash.toString('hex'),
      signedAt: this.clock().toISOString(),
    };
    const signed: SignedTreeHead = {
      ...head,
      keyId: this.signer.keyId,
      signature: this.signer.sign(treeHeadMessage(head)).toString('base64'),
    };
    this.tree.addHead(signed);
    return signed;
  }

  /** The latest head, signing one first if none covers the tree's first `size` leaves yet. */
  covering(size: number): SignedTreeHead {
    const latest = this.latest();
    return latest && latest.treeSize >= size ? latest : this.publish();
  }

  /** After an append: a head once `everyEvents` events are not covered by the latest one. */
  afterAppend(): void {
    const covered = this.latest()?.treeSize ?? 0;
    if (this.tree.size() - covered >= this.policy.everyEvents) this.publish();
  }

  /** Signs every `everySeconds` while anything grew; the timer never keeps the process alive. */
  start(onError: (error: unknown) => void): void {
    this.stop();
    this.timer = setInterval(() => {
      void this.tree
        .catchUp()
        .then(() => this.publish())
        .catch(onError);
    }, this.policy.everySeconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
