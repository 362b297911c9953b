/**
 * Proofs hold for every size: each leaf's inclusion proof verifies in every tree that holds it, and
 * every smaller tree is proved consistent with every larger one; a proof bent in any way fails.
 */
import fc from 'fast-check';
import {
  appendLeaves,
  consistencyProof,
  hashLeaf,
  inclusionProof,
  rootHash,
  verifyConsistency,
  verifyInclusion,
  type Hash,
  type NodeReader,
} from '../../../src/domain/audit/merkle';
import { propertySize } from '../../support/propertyRuns';

const LEAVES = propertySize(300, 40);

/** A tree of LEAVES leaves kept as a store would keep it: every perfect subtree by level and index. */
const grow = () => {
  const nodes = new Map<string, Hash>();
  const leaves: Hash[] = [];
  let frontier: Hash[] = [];
  for (let i = 0; i < LEAVES; i += 1) {
    const leaf = hashLeaf(Buffer.from(`event ${i}`));
    leaves.push(leaf);
    const grown = appendLeaves(i, frontier, [leaf]);
    frontier = grown.frontier;
    for (const node of grown.completed) nodes.set(`${node.level}:${node.index}`, node.hash);
  }
  const node: NodeReader = (level, index) => {
    const found = nodes.get(`${level}:${index}`);
    if (!found) throw new Error(`no node ${level}:${index}`);
    return found;
  };
  return { leaves, node, roots: Array.from({ length: LEAVES + 1 }, (_, size) => rootHash(size, node)) };
};

const { leaves, node, roots } = grow();

const flipped = (proof: Hash[], element: number, bit: number): Hash[] =>
  proof.map((hash, i) => {
    if (i !== element) return hash;
    const copy = Buffer.from(hash);
    copy[bit >> 3]! ^= 1 << (bit & 7);
    return copy;
  });

describe(`proofs over every size up to ${LEAVES} leaves`, () => {
  it('proves every leaf in every tree that holds it', () => {
    let checked = 0;
    for (let size = 1; size <= LEAVES; size += 1)
      for (let index = 0; index < size; index += 1) {
        const proof = inclusionProof(index, size, node);
        if (!verifyInclusion(index, size, leaves[index]!, proof, roots[size]!))
          throw new Error(`leaf ${index} of ${size} does not verify`);
        checked += 1;
      }
    expect(checked).toBe((LEAVES * (LEAVES + 1)) / 2);
  });

  it('proves every tree consistent with every larger one', () => {
    let checked = 0;
    for (let size2 = 1; size2 <= LEAVES; size2 += 1)
      for (let size1 = 1; size1 <= size2; size1 += 1) {
        const proof = consistencyProof(size1, size2, node);
        if (!verifyConsistency(size1, size2, roots[size1]!, roots[size2]!, proof))
          throw new Error(`${size1} → ${size2} does not verify`);
        checked += 1;
      }
    expect(checked).toBe((LEAVES * (LEAVES + 1)) / 2);
  });

  const sizes = fc
    .tuple(fc.integer({ min: 1, max: LEAVES }), fc.integer({ min: 1, max: LEAVES }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

  it('refuses an inclusion proof with one bit changed, for another leaf, or against another root', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), fc.nat(255), ([index1, size], element, bit) => {
        const index = index1 - 1;
        const proof = inclusionProof(index, size, node);
        if (proof.length > 0)
          expect(
            verifyInclusion(
              index,
              size,
              leaves[index]!,
              flipped(proof, element % proof.length, bit),
              roots[size]!,
            ),
          ).toBe(false);
        const other = (index + 1) % size;
        if (other !== index)
          expect(verifyInclusion(other, size, leaves[other]!, proof, roots[size]!)).toBe(false);
        expect(
          verifyInclusion(index, size, leaves[index]!, proof, roots[size === LEAVES ? 1 : size + 1]!),
        ).toBe(false);
      }),
      { numRuns: propertySize(300, 50) },
    );
  });

  it('refuses a consistency proof with one bit changed or against another root', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), fc.nat(255), ([size1, size2], element, bit) => {
        fc.pre(size1 < size2);
        const proof = consistencyProof(size1, size2, node);
        expect(
          verifyConsistency(
            size1,
            size2,
            roots[size1]!,
            roots[size2]!,
            flipped(proof, element % proof.length, bit),
          ),
        ).toBe(false);
        expect(verifyConsistency(size1, size2, roots[size1 + 1]!, roots[size2]!, proof)).toBe(false);
        expect(verifyConsistency(size1, size2, roots[size1]!, roots[size2 - 1]!, proof)).toBe(false);
      }),
      { numRuns: propertySize(300, 50) },
    );
  });
});
