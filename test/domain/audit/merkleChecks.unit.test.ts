/**
 * The Merkle tree's argument checks and edge cases: which leaves and sizes a proof can be asked
 * for (and the exact refusal otherwise), which sizes, roots and proof elements a verifier accepts,
 * and forged proofs that only a complete check refuses. Every expected hash is computed here a
 * second time with node:crypto per RFC 6962: leaf = SHA-256(0x00 ‖ data), node = SHA-256(0x01 ‖ l ‖ r).
 */
import { createHash } from 'node:crypto';
import {
  ProofRangeError,
  consistencyProof,
  frontierOf,
  inclusionProof,
  sha256 as ledgerSha256,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from '../../../src/domain/audit/merkle';

const sha256 = (...parts: Buffer[]): Buffer => createHash('sha256').update(Buffer.concat(parts)).digest();
const leaf = (data: string) => sha256(Buffer.from([0]), Buffer.from(data));
const node = (left: Buffer, right: Buffer) => sha256(Buffer.from([1]), left, right);

/** A tree of four leaves a, b, c, d, and the root of its first three. */
const [l0, l1, l2, l3] = ['a', 'b', 'c', 'd'].map(leaf) as [Buffer, Buffer, Buffer, Buffer];
const n01 = node(l0, l1);
const n23 = node(l2, l3);
const root3 = node(n01, l2);
const root4 = node(n01, n23);

const stored = new Map<string, Hash>([
  ['0:0', l0],
  ['0:1', l1],
  ['0:2', l2],
  ['0:3', l3],
  ['1:0', n01],
  ['1:1', n23],
  ['2:0', root4],
]);
const nodes = (level: number, index: number): Hash => {
  const found = stored.get(`${level}:${index}`);
  if (!found) throw new Error(`no node ${level}:${index}`);
  return found;
};

/** What a call throws: whether it is a ProofRangeError, and its message. */
const failure = (run: () => unknown): [boolean, string] | 'no error' => {
  try {
    run();
  } catch (error) {
    return [error instanceof ProofRangeError, (error as Error).message];
  }
  return 'no error';
};

describe('the SHA-256 every leaf, node and commitment is made with', () => {
  it('gives the published digests of "abc" and of nothing, as 32 bytes', () => {
    expect(ledgerSha256('abc').toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(ledgerSha256(Buffer.alloc(0)).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('hashes text as UTF-8 and bytes above 0x7f as themselves', () => {
    expect(ledgerSha256('é').equals(sha256(Buffer.from([0xc3, 0xa9])))).toBe(true);
    const high = Buffer.from([0x00, 0x80, 0xff, 0xc3]);
    expect(ledgerSha256(high).equals(sha256(high))).toBe(true);
    expect(ledgerSha256(high)).toHaveLength(32);
  });
});

describe('inclusion proofs are built for the leaves of the tree only', () => {
  it('builds the proofs of the first and the last leaf', () => {
    expect(inclusionProof(0, 4, nodes)).toEqual([l1, n23]);
    expect(inclusionProof(3, 4, nodes)).toEqual([l2, n01]);
    expect(inclusionProof(0, 1, nodes)).toEqual([]);
  });

  it.each([
    [4, 4, 'Leaf 4 is not in a tree of 4 leaves'],
    [5, 4, 'Leaf 5 is not in a tree of 4 leaves'],
    [-1, 4, 'Leaf -1 is not in a tree of 4 leaves'],
    [0, 0, 'Leaf 0 is not in a tree of 0 leaves'],
    [0.5, 2, 'Leaf 0.5 is not in a tree of 2 leaves'],
    [0, 2.5, 'Leaf 0 is not in a tree of 2.5 leaves'],
  ])('refuses leaf %d of a tree of %d leaves', (index, size, message) => {
    expect(failure(() => inclusionProof(index, size, nodes))).toEqual([true, message]);
  });
});

describe('consistency proofs are built from a prefix only', () => {
  it('builds the proofs from one leaf and from three, and none from the empty or the same tree', () => {
    expect(consistencyProof(1, 4, nodes)).toEqual([l1, n23]);
    expect(consistencyProof(3, 4, nodes)).toEqual([l2, l3, n01]);
    expect(consistencyProof(0, 4, nodes)).toEqual([]);
    expect(consistencyProof(0, 0, nodes)).toEqual([]);
    expect(consistencyProof(4, 4, nodes)).toEqual([]);
  });

  it.each([
    [5, 4, 'A tree of 5 leaves cannot be a prefix of one of 4'],
    [4, 3, 'A tree of 4 leaves cannot be a prefix of one of 3'],
    [-1, 4, 'A tree of -1 leaves cannot be a prefix of one of 4'],
    [1.5, 4, 'A tree of 1.5 leaves cannot be a prefix of one of 4'],
    [1, 3.5, 'A tree of 1 leaves cannot be a prefix of one of 3.5'],
  ])('refuses a tree of %d leaves as a prefix of one of %d', (size1, size2, message) => {
    expect(failure(() => consistencyProof(size1, size2, nodes))).toEqual([true, message]);
  });
});

describe('inclusion verification refuses what cannot be a leaf of the tree', () => {
  it('accepts the honest proof of leaf 0 of two', () => {
    expect(verifyInclusion(0, 2, l0, [l1], n01)).toBe(true);
  });

  it('refuses an index that is not a whole number, even when the hashes would fold to the root', () => {
    expect(verifyInclusion(0.5, 2, l0, [l1], n01)).toBe(false);
  });

  it('refuses a negative index, even when the leaf is the root of a one-leaf tree', () => {
    expect(verifyInclusion(-1, 1, l0, [], l0)).toBe(false);
  });

  it('refuses a proof longer than the path to the root, even against the root it folds to', () => {
    const extra = leaf('x');
    expect(verifyInclusion(0, 1, l0, [extra], node(extra, l0))).toBe(false);
  });

  it('refuses a proof element that is not 32 bytes', () => {
    const short = Buffer.alloc(31, 7);
    expect(verifyInclusion(0, 2, l0, [short], node(l0, short))).toBe(false);
  });
});

describe('consistency verification refuses what cannot be a prefix', () => {
  it('accepts the honest proofs and an unchanged tree', () => {
    expect(verifyConsistency(3, 4, root3, root4, [l2, l3, n01])).toBe(true);
    expect(verifyConsistency(1, 3, l0, root3, [l1, l2])).toBe(true);
    expect(verifyConsistency(4, 4, root4, root4, [])).toBe(true);
  });

  it.each([
    ['a size that is not a whole number', 1.5, 1.5],
    ['a negative size', -1, -1],
    ['an unsafe size', 2 ** 53, 2 ** 53],
  ])('refuses %s, even for an unchanged tree with no proof', (_case, size1, size2) => {
    expect(verifyConsistency(size1, size2, root4, root4, [])).toBe(false);
  });

  it('refuses a negative first size when the second is a real size', () => {
    expect(verifyConsistency(-1, 1, l0, l0, [l0])).toBe(false);
  });

  it('refuses a first tree larger than the second', () => {
    expect(verifyConsistency(3, 1, l0, l0, [l0])).toBe(false);
  });

  it('refuses a first root that is not 32 bytes', () => {
    const short = Buffer.from('not a hash');
    expect(verifyConsistency(1, 2, short, node(short, l1), [l1])).toBe(false);
  });

  it('refuses a proof with one element that is not 32 bytes among good ones', () => {
    const short = Buffer.from([9]);
    expect(verifyConsistency(1, 3, l0, node(n01, short), [l1, short])).toBe(false);
  });

  it('refuses a proof that runs on past the larger root, even with both roots forged to match', () => {
    const extra = leaf('x');
    expect(verifyConsistency(3, 4, node(extra, root3), node(extra, root4), [l2, l3, n01, extra])).toBe(false);
  });
});

describe('the frontier of a tree', () => {
  it('is its perfect subtrees, largest first, one for each bit of the size', () => {
    expect(frontierOf(0)).toEqual([]);
    expect(frontierOf(1)).toEqual([{ level: 0, index: 0 }]);
    expect(frontierOf(4)).toEqual([{ level: 2, index: 0 }]);
    expect(frontierOf(7)).toEqual([
      { level: 2, index: 0 },
      { level: 1, index: 2 },
      { level: 0, index: 6 },
    ]);
  });
});
