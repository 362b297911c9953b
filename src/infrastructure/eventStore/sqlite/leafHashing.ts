/**
 * Hashing new events' leaves on a worker thread while the appending thread goes on (Trillian's
 * sequencer, likewise, is a process of its own). The appending thread hands each new event to the
 * worker through shared memory (leafHashSlots.ts: no message, no copy of objects, no wake-up
 * unless the worker sleeps) and takes its hash back when it writes the leaves. Nothing waits on the
 * worker: a hash not back yet, an event too large for a slot, a full ring or a worker that failed
 * to start or stopped all mean the appending thread hashes that event itself, so the tree is the
 * same either way and never behind because of the worker.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Hash } from '../../../domain/audit/merkle';
import {
  ABANDONED,
  DONE,
  FREE,
  SLOTS,
  SUBMITTED,
  close,
  leafHashMemory,
  newLeafHashMemory,
  readHash,
  ring,
  stateCell,
  writeJob,
  type LeafHashMemory,
  type StoredEntryText,
} from './leafHashSlots';

/** The worker's script: the compiled file beside this one, or under ts-node (tests, benches) the source. */
const workerScript = (): { script: string; eval: boolean } => {
  const file = join(__dirname, `leafHashWorker${extname(__filename)}`);
  if (extname(__filename) !== '.ts') return { script: file, eval: false };
  const tsNode = require.resolve('ts-node');
  return {
    script: `require(${JSON.stringify(tsNode)}).register({ transpileOnly: true }); require(${JSON.stringify(file)});`,
    eval: true,
  };
};

const RING_EVERY = 8;

export class LeafHashing {
  private readonly memory: LeafHashMemory;
  private readonly worker: Worker;
  /** The job each slot holds for this thread, or -1: a slot is reused only once its job is taken or given up. */
  private readonly owners: number[] = new Array<number>(SLOTS).fill(-1);
  private nextJob = 0;
  private unrung = 0;
  private running = true;
  /** How many hashes came back from the worker (for tests and benches). */
  hashedByWorker = 0;

  constructor() {
    this.memory = leafHashMemory(newLeafHashMemory());
    const { script, eval: isCode } = workerScript();
    this.worker = new Worker(script, { eval: isCode, workerData: { shared: this.memory.shared } });
    this.worker.unref();
    // A worker that fails or stops leaves every event to the appending thread.
    this.worker.on('error', () => void (this.running = false));
    this.worker.on('exit', () => void (this.running = false));
  }

  get isRunning(): boolean {
    return this.running;
  }

  private state(slot: number): number {
    return Atomics.load(this.memory.cells, stateCell(slot));
  }

  /** Hands an event to the worker: its job number, or undefined when the appending thread must hash it. */
  submit(entry: StoredEntryText, seed: Buffer): number | undefined {
    const job = this.nextJob;
    const slot = job % SLOTS;
    if (!this.running || this.owners[slot] !== -1 || this.state(slot) !== FREE) return undefined;
    if (!writeJob(this.memory, slot, entry, seed)) return undefined;
    this.owners[slot] = job;
    this.nextJob += 1;
    Atomics.store(this.memory.cells, stateCell(slot), SUBMITTED);
    this.unrung += 1;
    return job;
  }

  /**
   * Wakes the worker for the jobs handed over since it was last woken: once RING_EVERY of them
   * wait, or now when `now` is set (a waking costs a system call and a thread switch, so single
   * events are handed over a few at a time).
   */
  ring(now = false): void {
    if (this.unrung === 0 || (!now && this.unrung < RING_EVERY)) return;
    this.unrung = 0;
    ring(this.memory);
  }

  /** Whether the job's hash is back. */
  isDone(job: number): boolean {
    const slot = job % SLOTS;
    return this.owners[slot] === job && this.state(slot) === DONE;
  }

  /** The job's hash if it is back (the job is over either way: undefined means hash it here). */
  take(job: number): Hash | undefined {
    const slot = job % SLOTS;
    if (this.owners[slot] !== job) return undefined;
    if (this.state(slot) !== DONE) {
      this.giveUp(job);
      return undefined;
    }
    const hash = readHash(this.memory, slot);
    this.release(slot);
    this.hashedByWorker += 1;
    return hash;
  }

  /** The job is no longer wanted (its append rolled back, or its hash is made here). */
  giveUp(job: number): void {
    const slot = job % SLOTS;
    if (this.owners[slot] !== job) return;
    const cell = stateCell(slot);
    // Not started or still hashing: the worker frees the slot when it gets there.
    if (Atomics.compareExchange(this.memory.cells, cell, SUBMITTED, ABANDONED) === SUBMITTED)
      this.owners[slot] = -1;
    else this.release(slot);
  }

  private release(slot: number): void {
    this.owners[slot] = -1;
    const cell = stateCell(slot);
    if (Atomics.load(this.memory.cells, cell) === DONE) Atomics.store(this.memory.cells, cell, FREE);
  }

  /** Stops the worker; what it had not handed back is hashed here by whoever still wants it. */
  async stop(): Promise<void> {
    this.running = false;
    close(this.memory);
    await this.worker.terminate();
  }
}

/**
 * One worker serves every store of a process (jobs are numbered across them, and each store takes
 * and gives up only its own). It stops a few seconds after the last store using it is done, so a
 * store opened meanwhile (a test's next ledger, a bench's next round) finds it started.
 */
let shared: { hashing: LeafHashing; users: number; lingering?: NodeJS.Timeout } | undefined;
const LINGER_MS = 5_000;

export const useLeafHashing = (): LeafHashing => {
  if (!shared?.hashing.isRunning) shared = { hashing: new LeafHashing(), users: 0 };
  clearTimeout(shared.lingering);
  shared.users += 1;
  return shared.hashing;
};

export const doneWithLeafHashing = (hashing: LeafHashing): void => {
  if (shared?.hashing !== hashing) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  const ending = shared;
  ending.lingering = setTimeout(() => {
    if (shared === ending) shared = undefined;
    void ending.hashing.stop();
  }, LINGER_MS).unref();
};
