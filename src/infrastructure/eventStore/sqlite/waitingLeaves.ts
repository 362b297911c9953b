/**
 * The events a same-file log has stored whose leaves are not written yet (see sqliteTreeStore.ts:
 * leaves are written behind the log, a batch at a time), as this process holds them: those of
 * committed appends, those of the transaction under way, and what that transaction has left of them
 * after writing some. Each has the seed of its salts from the moment it is stored; once a process
 * has appended `hashOnWorkerAfter` events, their leaves are hashed on a worker thread meanwhile
 * (leafHashing.ts), and a batch is written once enough of their hashes are back.
 */
import { seededLeafHash, type EntrySource } from '../../../domain/audit/leafEntry';
import type { Hash } from '../../../domain/audit/merkle';
import { doneWithLeafHashing, useLeafHashing, type LeafHashing } from './leafHashing';
import type { StoredEntryText } from './leafHashSlots';

/** How many of this process's events wait for their leaves before an append writes them. */
export const LEAVES_PER_WRITE = 32;

/** From this many waiting, an append writes them all, hashing here whatever the worker has not. */
const MOST_WAITING = 4 * LEAVES_PER_WRITE;

/** By default the worker starts once a process has appended this many events through one store. */
export const HASH_ON_WORKER_AFTER = 500;

export interface WaitingLeaf {
  readonly source: EntrySource;
  readonly seed: Buffer;
  /** The worker's job hashing it, while there is one. */
  job?: number;
  hash?: Hash;
}

export class WaitingLeaves {
  private waiting: WaitingLeaf[] = [];
  private staged: WaitingLeaf[] = [];
  private current: WaitingLeaf[] | undefined;
  private hashing: LeafHashing | undefined;
  private stored = 0;
  private fromWorker = 0;

  constructor(
    private readonly newSeed: () => Buffer,
    private readonly hashOnWorkerAfter: number,
  ) {}

  /** Events of committed appends that wait for their leaves. */
  get committedCount(): number {
    return this.waiting.length;
  }

  /** Whether new events go to the worker (from `hashOnWorkerAfter` events on). */
  get handsToWorker(): boolean {
    return this.hashing !== undefined;
  }

  /** How many leaves the worker has hashed (for tests and benches). */
  get hashedByWorker(): number {
    return this.fromWorker;
  }

  /** What waits, as the transaction under way sees it. */
  list(): WaitingLeaf[] {
    return this.current ?? [...this.waiting, ...this.staged];
  }

  /** Events this transaction has stored: they wait, and go to the worker when there is one. */
  add(entries: readonly (EntrySource & StoredEntryText)[]): number {
    this.stored += entries.length;
    if (!this.hashing && this.stored >= this.hashOnWorkerAfter) this.startWorker();
    const added = entries.map((source): WaitingLeaf => {
      const seed = this.newSeed();
      return { source, seed, job: this.hashing?.submit(source, seed) };
    });
    this.hashing?.ring();
    this.staged.push(...added);
    this.current?.push(...added);
    return this.current?.length ?? this.waiting.length + this.staged.length;
  }

  private startWorker(): void {
    try {
      this.hashing = useLeafHashing();
    } catch {
      // No worker (none can start here): this thread hashes every leaf, as it always could.
      this.stored = -Infinity;
    }
  }

  /** Whether a leaf's hash is made, or will be made here at once, without waiting for the worker. */
  private ready(leaf: WaitingLeaf): boolean {
    return leaf.hash !== undefined || leaf.job === undefined || this.hashing?.isDone(leaf.job) !== false;
  }

  /**
   * How many of the leaves (all waiting, in log order) to write now: those whose hashes are back,
   * when there are enough of them to be worth a write; all of them once too many wait.
   */
  writable(leaves: readonly WaitingLeaf[]): number {
    if (leaves.length >= MOST_WAITING) return leaves.length;
    const notReady = leaves.findIndex((leaf) => !this.ready(leaf));
    // What is not back yet is hashed by the next write: the worker starts on it now.
    if (notReady !== -1) this.hashing?.ring(true);
    const ready = notReady === -1 ? leaves.length : notReady;
    return ready >= LEAVES_PER_WRITE / 2 || ready === leaves.length ? ready : 0;
  }

  hashOf(leaf: WaitingLeaf): Hash {
    if (leaf.hash) return leaf.hash;
    if (leaf.job !== undefined) leaf.hash = this.hashing?.take(leaf.job);
    if (leaf.hash) this.fromWorker += 1;
    leaf.job = undefined;
    return (leaf.hash ??= seededLeafHash(leaf.source, leaf.seed));
  }

  /** These leaves will not be written from what waits (the tree catches up from the log instead). */
  giveUp(leaves: readonly WaitingLeaf[]): void {
    for (const leaf of leaves) if (leaf.job !== undefined) this.hashing?.giveUp(leaf.job);
    for (const leaf of leaves) leaf.job = undefined;
  }

  /** What still waits after this transaction's writes. */
  settle(left: WaitingLeaf[]): void {
    this.current = left;
  }

  committed(): void {
    this.waiting = this.list();
    [this.staged, this.current] = [[], undefined];
  }

  /** What this transaction stored is not in the log; what waited before still does. */
  rolledBack(): void {
    this.giveUp(this.staged);
    [this.staged, this.current] = [[], undefined];
  }

  /** This store is done with the worker (the last store done with it stops it shortly after). */
  stop(): void {
    const hashing = this.hashing;
    this.giveUp(this.list());
    [this.hashing, this.stored] = [undefined, -Infinity];
    if (hashing) doneWithLeafHashing(hashing);
  }
}
