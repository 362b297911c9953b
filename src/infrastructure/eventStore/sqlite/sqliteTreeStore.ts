/**
 * The Merkle tree kept in SQLite tables (see treeSchema), over a log read through a LogSource: the
 * events table of the same file (embedded store), or EventStoreDB. Appending keeps the tree's
 * frontier (its perfect subtrees) in memory, so each new leaf costs one leaf row and, on average,
 * one subtree row, however large the log; the frontier is re-read whenever another process has
 * grown the tree meanwhile.
 *
 * On the embedded store the leaves of new events are written behind the log, as Trillian's
 * sequencer integrates queued leaves in batches: the events an append stores are held here
 * (waitingLeaves.ts, their hashes made meanwhile on a worker thread once a store is busy) and their
 * leaves written in the transaction of the append that brings LEAVES_PER_WRITE of them together (a
 * few pages of leaves per batch instead of one page per append), and whenever the tree is caught
 * up: before every proof, head, redaction and rebuild, and when the store closes. A
 * process that stops without closing leaves those events for the next opening to take in, with new
 * salts; no signed head covered them, so nothing an auditor holds changes.
 */
import type Database from 'better-sqlite3';
import { leafHashOf, type EntrySource } from '../../../domain/audit/leafEntry';
import {
  appendLeaves,
  consistencyProof,
  frontierOf,
  inclusionProof,
  hashChildren,
  rootHash,
  type Hash,
  type NodeReader,
} from '../../../domain/audit/merkle';
import type { SignedTreeHead } from '../../../domain/audit/treeHead';
import type { AuditedEvent, Redaction, TreeLeaf, TreeStore } from '../../../application/ports/treeStore';
import { indexLeavesByEvent, prepareTreeTables, treeStatements, type LeafRow } from './treeSchema';
import { positionOf, readableSource, toLeaf } from './treeRows';
import type { StoredEntryText } from './leafHashSlots';
import { HASH_ON_WORKER_AFTER, LEAVES_PER_WRITE, WaitingLeaves, type WaitingLeaf } from './waitingLeaves';

/** Where the tree reads the log from. */
export interface LogSource {
  /** The events after a position, as stored, in log order. */
  read(after: bigint | undefined, count: number): Promise<AuditedEvent[]>;
  /** The same, at once, when the log lies in the tree's own database (then catching up is atomic). */
  readonly readNow?: (after: bigint | undefined, count: number) => AuditedEvent[];
  /** A seed for a new leaf's salts: random, or empty where fields can never be redacted. */
  newSeed(): Buffer;
  /** The position the log holds an event at, when the log can find it by id itself. */
  readonly positionOf?: (eventId: string) => bigint | undefined;
  /** Why this log's events cannot be redacted; undefined when they can. */
  readonly redactionRefusal?: string;
  redact?(db: Database.Database, redaction: Redaction): void;
}

const BATCH = 500;

export { LEAVES_PER_WRITE } from './waitingLeaves';

/**
 * Subtrees of 2, 4 and 8 leaves are not stored but hashed from their leaves when a proof needs
 * them: storing them would write a page of each level on most appends, for proofs that read a
 * handful of leaves instead.
 */
const STORED_FROM_LEVEL = 4;

export class SqliteTreeStore implements TreeStore {
  /** The frontier as last committed, and as written by a transaction not yet known to have committed. */
  private frontier: { size: number; hashes: Hash[] } | undefined;
  private pending: { size: number; hashes: Hash[] } | undefined;
  private catchingUp: Promise<number> = Promise.resolve(0);
  /** Events this process stored whose leaves are not written yet (see waitingLeaves.ts). */
  private readonly waiting: WaitingLeaves;
  private readonly statements: ReturnType<typeof treeStatements>;

  constructor(
    private readonly db: Database.Database,
    private readonly source: LogSource,
    options: { readonly hashOnWorkerAfter?: number } = {},
  ) {
    this.waiting = new WaitingLeaves(
      () => source.newSeed(),
      options.hashOnWorkerAfter ?? HASH_ON_WORKER_AFTER,
    );
    prepareTreeTables(db);
    if (!source.positionOf) indexLeavesByEvent(db);
    this.statements = treeStatements(db);
  }

  private last(): { size: number; position: bigint | undefined } {
    const row = this.statements.last.get() as { leaf_index: bigint; position: bigint } | undefined;
    return row
      ? { size: Number(row.leaf_index) + 1, position: row.position }
      : { size: 0, position: undefined };
  }

  size(): number {
    return this.last().size;
  }

  /** The log position of the tree's last leaf. */
  lastPosition(): bigint | undefined {
    return this.last().position;
  }

  readonly node: NodeReader = (level, index) => {
    if (level > 0 && level < STORED_FROM_LEVEL) return this.computedNode(level, index);
    const hash = (
      level === 0 ? this.statements.leafHash.get(index) : this.statements.node.get(level, index)
    ) as Buffer | undefined;
    if (!hash) throw new Error(`The Merkle tree has no node at level ${level}, index ${index}: rebuild it`);
    return hash;
  };

  /** A subtree below the stored levels, hashed from its leaves (at most 2^(STORED_FROM_LEVEL-1)). */
  private computedNode(level: number, index: number): Hash {
    const width = 2 ** level;
    const leaves = this.statements.leafHashes.all(index * width, width) as Buffer[];
    if (leaves.length !== width)
      throw new Error(`The Merkle tree has no node at level ${level}, index ${index}: rebuild it`);
    let layer: Hash[] = leaves;
    while (layer.length > 1)
      layer = Array.from({ length: layer.length / 2 }, (_, i) =>
        hashChildren(layer[2 * i]!, layer[2 * i + 1]!),
      );
    return layer[0]!;
  }

  private checkedSize(size: number): void {
    const held = this.size();
    if (!Number.isSafeInteger(size) || size < 0 || size > held)
      throw new RangeError(`The tree holds ${held} leaves, so it has no size ${size}`);
  }

  rootAt(size: number): Hash {
    this.checkedSize(size);
    return rootHash(size, this.node);
  }

  inclusionProof(index: number, size: number): Hash[] {
    this.checkedSize(size);
    return inclusionProof(index, size, this.node);
  }

  consistencyProof(size1: number, size2: number): Hash[] {
    this.checkedSize(size2);
    return consistencyProof(size1, size2, this.node);
  }

  leaf(index: number): TreeLeaf | undefined {
    const row = this.statements.leaf.get(index) as LeafRow | undefined;
    return row && toLeaf({ ...row, leaf_index: Number(row.leaf_index) });
  }

  /** The leaf at a log position, by binary search (leaves are in log order). */
  private leafAtPosition(position: bigint): TreeLeaf | undefined {
    let [low, high] = [0, this.size() - 1];
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const at = this.statements.leafPosition.get(middle) as bigint;
      if (at === position) return this.leaf(middle);
      if (at < position) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  leafOfEvent(eventId: string): TreeLeaf | undefined {
    const position = this.source.positionOf?.(eventId);
    const found = position === undefined ? undefined : this.leafAtPosition(position);
    if (found?.eventId === eventId) return found;
    // Not where the log holds it now (moved, or found by the index beside EventStoreDB).
    const row = this.statements.leafOfEvent.get(eventId) as LeafRow | undefined;
    return row && toLeaf({ ...row, leaf_index: Number(row.leaf_index) });
  }

  leaves(fromIndex: number, count: number): TreeLeaf[] {
    return (this.statements.leaves.all(fromIndex, count) as LeafRow[]).map((row) =>
      toLeaf({ ...row, leaf_index: Number(row.leaf_index) }),
    );
  }

  auditedEvents(after: bigint | undefined, count: number): Promise<AuditedEvent[]> {
    return this.source.read(after, count);
  }

  /** The frontier of the tree as stored now: from memory when no other writer has grown it. */
  private currentFrontier(size: number): Hash[] {
    if (this.pending?.size === size) return this.pending.hashes;
    if (this.frontier?.size === size) return this.frontier.hashes;
    return frontierOf(size).map(({ level, index }) => this.node(level, index));
  }

  /**
   * Adds the leaves of these events, which must follow the tree's last leaf in the log. Call it
   * inside a transaction: the embedded store does, with the append that wrote them.
   */
  appendEntries(events: readonly EntrySource[]): void {
    this.appendAt(
      this.last().size,
      events.map((source) => ({ source, seed: this.source.newSeed() })),
    );
  }

  /** How many of this process's events wait for their leaves (see the top). */
  get waitingEvents(): number {
    return this.waiting.committedCount;
  }

  /** Whether this store's new events go to the leaf-hashing worker (see leafHashing.ts). */
  get handsToWorker(): boolean {
    return this.waiting.handsToWorker;
  }

  /** How many leaves a worker thread has hashed for this store (see leafHashing.ts). */
  get hashedByWorker(): number {
    return this.waiting.hashedByWorker;
  }

  /**
   * Events a same-file log has just stored, in the append's transaction: their leaves wait in memory
   * until LEAVES_PER_WRITE events wait, and are then written in this transaction (see the top).
   */
  appendStored(events: readonly (EntrySource & StoredEntryText)[]): void {
    if (this.waiting.add(events) >= LEAVES_PER_WRITE) this.writeWaiting(false);
  }

  /**
   * Writes the leaves of the waiting events (all, or those whose hashes are back), in the caller's
   * transaction. One read of the tree's last leaf: when it sits right before the first waiting event
   * and they follow one another, the tree holds every earlier event and their leaves follow it;
   * otherwise (another process or an older version wrote between them, or the positions have a
   * gap) the tree catches up from the log.
   */
  private writeWaiting(all: boolean): void {
    const leaves = this.waiting.list();
    if (leaves.length === 0) return this.waiting.settle([]);
    const { size, position } = this.last();
    const first = (position ?? 0n) + 1n;
    if (!leaves.every((leaf, i) => leaf.source.position === first + BigInt(i))) {
      this.waiting.giveUp(leaves);
      this.waiting.settle([]);
      if (!all) this.catchUpNow();
      return;
    }
    const count = all ? leaves.length : this.waiting.writable(leaves);
    this.appendAt(size, leaves.slice(0, count));
    this.waiting.settle(leaves.slice(count));
  }

  private appendAt(size: number, leaves: readonly WaitingLeaf[]): void {
    if (leaves.length === 0) return;
    const hashes = leaves.map((leaf) => this.waiting.hashOf(leaf));
    const grown = appendLeaves(size, this.currentFrontier(size), hashes);
    leaves.forEach(({ source, seed }, i) =>
      this.statements.insertLeaf.run(size + i, source.position, source.eventId, seed, hashes[i]),
    );
    for (const node of grown.completed)
      if (node.level >= STORED_FROM_LEVEL) this.statements.insertNode.run(node.level, node.index, node.hash);
    this.pending = { size: size + leaves.length, hashes: grown.frontier };
  }

  /** The transaction that appended leaves has committed: their frontier can be kept. */
  committed(): void {
    if (this.pending) this.frontier = this.pending;
    this.pending = undefined;
    this.waiting.committed();
  }

  /** It failed: what it wrote is not there, so nothing of it is kept (the events before it still wait). */
  rolledBack(): void {
    [this.pending, this.frontier] = [undefined, undefined];
    this.waiting.rolledBack();
  }

  /** Leaves for the events of a same-file log that the tree does not hold yet, in this transaction. */
  catchUpNow(): number {
    const readNow = this.source.readNow;
    if (!readNow) throw new Error('This log cannot be read at once: use catchUp()');
    const from = this.size();
    this.writeWaiting(true);
    for (;;) {
      const events = readNow(this.lastPosition(), BATCH);
      this.appendEntries(events.map(readableSource));
      if (events.length < BATCH) return this.size() - from;
    }
  }

  /** Adds the leaves of every event appended since the tree's last leaf. One catch-up at a time. */
  catchUp(): Promise<number> {
    const run = async (): Promise<number> => {
      if (this.source.readNow) {
        const added = this.db.transaction(() => this.catchUpNow()).immediate();
        this.committed();
        return added;
      }
      let added = 0;
      for (;;) {
        const events = await this.source.read(this.lastPosition(), BATCH);
        this.db.transaction(() => this.appendEntries(events.map(readableSource))).immediate();
        this.committed();
        added += events.length;
        if (events.length < BATCH) return added;
      }
    };
    this.catchingUp = this.catchingUp.then(run, run);
    return this.catchingUp;
  }

  /** Recomputes every leaf from the log and its salts, and every subtree from the leaves. */
  async rebuild(): Promise<void> {
    await this.catchUp();
    this.frontier = undefined;
    let size = 0;
    let frontier: Hash[] = [];
    let after: bigint | undefined;
    for (;;) {
      const events = await this.source.read(after, BATCH);
      const leaves = this.leaves(size, events.length);
      const hashes = events.map((event, i) => {
        const source = readableSource(event);
        if (leaves[i]?.eventId !== source.eventId)
          throw new Error(
            `The log no longer holds the tree's event ${leaves[i]?.eventId ?? '(none)'} at leaf ${size + i}: run ledger verify`,
          );
        return leafHashOf(source, leaves[i]!.salting);
      });
      const grown = appendLeaves(size, frontier, hashes);
      this.db.transaction(() => {
        if (size === 0) this.db.prepare('DELETE FROM merkle_nodes').run();
        leaves.forEach((leaf, i) => this.statements.setLeafHash.run(hashes[i], leaf.index));
        for (const node of grown.completed)
          if (node.level >= STORED_FROM_LEVEL)
            this.statements.insertNode.run(node.level, node.index, node.hash);
      })();
      [size, frontier, after] = [
        size + events.length,
        grown.frontier,
        events.at(-1) && positionOf(events.at(-1)!),
      ];
      if (events.length < BATCH) return;
    }
  }

  addHead(head: SignedTreeHead): void {
    this.statements.addHead.run(head.treeSize, JSON.stringify(head));
  }

  latestHead(): SignedTreeHead | undefined {
    const body = this.statements.latestHead.get() as string | undefined;
    return body === undefined ? undefined : (JSON.parse(body) as SignedTreeHead);
  }

  headAt(treeSize: number): SignedTreeHead | undefined {
    const body = this.statements.headAt.get(treeSize) as string | undefined;
    return body === undefined ? undefined : (JSON.parse(body) as SignedTreeHead);
  }

  heads(): SignedTreeHead[] {
    return (this.statements.heads.all() as string[]).map((body) => JSON.parse(body) as SignedTreeHead);
  }

  get redactionRefusal(): string | undefined {
    return this.source.redactionRefusal;
  }

  async redact(redaction: Redaction): Promise<void> {
    if (!this.source.redact) throw new Error(this.source.redactionRefusal ?? 'This store cannot redact');
    this.source.redact(this.db, redaction);
  }

  /** This tree no longer hands leaves to a worker (see leafHashing.ts). */
  stopHashing(): void {
    this.waiting.stop();
  }

  close(): void {
    // The database belongs to whoever opened it (the event store, or the EventStoreDB audit file).
    this.stopHashing();
  }
}
