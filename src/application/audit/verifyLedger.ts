/**
 * `ledger verify`: recomputes every leaf from the log as stored and its salts, walks the log and
 * the tree side by side, and checks every signed head (its signature, and the root the recomputed
 * leaves give at its size) and the access record's chain. The first event that was altered,
 * removed, moved or inserted is named by position and id. With a digest saved earlier, it also
 * proves that today's log extends it.
 */
import { chainHash, EMPTY_CHAIN } from '../../domain/audit/accessChain';
import { leafHashOf } from '../../domain/audit/leafEntry';
import { appendLeaves, rootOfFrontier, verifyConsistency, type Hash } from '../../domain/audit/merkle';
import { verifyTreeHead, type SignedTreeHead } from '../../domain/audit/treeHead';
import type { AccessRecordStore } from '../ports/accessRecordStore';
import type { AuditedEvent, TreeLeaf, TreeStore } from '../ports/treeStore';

export type ProblemKind =
  'altered' | 'missing' | 'moved' | 'inserted' | 'head' | 'tree' | 'accessRecord' | 'digest';

export interface Problem {
  readonly kind: ProblemKind;
  readonly position?: string;
  readonly eventId?: string;
  readonly message: string;
}

export interface VerificationReport {
  readonly events: number;
  readonly treeSize: number;
  /** Events at the end of the log the tree does not hold yet (EventStoreDB's tree follows the log). */
  readonly eventsNotInTree: number;
  readonly headsChecked: number;
  readonly accessRecordEntries: number;
  /** The first is the first bad event in log order, when an event is to blame. */
  readonly problems: readonly Problem[];
  readonly digest?: {
    readonly treeSize: number;
    readonly signedAt: string;
    readonly consistencyProofHashes: number;
  };
}

const BATCH = 1000;

/** The event the log holds where the tree has `leaf`: its recomputed leaf hash, or what is wrong with it. */
const compare = (leaf: TreeLeaf, event: AuditedEvent | undefined, tree: TreeStore): Hash | Problem => {
  const at = { position: leaf.position.toString(), eventId: leaf.eventId };
  if (!event)
    return {
      kind: 'missing',
      ...at,
      message: `the log ends before position ${at.position}: event ${leaf.eventId} and every event after it are gone`,
    };
  const position = event.kind === 'readable' ? event.source.position : event.position;
  const eventId = event.kind === 'readable' ? event.source.eventId : event.eventId;
  if (position < leaf.position)
    return {
      kind: 'inserted',
      position: position.toString(),
      eventId,
      message: `event ${eventId} at position ${position} was never recorded by the ledger (the tree has no leaf for it)`,
    };
  if (position > leaf.position)
    return {
      kind: 'missing',
      ...at,
      message: `event ${leaf.eventId} at position ${at.position} is missing from the log`,
    };
  if (eventId !== leaf.eventId) {
    const moved = tree.leafOfEvent(eventId);
    return moved
      ? {
          kind: 'moved',
          ...at,
          message: `position ${at.position} holds event ${eventId}, recorded at position ${moved.position}, where event ${leaf.eventId} was recorded (events were reordered)`,
        }
      : {
          kind: 'altered',
          ...at,
          message: `position ${at.position} holds event ${eventId} where the ledger recorded event ${leaf.eventId}`,
        };
  }
  if (event.kind === 'unreadable')
    return {
      kind: 'altered',
      ...at,
      message: `event ${eventId} at position ${at.position} was altered: ${event.reason}`,
    };
  const hash = leafHashOf(event.source, leaf.salting);
  return hash.equals(leaf.hash)
    ? hash
    : {
        kind: 'altered',
        ...at,
        message: `event ${eventId} at position ${at.position} was altered since it was recorded (it no longer matches its leaf)`,
      };
};

interface Walk {
  readonly problem: Problem | undefined;
  readonly events: number;
  readonly treeSize: number;
  readonly eventsNotInTree: number;
  /** The root the log's own events give at each size asked for (after a bad event, no root matches). */
  readonly roots: Map<number, Hash>;
}

const BROKEN = Buffer.alloc(32);

/** Reads the log as stored, a batch at a time. */
const logReader = (tree: TreeStore) => {
  let pending: AuditedEvent[] = [];
  let after: bigint | undefined;
  return async (): Promise<AuditedEvent | undefined> => {
    if (pending.length === 0) {
      pending = await tree.auditedEvents(after, BATCH);
      const last = pending.at(-1);
      if (last) after = last.kind === 'readable' ? last.source.position : last.position;
    }
    return pending.shift();
  };
};

/** Walks the tree's leaves and the log together, up to the first bad event. */
const walk = async (tree: TreeStore, sizes: ReadonlySet<number>): Promise<Walk> => {
  const roots = new Map<number, Hash>([[0, rootOfFrontier([])]]);
  const treeSize = tree.size();
  const next = logReader(tree);
  let [frontier, size, events, problem] = [[] as Hash[], 0, 0, undefined as Problem | undefined];
  let event = await next();
  for (let from = 0; from < treeSize; from += BATCH) {
    for (const leaf of tree.leaves(from, BATCH)) {
      const checked = problem ? BROKEN : compare(leaf, event, tree);
      if (!Buffer.isBuffer(checked)) problem = checked;
      frontier = appendLeaves(size, frontier, [Buffer.isBuffer(checked) ? checked : BROKEN]).frontier;
      size += 1;
      if (sizes.has(size)) roots.set(size, rootOfFrontier(frontier));
      if (!problem) [events, event] = [events + 1, await next()];
    }
  }
  let eventsNotInTree = 0;
  for (; !problem && event; event = await next()) eventsNotInTree += 1;
  return { problem, events: events + eventsNotInTree, treeSize, eventsNotInTree, roots };
};

const checkHeads = (
  heads: readonly SignedTreeHead[],
  roots: Map<number, Hash>,
  publicKey: string,
): Problem[] =>
  heads.flatMap((head): Problem[] => {
    if (!verifyTreeHead(head, publicKey))
      return [
        {
          kind: 'head',
          message: `the head of size ${head.treeSize} signed at ${head.signedAt} does not carry the ledger's signature`,
        },
      ];
    const root = roots.get(head.treeSize);
    if (!root)
      return [
        {
          kind: 'head',
          message: `the head signed at ${head.signedAt} covers ${head.treeSize} events, but the tree holds fewer (the log was cut short)`,
        },
      ];
    return root.toString('hex') === head.rootHash
      ? []
      : [
          {
            kind: 'head',
            message: `the log no longer gives the root signed at ${head.signedAt} for its first ${head.treeSize} events`,
          },
        ];
  });

/** Rechains the access record and checks the heads' view of it. */
const checkAccessRecord = (
  record: AccessRecordStore,
  heads: readonly SignedTreeHead[],
): { entries: number; problems: Problem[]; hashes: Map<number, string> } => {
  const hashes = new Map<number, string>([[0, EMPTY_CHAIN.toString('hex')]]);
  let previous: Uint8Array = EMPTY_CHAIN;
  const problems: Problem[] = [];
  for (let sequence = 1; ; sequence += BATCH) {
    const entries = record.entries(sequence, BATCH);
    for (const { sequence: at, hash, ...entry } of entries) {
      const computed = chainHash(previous, at, entry);
      if (problems.length === 0 && (computed.toString('hex') !== hash || at !== hashes.size))
        problems.push({ kind: 'accessRecord', message: `the access record was altered at entry ${at}` });
      hashes.set(at, computed.toString('hex'));
      previous = computed;
    }
    if (entries.length < BATCH) break;
  }
  for (const head of heads)
    if (hashes.get(head.accessRecordSize) !== head.accessRecordHash)
      problems.push({
        kind: 'accessRecord',
        message: `the access record no longer matches the head signed at ${head.signedAt} (${head.accessRecordSize} entries)`,
      });
  return { entries: hashes.size - 1, problems, hashes };
};

export interface VerifyOptions {
  readonly publicKey: string;
  /** A digest saved earlier: today's log must extend it. */
  readonly digest?: SignedTreeHead;
}

const checkDigest = (
  tree: TreeStore,
  digest: SignedTreeHead,
  walked: Walk,
  access: Map<number, string>,
  publicKey: string,
) => {
  const problems: Problem[] = [];
  if (!verifyTreeHead(digest, publicKey))
    problems.push({
      kind: 'digest',
      message: `the digest of ${digest.treeSize} events signed at ${digest.signedAt} does not carry the ledger's signature`,
    });
  const now = walked.roots.get(walked.treeSize);
  const then = walked.roots.get(digest.treeSize);
  let proof: Hash[] = [];
  if (digest.treeSize > walked.treeSize || !then || !now)
    problems.push({
      kind: 'digest',
      message: `the digest covers ${digest.treeSize} events, but the ledger's tree holds only ${walked.treeSize}`,
    });
  else {
    proof = digest.treeSize === 0 ? [] : tree.consistencyProof(digest.treeSize, walked.treeSize);
    const consistent =
      digest.treeSize === 0 ||
      verifyConsistency(digest.treeSize, walked.treeSize, Buffer.from(digest.rootHash, 'hex'), now, proof);
    if (!consistent || then.toString('hex') !== digest.rootHash)
      problems.push({
        kind: 'digest',
        message: `today's log does not extend the digest of ${digest.treeSize} events signed at ${digest.signedAt}`,
      });
  }
  if (access.get(digest.accessRecordSize) !== digest.accessRecordHash)
    problems.push({
      kind: 'digest',
      message: `today's access record does not extend the one the digest signed at ${digest.signedAt} covered`,
    });
  return { problems, proofHashes: proof.length };
};

export const verifyLedger = async (
  tree: TreeStore,
  record: AccessRecordStore,
  options: VerifyOptions,
): Promise<VerificationReport> => {
  const heads = tree.heads();
  const sizes = new Set([
    ...heads.map((head) => head.treeSize),
    tree.size(),
    ...(options.digest ? [options.digest.treeSize] : []),
  ]);
  const walked = await walk(tree, sizes);
  const storedRoot = walked.treeSize === 0 ? undefined : tree.rootAt(walked.treeSize);
  const treeProblems: Problem[] =
    !walked.problem && storedRoot && !storedRoot.equals(walked.roots.get(walked.treeSize)!)
      ? [
          {
            kind: 'tree',
            message:
              "the tree's stored subtree hashes do not match its leaves: rebuild the tree (ledger verify --rebuild-tree)",
          },
        ]
      : [];
  const access = checkAccessRecord(record, heads);
  const digest =
    options.digest && checkDigest(tree, options.digest, walked, access.hashes, options.publicKey);
  return {
    events: walked.events,
    treeSize: walked.treeSize,
    eventsNotInTree: walked.eventsNotInTree,
    headsChecked: heads.length,
    accessRecordEntries: access.entries,
    problems: [
      ...(walked.problem ? [walked.problem] : []),
      ...treeProblems,
      ...checkHeads(heads, walked.roots, options.publicKey),
      ...access.problems,
      ...(digest?.problems ?? []),
    ],
    ...(options.digest && digest
      ? {
          digest: {
            treeSize: options.digest.treeSize,
            signedAt: options.digest.signedAt,
            consistencyProofHashes: digest.proofHashes,
          },
        }
      : {}),
  };
};
