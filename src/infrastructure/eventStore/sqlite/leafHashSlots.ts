/**
 * The shared memory between an appending thread and its leaf-hashing worker (leafHashWorker.ts):
 * a ring of SLOTS slots, each holding one new event as stored (its fields as UTF-8 text), the
 * 32-byte seed of its salts and, once hashed, its leaf hash. A slot's state moves
 *
 *   FREE → SUBMITTED (the appending thread wrote an event) → DONE (the worker wrote its hash)
 *        → FREE (the appending thread took the hash);
 *   SUBMITTED → ABANDONED (the appending thread no longer wants it) → FREE (the worker saw it).
 *
 * Only the appending thread writes a FREE slot's bytes, and only the worker writes a SUBMITTED
 * slot's hash, so neither reads bytes the other is writing. States change with Atomics, which
 * orders the plain writes before them. Jobs are numbered; job n always uses slot n % SLOTS, and
 * both sides go through the numbers in order.
 */
import type { EntrySource } from '../../../domain/audit/leafEntry';

export const SLOTS = 128;
/** An event whose stored text needs more room than this is hashed on the appending thread. */
export const SLOT_BYTES = 16 * 1024;

export const FREE = 0;
export const SUBMITTED = 1;
export const DONE = 2;
export const ABANDONED = 3;

/**
 * Int32 cells before the slots: [0] is set to 1 when the worker should stop; [1] is the doorbell,
 * rung (counted up) to wake the worker; then one state per slot.
 */
const CLOSING = 0;
const DOORBELL = 1;
const HEADER_CELLS = 2;
const HEADER_BYTES = 4 * (HEADER_CELLS + SLOTS);

const HASH_AT = 0;
const SEED_AT = 32;
const LENGTHS_AT = 64;
const FIELDS = 8;
const TEXT_AT = LENGTHS_AT + 4 * FIELDS;

export interface LeafHashMemory {
  readonly shared: SharedArrayBuffer;
  /** [0] closing, [1] the doorbell, then each slot's state. */
  readonly cells: Int32Array;
  readonly bytes: Buffer;
}

export const newLeafHashMemory = (): SharedArrayBuffer =>
  new SharedArrayBuffer(HEADER_BYTES + SLOTS * SLOT_BYTES);

export const leafHashMemory = (shared: SharedArrayBuffer): LeafHashMemory => ({
  shared,
  cells: new Int32Array(shared, 0, HEADER_CELLS + SLOTS),
  bytes: Buffer.from(shared),
});

export const stateCell = (slot: number): number => HEADER_CELLS + slot;
const slotStart = (slot: number): number => HEADER_BYTES + slot * SLOT_BYTES;

export const isClosing = (memory: LeafHashMemory): boolean => Atomics.load(memory.cells, CLOSING) === 1;

/** Wakes the worker if it sleeps: there are jobs, or a slot it waits for is free. */
export const ring = (memory: LeafHashMemory): void => {
  Atomics.add(memory.cells, DOORBELL, 1);
  Atomics.notify(memory.cells, DOORBELL);
};

/** The doorbell's count, read before looking for work, so a ring after the look is not missed. */
export const doorbell = (memory: LeafHashMemory): number => Atomics.load(memory.cells, DOORBELL);

/** Sleeps until the doorbell is rung past `seen` (at once if it already was), or `ms` pass. */
export const sleepUntilRung = (memory: LeafHashMemory, seen: number, ms: number): void =>
  void Atomics.wait(memory.cells, DOORBELL, seen, ms);

/** Tells the worker to stop, waking it. */
export const close = (memory: LeafHashMemory): void => {
  Atomics.store(memory.cells, CLOSING, 1);
  ring(memory);
};

/** An event's fields as the worker needs them, the data and metadata as the JSON text stored. */
export type StoredEntryText = Omit<EntrySource, 'data' | 'metadata'> & {
  readonly metadataText: string;
  readonly dataText: string;
};

const fieldsOf = (entry: StoredEntryText): string[] => [
  `${entry.position}`,
  entry.eventId,
  entry.streamName,
  `${entry.streamRevision}`,
  entry.type,
  entry.recordedAt,
  entry.metadataText,
  entry.dataText,
];

/** Writes an event and its seed into a free slot; false when they do not fit (then nothing counts). */
export const writeJob = (
  memory: LeafHashMemory,
  slot: number,
  entry: StoredEntryText,
  seed: Buffer,
): boolean => {
  const fields = fieldsOf(entry);
  const start = slotStart(slot);
  // A UTF-16 code unit takes at most 3 bytes of UTF-8.
  if (TEXT_AT + fields.reduce((room, field) => room + field.length * 3, 0) > SLOT_BYTES) return false;
  seed.copy(memory.bytes, start + SEED_AT);
  let at = start + TEXT_AT;
  fields.forEach((field, i) => {
    const written = memory.bytes.write(field, at, 'utf8');
    memory.bytes.writeInt32LE(written, start + LENGTHS_AT + 4 * i);
    at += written;
  });
  return true;
};

/** The worker's view of a slot's job: the entry (data parsed) and its seed. */
export const readJob = (memory: LeafHashMemory, slot: number): { entry: EntrySource; seed: Buffer } => {
  const start = slotStart(slot);
  let at = start + TEXT_AT;
  const fields = Array.from({ length: FIELDS }, (_, i) => {
    const length = memory.bytes.readInt32LE(start + LENGTHS_AT + 4 * i);
    const text = memory.bytes.toString('utf8', at, at + length);
    at += length;
    return text;
  });
  const [position, eventId, streamName, streamRevision, type, recordedAt, metadata, data] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    entry: {
      position: BigInt(position),
      eventId,
      streamName,
      streamRevision: BigInt(streamRevision),
      type,
      recordedAt,
      metadata: JSON.parse(metadata) as EntrySource['metadata'],
      data: JSON.parse(data) as EntrySource['data'],
    },
    seed: Buffer.from(memory.bytes.subarray(start + SEED_AT, start + SEED_AT + 32)),
  };
};

export const writeHash = (memory: LeafHashMemory, slot: number, hash: Buffer): void => {
  hash.copy(memory.bytes, slotStart(slot) + HASH_AT);
};

export const readHash = (memory: LeafHashMemory, slot: number): Buffer =>
  Buffer.from(memory.bytes.subarray(slotStart(slot) + HASH_AT, slotStart(slot) + HASH_AT + 32));
