/**
 * Signed tree heads: the ledger's word, signed with its Ed25519 key, that at `signedAt` its log
 * held `treeSize` events whose Merkle root is `rootHash`, and its access record held
 * `accessRecordSize` entries chained to `accessRecordHash`. A digest saved from one is what an
 * auditor later checks the ledger against.
 *
 * The signature is over the RFC 8785 JSON of the head's fields (below, with `format`), so any
 * client can rebuild the signed bytes.
 */
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';

export const TREE_HEAD_FORMAT = 'ledger-tree-head/1';

export interface TreeHead {
  readonly treeSize: number;
  /** Hex. */
  readonly rootHash: string;
  readonly accessRecordSize: number;
  /** Hex: the hash of the access record's last entry (of nothing while it is empty). */
  readonly accessRecordHash: string;
  /** ISO 8601 UTC. */
  readonly signedAt: string;
}

export interface SignedTreeHead extends TreeHead {
  /** Which key signed it: the first 16 hex digits of SHA-256 of the raw public key. */
  readonly keyId: string;
  /** Base64 Ed25519 signature of treeHeadMessage(head). */
  readonly signature: string;
}

export const treeHeadMessage = (head: TreeHead): Buffer =>
  Buffer.from(
    canonicalize({
      accessRecordHash: head.accessRecordHash,
      accessRecordSize: head.accessRecordSize,
      format: TREE_HEAD_FORMAT,
      rootHash: head.rootHash,
      signedAt: head.signedAt,
      treeSize: head.treeSize,
    }),
    'utf8',
  );

/** The raw 32 bytes of an Ed25519 public key. */
const rawKey = (key: KeyObject): Buffer => {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url');
};

export const keyIdOf = (publicKey: KeyObject | string): string =>
  createHash('sha256')
    .update(rawKey(typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey))
    .digest('hex')
    .slice(0, 16);

/** Whether the head was signed by this key (PEM or key object) and says what it was signed saying. */
export const verifyTreeHead = (head: SignedTreeHead, publicKey: KeyObject | string): boolean => {
  try {
    const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, treeHeadMessage(head), key, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
};
