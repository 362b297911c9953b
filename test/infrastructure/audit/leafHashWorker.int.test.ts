/**
 * New events' leaves hashed on a worker thread (leafHashing.ts): the worker's hash is the one the
 * appending thread would make, a job not back is hashed on the appending thread, the ring of slots
 * is reused once its jobs are taken or given up, and a ledger whose leaves the worker hashed checks
 * event by event against its log.
 */
import Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { leafHashOf, seededLeafHash } from '../../../src/domain/audit/leafEntry';
import {
  entryOfRow,
  NewEntry,
  type StoredRow,
} from '../../../src/infrastructure/eventStore/sqlite/eventRows';
import { LeafHashing } from '../../../src/infrastructure/eventStore/sqlite/leafHashing';
import { SLOTS } from '../../../src/infrastructure/eventStore/sqlite/leafHashSlots';
import { encodePayload } from '../../../src/infrastructure/eventStore/payloadCodec';
import { tempSqliteStore } from '../../support/tempStore';

jest.setTimeout(60_000);

const entry = (data: Record<string, unknown>, position = 7n) =>
  new NewEntry(
    {
      id: randomUUID(),
      type: 'SmallChangeProposed',
      data: encodePayload(data),
      metadata: encodePayload({
        actorId: 'actor-1',
        occurredAt: '2025-02-03T09:00:00.000Z',
        schemaVersion: 1,
      }),
    },
    'smallChange-1',
    3n,
    position,
    '2025-02-03T09:00:01.000Z',
  );

/**
 * Wakes the worker for what was handed over, then waits (polling, up to 30 s: the worker starts
 * under ts-node here) until the job's hash is back.
 */
const doneSoon = async (hashing: LeafHashing, job: number) => {
  hashing.ring(true);
  for (let waited = 0; waited < 30_000 && !hashing.isDone(job); waited += 10) await sleep(10);
  return hashing.isDone(job);
};

describe('leaf hashing on a worker thread', () => {
  let hashing: LeafHashing;
  beforeEach(() => (hashing = new LeafHashing()));
  afterEach(() => hashing.stop());

  it.each([
    ['plain text', { title: 'Shorter visit notes' }],
    ['text beyond ASCII, a line separator and an emoji', { title: 'Équipe\u2028visites 🙂', note: 'naïve' }],
    ['nested objects, arrays and a bigint', { plan: { steps: ['a', 'b'], weeks: 12n }, tags: [] }],
    ['no fields at all', {}],
  ])('hashes an event with %s exactly as the appending thread does', async (_, data) => {
    const event = entry(data);
    const seed = randomBytes(32);
    const job = hashing.submit(event, seed)!;
    expect(await doneSoon(hashing, job)).toBe(true);
    expect(hashing.take(job)!.toString('hex')).toBe(seededLeafHash(event, seed).toString('hex'));
    expect(hashing.hashedByWorker).toBe(1);
  });

  it('leaves an event too large for a slot to the appending thread', () => {
    expect(hashing.submit(entry({ text: 'x'.repeat(6_000) }), randomBytes(32))).toBeUndefined();
    expect(hashing.submit(entry({ text: 'x'.repeat(5_000) }), randomBytes(32))).toBe(0);
  });

  it('takes no more jobs than it has slots until one is taken, then numbers the next one on', async () => {
    const jobs = Array.from({ length: SLOTS + 3 }, (_, i) =>
      hashing.submit(entry({ i }, BigInt(i + 1)), randomBytes(32)),
    );
    expect(jobs.slice(0, SLOTS)).toEqual(Array.from({ length: SLOTS }, (_, i) => i));
    expect(jobs.slice(SLOTS)).toEqual([undefined, undefined, undefined]);
    expect(await doneSoon(hashing, 0)).toBe(true);
    expect(hashing.take(0)).toHaveLength(32);
    expect(hashing.submit(entry({ again: true }), randomBytes(32))).toBe(SLOTS);
  });

  it('gives nothing back for a job given up, and frees its slot once the worker passes it', async () => {
    const first = hashing.submit(entry({ n: 1 }), randomBytes(32))!;
    hashing.giveUp(first);
    expect(hashing.isDone(first)).toBe(false);
    expect(hashing.take(first)).toBeUndefined();
    const rest = Array.from({ length: SLOTS - 1 }, () => hashing.submit(entry({ n: 2 }), randomBytes(32)));
    expect(rest.every((job) => job !== undefined)).toBe(true);
    expect(await doneSoon(hashing, rest.at(-1)!)).toBe(true);
    // The given-up job's slot is free again: the ring takes job SLOTS into it.
    expect(hashing.submit(entry({ n: 3 }), randomBytes(32))).toBe(SLOTS);
    expect(hashing.hashedByWorker).toBe(0);
  });

  it('takes no jobs once stopped, and what it had not handed back is the appending thread’s to hash', async () => {
    // Stopped before the worker has even started (it takes a few hundred milliseconds under ts-node).
    const job = hashing.submit(entry({ n: 1 }), randomBytes(32))!;
    await hashing.stop();
    expect(hashing.submit(entry({ n: 2 }), randomBytes(32))).toBeUndefined();
    expect(hashing.isDone(job)).toBe(false);
    expect(hashing.take(job)).toBeUndefined();
  });
});

describe('a ledger whose leaves a worker thread hashed', () => {
  it('hashes on the worker once the store has appended the set number of events, and every leaf checks against the log', async () => {
    const temp = tempSqliteStore({ hashOnWorkerAfter: 20 });
    let appended = 0;
    const appendTen = async () => {
      const events = Array.from({ length: 10 }, () => ({
        id: randomUUID(),
        type: 'SmallChangeProposed',
        data: { title: `Change ${(appended += 1)}`, barrierIds: [randomUUID()] },
        metadata: { actorId: 'actor-1', occurredAt: '2025-02-03T09:00:00.000Z' },
      }));
      await temp.store.appendToStream(`smallChange-${appended}`, events, 'any');
    };
    await appendTen();
    expect(temp.store.tree!.handsToWorker).toBe(false);
    expect(temp.store.tree!.hashedByWorker).toBe(0);
    await appendTen();
    expect(temp.store.tree!.handsToWorker).toBe(true);
    for (let round = 0; round < 3_000 && temp.store.tree!.hashedByWorker < 100; round += 1) {
      await appendTen();
      await sleep(2);
    }
    expect(temp.store.tree!.hashedByWorker).toBeGreaterThanOrEqual(100);
    await temp.store.close();

    const db = new Database(temp.path, { readonly: true });
    const rows = db.prepare('SELECT * FROM events ORDER BY position').safeIntegers(true).all() as StoredRow[];
    db.close();
    const reopened = temp.open();
    const leaves = reopened.tree!.leaves(0, rows.length + 1);
    expect(leaves).toHaveLength(appended);
    leaves.forEach((leaf, i) => {
      expect(leaf.position).toBe(rows[i]!.position);
      expect(leaf.hash.toString('hex')).toBe(leafHashOf(entryOfRow(rows[i]!), leaf.salting).toString('hex'));
    });
    await temp.dispose();
  });
});
