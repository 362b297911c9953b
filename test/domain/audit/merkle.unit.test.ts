/**
 * Known answers for the RFC 6962 Merkle tree, from the vectors transparency-dev/merkle publishes
 * (test/fixtures/rfc6962, each file naming its source): the hasher, every node and root of the
 * RFC's example tree, the proofs it publishes, and every valid and invalid probe it verifies.
 */
import probes from '../../fixtures/rfc6962/transparency-dev-merkle-probes.json';
import tree from '../../fixtures/rfc6962/transparency-dev-merkle-tree.json';
import {
  EMPTY_ROOT,
  appendLeaves,
  consistencyProof,
  hashChildren,
  hashLeaf,
  inclusionProof,
  rootHash,
  rootOfFrontier,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from '../../../src/domain/audit/merkle';

const hex = (value: string) => Buffer.from(value, 'hex');
const b64 = (value: string | null | undefined) => Buffer.from(value ?? '', 'base64');
const proofOf = (values: readonly string[] | null) => (values ?? []).map(b64);
const size = (value: number | string) => Number(value);

/** The example tree's perfect subtrees, as a store would hand them in. */
const exampleNodes = (level: number, index: number): Hash => hex(tree.nodeHashes[level]![index]!);

describe('the RFC 6962 hasher', () => {
  it('gives the published hashes of the empty tree, a leaf and a node', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe(tree.hasher.emptyRoot);
    expect(hashLeaf(hex(tree.hasher.emptyLeaf.input)).toString('hex')).toBe(tree.hasher.emptyLeaf.hash);
    expect(hashLeaf(hex(tree.hasher.leaf.input)).toString('hex')).toBe(tree.hasher.leaf.hash);
    expect(hashChildren(hex(tree.hasher.node.left), hex(tree.hasher.node.right)).toString('hex')).toBe(
      tree.hasher.node.hash,
    );
  });
});

describe('the tree grown one leaf at a time', () => {
  it('stores every published node hash and reaches every published root', () => {
    let frontier: Hash[] = [];
    const stored = new Map<string, string>();
    const roots = [rootOfFrontier(frontier).toString('hex')];
    tree.leafInputs.forEach((input, size) => {
      const grown = appendLeaves(size, frontier, [hashLeaf(hex(input))]);
      frontier = grown.frontier;
      for (const node of grown.completed)
        stored.set(`${node.level}:${node.index}`, node.hash.toString('hex'));
      roots.push(rootOfFrontier(frontier).toString('hex'));
    });
    expect(roots).toEqual(tree.rootHashes);
    tree.nodeHashes.forEach((level, l) =>
      level.forEach((hash, i) => expect([l, i, stored.get(`${l}:${i}`)]).toEqual([l, i, hash])),
    );
  });

  it('gives the same roots whether leaves come one at a time or in one batch', () => {
    const leaves = tree.leafInputs.map((input) => hashLeaf(hex(input)));
    expect(rootOfFrontier(appendLeaves(0, [], leaves).frontier).toString('hex')).toBe(tree.rootHashes[8]);
  });

  it('computes the root of every prefix of the tree from its stored subtrees', () => {
    tree.rootHashes.forEach((root, size) => expect(rootHash(size, exampleNodes).toString('hex')).toBe(root));
  });
});

describe('proofs of the example tree', () => {
  const happy = <T extends { file: string }>(list: T[]) =>
    list.filter(({ file }) => file.endsWith('happy-path.json'));

  it('builds exactly the published inclusion proofs', () => {
    const cases = happy(probes.inclusion).filter((probe) => size(probe.treeSize) <= 8 && probe.proof);
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const probe of cases)
      expect([probe.file, inclusionProof(size(probe.leafIdx), size(probe.treeSize), exampleNodes)]).toEqual([
        probe.file,
        proofOf(probe.proof),
      ]);
  });

  it('builds exactly the published consistency proofs', () => {
    const cases = happy(probes.consistency).filter((probe) => probe.size1 > 0);
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const probe of cases)
      expect([probe.file, consistencyProof(probe.size1, probe.size2, exampleNodes)]).toEqual([
        probe.file,
        proofOf(probe.proof),
      ]);
  });
});

describe('verification against every published probe, valid and invalid', () => {
  it.each(probes.inclusion.map((probe) => [probe.file, probe] as const))('inclusion %s', (_file, probe) => {
    const verified = verifyInclusion(
      size(probe.leafIdx),
      size(probe.treeSize),
      b64(probe.leafHash),
      proofOf(probe.proof),
      b64(probe.root),
    );
    expect(verified).toBe(!probe.wantErr);
  });

  it.each(probes.consistency.map((probe) => [probe.file, probe] as const))(
    'consistency %s',
    (_file, probe) => {
      const verified = verifyConsistency(
        probe.size1,
        probe.size2,
        b64(probe.root1),
        b64(probe.root2),
        proofOf(probe.proof),
      );
      expect(verified).toBe(!probe.wantErr);
    },
  );

  it('covers both outcomes', () => {
    const all = [...probes.inclusion, ...probes.consistency];
    expect(all.filter((probe) => probe.wantErr).length).toBeGreaterThan(100);
    expect(all.filter((probe) => !probe.wantErr).length).toBeGreaterThan(10);
  });
});
