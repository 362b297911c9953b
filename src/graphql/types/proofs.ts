/** What auditors read to check the ledger: signed heads, proofs, verified reads and the access record. */
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ACCESS_KINDS } from '../../domain/audit/accessChain';
import { connectionOf } from './common';
import { enumOf } from './enums';
import { DateTimeScalar, RevisionScalar } from './scalars';

const HEX = 'Lower-case hex.';

@ObjectType({
  description:
    "A signed tree head: the ledger's word, signed with its Ed25519 key, that its log held treeSize events with this Merkle root (RFC 6962), and its access record accessRecordSize entries chained to accessRecordHash.",
})
export class TreeHead {
  @Field(() => Int, { description: 'How many events of the log the tree covers.' }) treeSize!: number;
  @Field({ description: `The Merkle tree's root over those events. ${HEX}` }) rootHash!: string;
  @Field(() => Int, { description: 'How many entries of the access record it covers.' })
  accessRecordSize!: number;
  @Field({ description: `The hash of the access record's last entry it covers. ${HEX}` })
  accessRecordHash!: string;
  @Field(() => DateTimeScalar, { description: 'When the ledger signed it.' }) signedAt!: string;
  @Field({ description: 'Which key signed it: the first 16 hex digits of SHA-256 of the raw public key.' })
  keyId!: string;
  @Field({
    description:
      'Base64 Ed25519 signature of the RFC 8785 JSON of {accessRecordHash, accessRecordSize, format: "ledger-tree-head/1", rootHash, signedAt, treeSize}.',
  })
  signature!: string;
}

@ObjectType({
  description:
    'The latest signed tree head with the public key that checks it: save it as JSON to verify the ledger later.',
})
export class LedgerDigest extends TreeHead {
  @Field({ description: "The ledger's Ed25519 public key (SPKI PEM)." }) publicKey!: string;
}

@ObjectType({
  description: 'The proof that an event is one of the first treeSize events of the log (RFC 9162 §2.1.3).',
})
export class InclusionProof {
  @Field(() => ID, { description: 'The event.' }) eventId!: string;
  @Field(() => RevisionScalar, { description: "The event's position in the log." }) position!: string;
  @Field(() => Int, { description: "The event's leaf: 0 for the log's first event." }) leafIndex!: number;
  @Field(() => Int, { description: 'The size of the tree the proof is for.' }) treeSize!: number;
  @Field({ description: `The event's leaf hash. ${HEX}` }) leafHash!: string;
  @Field(() => [String], { description: `The audit path, nearest sibling first. ${HEX}` }) proof!: string[];
  @Field(() => TreeHead, {
    nullable: true,
    description:
      "The signed head of that size; null when none was signed at that size (check against your digest's root).",
  })
  head!: TreeHead | null;
}

@ObjectType({
  description:
    'The proof that the tree of toSize events extends the tree of its first fromSize (RFC 9162 §2.1.4).',
})
export class ConsistencyProof {
  @Field(() => Int, { description: 'The smaller tree: the size of the digest you hold.' }) fromSize!: number;
  @Field(() => Int, { description: 'The larger tree.' }) toSize!: number;
  @Field({ description: `The root of the smaller tree, as the ledger computes it now. ${HEX}` })
  fromRoot!: string;
  @Field({ description: `The root of the larger tree. ${HEX}` }) toRoot!: string;
  @Field(() => [String], { description: `The proof's hashes. ${HEX}` }) proof!: string[];
  @Field(() => TreeHead, {
    nullable: true,
    description: 'The signed head of toSize; null when none was signed at that size.',
  })
  head!: TreeHead | null;
}

@ObjectType({ description: 'An event exactly as stored: what its leaf is computed from.' })
export class StoredEntry {
  @Field(() => RevisionScalar, { description: "The event's position in the log." }) position!: string;
  @Field(() => ID, { description: "The event's id." }) eventId!: string;
  @Field({ description: 'Its stream.' }) streamName!: string;
  @Field(() => RevisionScalar, { description: 'Its revision in the stream.' }) streamRevision!: string;
  @Field({ description: 'Its type.' }) type!: string;
  @Field(() => DateTimeScalar, { description: 'When the store recorded it.' }) recordedAt!: string;
  @Field(() => GraphQLJSONObject, {
    description: 'Its data as stored (a redacted field reads "[redacted]").',
  })
  data!: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { description: 'Its metadata as stored.' }) metadata!: Record<
    string,
    unknown
  >;
}

@ObjectType({
  description: 'A consistency proof from the digest a client holds to the head a verified read leads to.',
})
export class ConsistencyFromDigest {
  @Field(() => Int, { description: "The digest's tree size." }) fromSize!: number;
  @Field(() => [String], { description: `The proof's hashes. ${HEX}` }) proof!: string[];
}

@ObjectType({
  description:
    'A verified read: an event as stored, the salts its leaf was made with, its inclusion proof and the signed head it leads to. Save it as JSON and check it with verifier/verify-ledger-proof.js, given your digest and the public key.',
})
export class VerifiedEvent {
  @Field({ description: 'The layout of this answer: "ledger-proof/1".' }) format!: string;
  @Field(() => StoredEntry, { description: 'The event as stored.' }) event!: StoredEntry;
  @Field(() => GraphQLJSONObject, {
    description:
      'How its fields were salted: {"seed": hex}, or once a field was redacted {"salts": {path: hex}, "redacted": {path: commitment}}.',
  })
  salting!: Record<string, unknown>;
  @Field(() => Int, { description: "The event's leaf index." }) leafIndex!: number;
  @Field(() => Int, { description: "The size of the head's tree." }) treeSize!: number;
  @Field(() => [String], { description: `The inclusion proof in that tree. ${HEX}` })
  inclusionProof!: string[];
  @Field(() => TreeHead, { description: 'The signed head the proof leads to.' }) head!: TreeHead;
  @Field(() => ConsistencyFromDigest, {
    nullable: true,
    description: 'From the digest named by digestTreeSize to head; null when none was named.',
  })
  consistency!: ConsistencyFromDigest | null;
}

export const AccessKind = enumOf(ACCESS_KINDS, 'AccessKind', 'What an entry of the access record records.', {
  signInRefused: 'A token that was refused (unknown, revoked, expired or badly signed).',
  requestRefused: 'A request refused because the caller may not do it (FORBIDDEN).',
  personalDataRead: 'Names or contact details read from the personal-data register, with whose.',
  exported:
    'An export or document written by the ledger tool (history, journey, blueprint, output), or a written output read over the API (writtenOutput).',
  redacted: 'A field of an event redacted, with the rationale.',
  accessRecordRead: 'A read of this access record.',
});

@ObjectType({
  description: 'One entry of the access record: who did what, when. Never a name: people by participant id.',
})
export class AccessRecordEntry {
  @Field(() => Int, { description: 'Its place in the record: 1 for the first.' }) sequence!: number;
  @Field(() => AccessKind, { description: 'What it records.' }) kind!: string;
  @Field(() => DateTimeScalar, { description: 'When.' }) at!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Who; null for a refused sign-in (nobody proved who they are).',
  })
  actorId!: string | null;
  @Field(() => [String], { description: "The caller's roles." }) roles!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'How they signed in: an API key id, "jwt", or "cli" for the ledger tool.',
  })
  credential!: string | null;
  @Field(() => ID, { nullable: true, description: "The request's correlation id, as in the logs." })
  correlationId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The client's address, for requests over the network.",
  })
  address!: string | null;
  @Field(() => GraphQLJSONObject, {
    description:
      'What: the operation and code refused, the participant ids read, the export written, the fields redacted and why.',
  })
  details!: Record<string, unknown>;
  @Field({
    description: `This entry's link in the hash chain: SHA-256(previous ‖ RFC 8785 JSON of the entry). ${HEX}`,
  })
  hash!: string;
}

export const AccessRecordConnection = connectionOf(
  AccessRecordEntry,
  'AccessRecord',
  'access record entry',
  'access record entries',
);

@ObjectType({
  description: 'A redaction done: the field now reads "[redacted]" wherever the ledger kept it.',
})
export class RedactionResult {
  @Field(() => ID, { description: 'The event redacted.' }) eventId!: string;
  @Field(() => [String], { description: 'The fields redacted, as JSON pointers.' }) fields!: string[];
  @Field(() => ID, {
    nullable: true,
    description:
      'The EventRedacted event recording who redacted what and why; null when they were redacted already.',
  })
  redactionEventId!: string | null;
  @Field(() => [String], {
    description: 'Backups or exports the ledger could not write to: redact again once they can be written.',
  })
  unreachedCopies!: string[];
}
