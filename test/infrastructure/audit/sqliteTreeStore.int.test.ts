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
});
