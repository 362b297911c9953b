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
});
