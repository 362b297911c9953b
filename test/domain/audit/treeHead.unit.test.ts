/**
 * Signed tree heads, checked against bytes rebuilt here by hand: the signed body is written out as
 * text, the key id is SHA-256 of the RFC 8032 public key (taken from the RFC, not from the code),
 * and signatures are made here with node:crypto over that text.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import {
  TREE_HEAD_FORMAT,
  keyIdOf,
  treeHeadMessage,
  verifyTreeHead,
  type SignedTreeHead,
  type TreeHead,
} from '../../../src/domain/audit/treeHead';

// RFC 8032, section 7.1, test 1: the secret key (seed) and the public key it gives.
const SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const RAW_PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
// PKCS #8 and SPKI DER wrappings of an Ed25519 key (RFC 8410).
const PKCS8_PREFIX = '302e020100300506032b657004220420';
const SPKI_PREFIX = '302a300506032b6570032100';

const privateKey = createPrivateKey({
  key: Buffer.from(PKCS8_PREFIX + SEED, 'hex'),
  format: 'der',
  type: 'pkcs8',
});
const publicKey = createPublicKey({
  key: Buffer.from(SPKI_PREFIX + RAW_PUBLIC, 'hex'),
  format: 'der',
  type: 'spki',
});
const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();

const ROOT = 'ab'.repeat(32);
const ACCESS = 'cd'.repeat(32);
const head: TreeHead = {
  treeSize: 5,
  rootHash: ROOT,
  accessRecordSize: 2,
  accessRecordHash: ACCESS,
  signedAt: '2025-03-14T09:30:00.000Z',
};
const BODY =
  `{"accessRecordHash":"${ACCESS}","accessRecordSize":2,"format":"ledger-tree-head/1",` +
  `"rootHash":"${ROOT}","signedAt":"2025-03-14T09:30:00.000Z","treeSize":5}`;

const KEY_ID = createHash('sha256').update(Buffer.from(RAW_PUBLIC, 'hex')).digest('hex').slice(0, 16);

const signed = (body: string, key = privateKey): string =>
  sign(null, Buffer.from(body, 'utf8'), key).toString('base64');

const signedHead: SignedTreeHead = { ...head, keyId: KEY_ID, signature: signed(BODY) };

describe('the signed body of a tree head', () => {
  it('names its format', () => {
    expect(TREE_HEAD_FORMAT).toBe('ledger-tree-head/1');
  });

  it('is the RFC 8785 JSON of the head and its format, as UTF-8', () => {
    const message = treeHeadMessage(head);
    expect(Buffer.isBuffer(message)).toBe(true);
    expect(message.toString('utf8')).toBe(BODY);
  });

  it('leaves out the key id and the signature', () => {
    expect(treeHeadMessage(signedHead).toString('utf8')).toBe(BODY);
  });
});

describe('the id of a key', () => {
  it('is the first 16 hex digits of SHA-256 of the raw public key', () => {
    expect(KEY_ID).toHaveLength(16);
    expect(keyIdOf(publicKey)).toBe(KEY_ID);
  });

  it('is the same for the key given as PEM', () => {
    expect(keyIdOf(publicPem)).toBe(KEY_ID);
  });

  it('is that of the empty key for a key with no raw public key (RSA)', () => {
    const { publicKey: rsa } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(keyIdOf(rsa)).toBe(createHash('sha256').digest('hex').slice(0, 16));
  });
});

describe('checking a signed tree head', () => {
  it('accepts the head signed by the key, given as a key object or PEM', () => {
    expect(verifyTreeHead(signedHead, publicKey)).toBe(true);
    expect(verifyTreeHead(signedHead, publicPem)).toBe(true);
  });

  it.each([
    ['tree size', { treeSize: 6 }],
    ['root hash', { rootHash: 'ac'.repeat(32) }],
    ['access record size', { accessRecordSize: 3 }],
    ['access record hash', { accessRecordHash: 'ce'.repeat(32) }],
    ['signing time', { signedAt: '2025-03-14T09:30:00.001Z' }],
  ])('refuses a head whose %s changed after signing', (_, change) => {
    expect(verifyTreeHead({ ...signedHead, ...change }, publicKey)).toBe(false);
  });

  it('refuses a changed signature', () => {
    const signature = Buffer.from(signedHead.signature, 'base64');
    signature.writeUInt8(signature.readUInt8(0) ^ 1, 0);
    expect(verifyTreeHead({ ...signedHead, signature: signature.toString('base64') }, publicKey)).toBe(false);
  });

  it('refuses a head signed by another Ed25519 key', () => {
    const { publicKey: other } = generateKeyPairSync('ed25519');
    expect(verifyTreeHead(signedHead, other)).toBe(false);
  });

  it('refuses a key that is not Ed25519, even one whose signature over the body holds', () => {
    const ed448 = generateKeyPairSync('ed448');
    const ed448Head = { ...signedHead, signature: signed(BODY, ed448.privateKey) };
    expect(verifyTreeHead(ed448Head, ed448.publicKey)).toBe(false);
  });

  it('refuses, without throwing, a public key that is not PEM', () => {
    expect(verifyTreeHead(signedHead, 'not a key')).toBe(false);
  });
});
