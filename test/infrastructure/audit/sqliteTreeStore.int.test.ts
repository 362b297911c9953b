/**
 * The tree kept in SQLite gives the roots and proofs of RFC 6962 at every size, whether its
 * subtrees are stored (16 leaves and more) or hashed from their leaves when asked, and after a
 * rebuild from the log and the salts.
 */
import { randomUUID } from 'node:crypto';
import {
  hashChildren,
  rootHash,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from '../../../src/domain/audit/merkle';
import { leafHashOf } from '../../../src/domain/audit/leafEntry';
import { SqliteEventStore } from '../../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { entryOfRow, type StoredRow } from '../../../src/infrastructure/eventStore/sqlite/eventRows';
import Database from 'better-sqlite3';
import { RevisionConflictError } from '../../../src/application/ports/eventStoreErrors';
import { tempSqliteStore } from '../../support/tempStore';

const EVENTS = 70;

/** MTH over leaf hashes, straight from RFC 6962's definition (no stored subtree involved). */
const mth = (leaves: readonly Hash[]): Hash => {
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return hashChildren(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
};

describe('the Merkle tree kept in the ledger file', () => {
  it('gives RFC 6962 roots and proofs that verify at every size, before and after a rebuild', async () => {
    const temp = tempSqliteStore();
    for (let n = 0; n < EVENTS; n += 1)
      await temp.store.appendToStream(
        `smallChange-${n % 7}`,
        [{ id: randomUUID(), type: 'SmallChangeProposed', data: { n, title: `Change ${n}` }, metadata: {} }],
        'any',
      );
    const tree = temp.store.tree!;
    await tree.catchUp();
    const leaves = tree.leaves(0, EVENTS).map((leaf) => leaf.hash);
    const check = () => {
      for (let size = 1; size <= EVENTS; size += 1) {
        const root = tree.rootAt(size);
        expect([size, root.toString('hex')]).toEqual([size, mth(leaves.slice(0, size)).toString('hex')]);
        expect(rootHash(size, tree.node)).toEqual(root);
        for (const index of [0, size - 1, Math.floor(size / 2)])
          expect(verifyInclusion(index, size, leaves[index]!, tree.inclusionProof(index, size), root)).toBe(
            true,
          );
        expect(
          verifyConsistency(size, EVENTS, root, tree.rootAt(EVENTS), tree.consistencyProof(size, EVENTS)),
        ).toBe(true);
      }
    };
    check();
    await tree.rebuild();
    expect(tree.leaves(0, EVENTS).map((leaf) => leaf.hash)).toEqual(leaves);
    check();
    await temp.dispose();
  });

  it('takes in events another writer appended without a tree before the leaves of its own append', async () => {
    const temp = tempSqliteStore();
    const event = (title: string) => ({
      id: randomUUID(),
      type: 'SmallChangeProposed',
      data: { title },
      metadata: {},
    });
    await temp.store.appendToStream('smallChange-a', [event('first')], 'any');
    // A version that kept no tree writes to the same file while this store is open.
    const treeless = new SqliteEventStore({ path: temp.path, merkleTree: false });
    await treeless.appendToStream('smallChange-b', [event('second'), event('third')], 'any');
    await treeless.close();
    await temp.store.appendToStream('smallChange-a', [event('fourth')], 'any');

    const tree = temp.store.tree!;
    await tree.catchUp();
    const db = new Database(temp.path, { readonly: true });
    const rows = db.prepare('SELECT * FROM events ORDER BY position').safeIntegers(true).all() as StoredRow[];
    db.close();
    const leaves = tree.leaves(0, 10);
    expect(leaves.map((leaf) => [leaf.index, leaf.position, leaf.eventId])).toEqual(
      rows.map((row, i) => [i, row.position, row.event_id]),
    );
    expect(rows.map((row) => JSON.parse(row.data).title)).toEqual(['first', 'second', 'third', 'fourth']);
    for (const [i, leaf] of leaves.entries())
      expect(leaf.hash).toEqual(leafHashOf(entryOfRow(rows[i]!), leaf.salting));
    await temp.dispose();
  });

  describe('leaves written behind the log, 32 events at a time', () => {
    const proposal = (n: number) => ({
      id: randomUUID(),
      type: 'SmallChangeProposed',
      data: { title: `Change ${n}` },
      metadata: {},
    });
    /** What another reader of the file sees: events in the log, leaves in the tree. */
    const inFile = (path: string) => {
      const db = new Database(path, { readonly: true });
      const counts = [
        db.prepare('SELECT COUNT(*) FROM events').pluck().get(),
        db.prepare('SELECT COUNT(*) FROM merkle_leaves').pluck().get(),
      ];
      db.close();
      return counts;
    };
    const appendEach = async (store: SqliteEventStore, from: number, to: number) => {
      for (let n = from; n <= to; n += 1)
        await store.appendToStream(`smallChange-${n}`, [proposal(n)], 'any');
    };

    it('writes the leaves in the append that brings 32 events together, and the rest when the store closes', async () => {
      const temp = tempSqliteStore();
      await appendEach(temp.store, 1, 31);
      expect(inFile(temp.path)).toEqual([31, 0]);
      await appendEach(temp.store, 32, 32);
      expect(inFile(temp.path)).toEqual([32, 32]);
      await appendEach(temp.store, 33, 40);
      expect(inFile(temp.path)).toEqual([40, 32]);
      await temp.store.close();
      expect(inFile(temp.path)).toEqual([40, 40]);
      await temp.dispose();
    });

    it('takes in every waiting event when asked to catch up, and an append that failed adds none', async () => {
      const temp = tempSqliteStore();
      await appendEach(temp.store, 1, 3);
      await expect(temp.store.appendToStream('smallChange-1', [proposal(4)], 5n)).rejects.toThrow(
        RevisionConflictError,
      );
      expect(await temp.store.tree!.catchUp()).toBe(3);
      expect(inFile(temp.path)).toEqual([3, 3]);
      expect(temp.store.tree!.leaves(0, 10).map((leaf) => leaf.position)).toEqual([1n, 2n, 3n]);
      await temp.dispose();
    });

    it('leaves the events of a process that stopped without closing to the next opening, which takes them in', async () => {
      const temp = tempSqliteStore();
      await appendEach(temp.store, 1, 5);
      // The process ends here without closing its store: its five leaves were never written.
      expect(inFile(temp.path)).toEqual([5, 0]);
      const reopened = temp.open();
      expect(inFile(temp.path)).toEqual([5, 5]);
      const db = new Database(temp.path, { readonly: true });
      const rows = db
        .prepare('SELECT * FROM events ORDER BY position')
        .safeIntegers(true)
        .all() as StoredRow[];
      db.close();
      reopened
        .tree!.leaves(0, 10)
        .forEach((leaf, i) => expect(leaf.hash).toEqual(leafHashOf(entryOfRow(rows[i]!), leaf.salting)));
      await temp.dispose();
    });
  });
});
