/**
 * The access record's hash chain, rebuilt here by hand: each link is SHA-256 of the previous link
 * followed by the entry's RFC 8785 JSON (with its sequence number), written out as text.
 */
import { createHash } from 'node:crypto';
import {
  ACCESS_KINDS,
  EMPTY_CHAIN,
  chainHash,
  type AccessEntry,
} from '../../../src/domain/audit/accessChain';

const sha256 = (...parts: (Buffer | string)[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

const read: AccessEntry = {
  kind: 'personalDataRead',
  at: '2025-03-14T09:30:00.000Z',
  actorId: 'person-sam',
  roles: ['facilitator', 'auditor'],
  credential: 'jwt',
  correlationId: 'c-1',
  address: '127.0.0.1',
  details: { participantId: 'p-7', fields: ['email'] },
};
const READ_JSON =
  '{"actorId":"person-sam","address":"127.0.0.1","at":"2025-03-14T09:30:00.000Z",' +
  '"correlationId":"c-1","credential":"jwt","details":{"fields":["email"],"participantId":"p-7"},' +
  '"kind":"personalDataRead","roles":["facilitator","auditor"],"sequence":1}';

const refused: AccessEntry = {
  kind: 'signInRefused',
  at: '2025-03-14T09:31:00.000Z',
  actorId: null,
  roles: [],
  credential: null,
  correlationId: null,
  address: null,
  details: {},
};
const REFUSED_JSON =
  '{"actorId":null,"address":null,"at":"2025-03-14T09:31:00.000Z","correlationId":null,' +
  '"credential":null,"details":{},"kind":"signInRefused","roles":[],"sequence":2}';

describe('the access record chain', () => {
  it('knows the kinds of access it records', () => {
    expect(ACCESS_KINDS).toEqual([
      'signInRefused',
      'requestRefused',
      'personalDataRead',
      'exported',
      'redacted',
      'accessRecordRead',
    ]);
  });

  it('starts from the hash of nothing', () => {
    expect(EMPTY_CHAIN.toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('links the first entry to the empty chain', () => {
    const link = chainHash(EMPTY_CHAIN, 1, read);
    expect(link.toString('hex')).toBe(sha256(sha256(), READ_JSON).toString('hex'));
  });

  it('links each entry to the one before', () => {
    const first = sha256(sha256(), READ_JSON);
    expect(chainHash(first, 2, refused).toString('hex')).toBe(sha256(first, REFUSED_JSON).toString('hex'));
  });

  it('commits to the sequence number', () => {
    expect(chainHash(EMPTY_CHAIN, 2, read).toString('hex')).toBe(
      sha256(sha256(), READ_JSON.replace('"sequence":1', '"sequence":2')).toString('hex'),
    );
  });
});
