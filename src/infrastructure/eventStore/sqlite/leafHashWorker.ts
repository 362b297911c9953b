/**
 * The leaf-hashing worker thread (see leafHashing.ts): hashes the leaves of the events an appending
 * thread hands it through shared memory, in the order they were handed over, until told to stop.
 */
import { workerData } from 'node:worker_threads';
import { seededLeafHash } from '../../../domain/audit/leafEntry';
import {
  ABANDONED,
  DONE,
  FREE,
  SLOTS,
  SUBMITTED,
  doorbell,
  isClosing,
  leafHashMemory,
  readJob,
  sleepUntilRung,
  stateCell,
  writeHash,
  type LeafHashMemory,
} from './leafHashSlots';

/** How long the worker sleeps before looking again when nothing wakes it (it always is rung). */
const NAP_MS = 1000;

/** Hashes one slot's event and hands the hash back, unless the appending thread gave it up meanwhile. */
const hashSlot = (memory: LeafHashMemory, slot: number): void => {
  const cell = stateCell(slot);
  let hash: Buffer | undefined;
  try {
    const { entry, seed } = readJob(memory, slot);
    hash = seededLeafHash(entry, seed);
  } catch {
    // Not hashable here (it never happens with text the store wrote): the appending thread hashes it.
  }
  if (hash) writeHash(memory, slot, hash);
  // Given up meanwhile (ABANDONED), or not hashed here: the slot is free again either way.
  if (!hash || Atomics.compareExchange(memory.cells, cell, SUBMITTED, DONE) !== SUBMITTED)
    Atomics.store(memory.cells, cell, FREE);
};

export const hashLeavesUntilClosed = (memory: LeafHashMemory): void => {
  let job = 0;
  while (!isClosing(memory)) {
    const rung = doorbell(memory);
    const slot = job % SLOTS;
    const cell = stateCell(slot);
    const state = Atomics.load(memory.cells, cell);
    if (state === SUBMITTED) {
      hashSlot(memory, slot);
      job += 1;
    } else if (state === ABANDONED) {
      Atomics.store(memory.cells, cell, FREE);
      job += 1;
    } else sleepUntilRung(memory, rung, NAP_MS);
  }
};

hashLeavesUntilClosed(leafHashMemory((workerData as { shared: SharedArrayBuffer }).shared));
