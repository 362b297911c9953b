/**
 * The entry a leaf commits to, rebuilt here by hand from the README's recipe (so the format is
 * what independent clients are told it is), and redaction keeping the leaf while the value and
 * its salt are gone.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import {
  REDACTED,
  entryOf,
  fieldsOf,
  leafHashOf,
  redactedSalting,
  seededLeafHash,
  resolvePointer,
  withRedactedValues,
  type EntrySource,
} from '../../../src/domain/audit/leafEntry';
import { leafHash as verifierLeafHash } from '../../../verifier/verify-ledger-proof';
import { propertySize } from '../../support/propertyRuns';

const seed = '11'.repeat(32);
const event: EntrySource = {
  position: 42n,
  eventId: '7f1c3a52-9a57-4a33-b1c1-8f0f3bfe0a11',
  streamName: 'smallChange-notes',
  streamRevision: 3n,
  type: 'SmallChangeReviewed',
  recordedAt: '2025-03-14T09:30:00.000Z',
  data: { smallChangeId: 'notes', verdict: 'keep', noticed: 'Ada said visits felt calmer', hours: 2.5 },
  metadata: { actorId: 'person-sam', actorRole: 'facilitator', occurredAt: '2025-03-14' },
};

const sha256 = (...parts: (Buffer | string)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

describe('the entry of a leaf', () => {
  it('is the RFC 8785 JSON the README describes, field by field', () => {
    const stream = createHash('shake256', { outputLength: 4 * 32 })
      .update(Buffer.from(seed, 'hex'))
      .digest();
    const salt = (i: number) => stream.subarray(32 * i, 32 * i + 32);
    // Fields in RFC 8785 key order: hours, noticed, smallChangeId, verdict.
    const commitments = [
      [['hours'], sha256(salt(0), '2.5')],
      [['noticed'], sha256(salt(1), '"Ada said visits felt calmer"')],
      [['smallChangeId'], sha256(salt(2), '"notes"')],
      [['verdict'], sha256(salt(3), '"keep"')],
    ].map(([path, hash]) => `[${JSON.stringify(path)},"${(hash as Buffer).toString('hex')}"]`);
    const expected =
      `{"data":[${commitments.join(',')}],"eventId":"7f1c3a52-9a57-4a33-b1c1-8f0f3bfe0a11","format":1,` +
      `"metadata":{"actorId":"person-sam","actorRole":"facilitator","occurredAt":"2025-03-14"},"position":"42",` +
      `"recordedAt":"2025-03-14T09:30:00.000Z","stream":"smallChange-notes","streamRevision":"3","type":"SmallChangeReviewed"}`;
    expect(entryOf(event, { seed }).toString('utf8')).toBe(expected);
    expect(leafHashOf(event, { seed })).toEqual(sha256(Buffer.from([0]), expected));
    // As the store hashes a new event, from the seed's bytes: the same leaf.
    expect(seededLeafHash(event, Buffer.from(seed, 'hex')).toString('hex')).toBe(
      '690da1de4ec5061d83ab8527d027f50c5afeacbcd2381090534ae15b176ed98f',
    );
    expect(seededLeafHash(event, Buffer.from(seed, 'hex'))).toEqual(sha256(Buffer.from([0]), expected));
  });

  it('changes with any part of the event: a value, a type, a time, the metadata, the place in the log', () => {
    const leaf = leafHashOf(event, { seed }).toString('hex');
    const variants: EntrySource[] = [
      { ...event, data: { ...event.data, hours: 3 } },
      { ...event, data: { ...event.data, extra: null } },
      { ...event, type: 'SmallChangeAdapted' },
      { ...event, recordedAt: '2025-03-14T09:30:00.001Z' },
      { ...event, metadata: { ...event.metadata, actorRole: 'leader' } },
      { ...event, position: 43n },
      { ...event, streamRevision: 4n },
      { ...event, eventId: '00000000-0000-4000-8000-000000000000' },
    ];
    for (const variant of variants) expect(leafHashOf(variant, { seed }).toString('hex')).not.toBe(leaf);
    expect(leafHashOf(event, { seed: '22'.repeat(32) }).toString('hex')).not.toBe(leaf);
  });

  it('tells an array from an object with the same keys, and an empty object from an empty array', () => {
    const as = (data: EntrySource['data']) => leafHashOf({ ...event, data }, { seed }).toString('hex');
    expect(as({ ids: ['a'] })).not.toBe(as({ ids: { '0': 'a' } }));
    expect(as({ ids: {} })).not.toBe(as({ ids: [] }));
    expect(fieldsOf({ b: [1, { c: {} }], a: 'x' })).toEqual([
      [['a'], 'x'],
      [['b', 0], 1],
      [['b', 1, 'c'], {}],
    ]);
  });
});

describe('the entry of nested data', () => {
  it('walks objects and lists in RFC 8785 order, each path written as JSON, metadata sorted by key', () => {
    const nested: EntrySource = {
      ...event,
      data: { quotes: ['calmer', { by: 'Sam', at: 2 }], empty: {}, none: [], é: null },
      metadata: {
        occurredAt: '2025-03-14',
        actorRole: 'facilitator',
        actorId: 'person-sam',
        schemaVersion: 1,
      },
    };
    const stream = createHash('shake256', { outputLength: 6 * 32 })
      .update(Buffer.from(seed, 'hex'))
      .digest();
    const salt = (i: number) => stream.subarray(32 * i, 32 * i + 32);
    const fields = [
      ['["empty"]', '{}'],
      ['["none"]', '[]'],
      ['["quotes",0]', '"calmer"'],
      ['["quotes",1,"at"]', '2'],
      ['["quotes",1,"by"]', '"Sam"'],
      ['["é"]', 'null'],
    ].map(([path, text], i) => `[${path},"${sha256(salt(i), text!).toString('hex')}"]`);
    expect(entryOf(nested, { seed }).toString('utf8')).toBe(
      `{"data":[${fields.join(',')}],"eventId":"7f1c3a52-9a57-4a33-b1c1-8f0f3bfe0a11","format":1,` +
        `"metadata":{"actorId":"person-sam","actorRole":"facilitator","occurredAt":"2025-03-14","schemaVersion":1},` +
        `"position":"42","recordedAt":"2025-03-14T09:30:00.000Z","stream":"smallChange-notes","streamRevision":"3",` +
        `"type":"SmallChangeReviewed"}`,
    );
  });

  it('is the same leaf from the seed as from the salts written out one by one, for any JSON', () => {
    const object = fc
      .dictionary(fc.string(), fc.jsonValue())
      .map((value) => JSON.parse(JSON.stringify(value)));
    fc.assert(
      fc.property(object, object, (data, metadata) => {
        const source = { ...event, data, metadata };
        const written = redactedSalting(data, { seed }, []);
        expect(leafHashOf(source, written)).toEqual(leafHashOf(source, { seed }));
        expect(seededLeafHash(source, Buffer.from(seed, 'hex'))).toEqual(leafHashOf(source, written));
      }),
      { numRuns: propertySize(300, 50) },
    );
  });
});

describe('the leaf of a new event, hashed from its seed', () => {
  it('is the leaf the salts written out and the stand-alone verifier give, for long and non-ASCII text', () => {
    const long = { ...event.data, noticed: `é${'🙂 calmer visits, '.repeat(400)}`, more: 'x'.repeat(5000) };
    for (const data of [long, event.data, {}, { quotes: ['a', 'ü'.repeat(2000)] }]) {
      const source = { ...event, data };
      const written = redactedSalting(data, { seed }, []);
      const seeded = seededLeafHash(source, Buffer.from(seed, 'hex'));
      expect(seeded).toEqual(leafHashOf(source, written));
      expect(seeded).toEqual(verifierLeafHash({ ...source, position: '42', streamRevision: '3' }, written));
    }
  });
});

describe('redaction', () => {
  const noticed = resolvePointer(event.data, '/noticed')!;
  const redactedData = withRedactedValues(event.data, [noticed]);
  const after = redactedSalting(event.data, { seed }, [noticed]);

  it('keeps the leaf while the value is replaced and its salt forgotten', () => {
    expect(redactedData).toEqual({ ...event.data, noticed: REDACTED });
    expect(leafHashOf({ ...event, data: redactedData }, after)).toEqual(leafHashOf(event, { seed }));
    expect(after).not.toHaveProperty('seed');
    expect(JSON.stringify(after)).not.toContain('calmer');
    expect(Object.keys((after as { salts: object }).salts).sort()).toEqual([
      '["hours"]',
      '["smallChangeId"]',
      '["verdict"]',
    ]);
  });

  it('cannot be undone or bent: the value put back, another text, or a changed field all break the leaf', () => {
    const leaf = leafHashOf(event, { seed });
    const tampered = [
      { ...event.data, noticed: 'Ada said visits felt calmer' },
      { ...event.data, noticed: 'Something else' },
      { ...redactedData, verdict: 'revert' },
    ];
    for (const data of tampered) expect(leafHashOf({ ...event, data }, after)).not.toEqual(leaf);
  });

  it('keeps earlier redactions when a second field is redacted', () => {
    const verdict = resolvePointer(event.data, '/verdict')!;
    const twice = redactedSalting(redactedData, after, [verdict]);
    const data = withRedactedValues(redactedData, [verdict]);
    expect(leafHashOf({ ...event, data }, twice)).toEqual(leafHashOf(event, { seed }));
  });

  it('finds fields by JSON pointer, nested and in lists, and nothing that is not there', () => {
    const data = { hypothesis: { ifWe: 'x' }, quotes: ['a', 'b'], 'a/b': 'slash' };
    expect(resolvePointer(data, '/hypothesis/ifWe')).toEqual(['hypothesis', 'ifWe']);
    expect(resolvePointer(data, '/quotes/1')).toEqual(['quotes', 1]);
    expect(resolvePointer(data, '/a~1b')).toEqual(['a/b']);
    for (const missing of ['/quotes/2', '/quotes/01', '/nothing', 'hypothesis', '/hypothesis/ifWe/x'])
      expect(resolvePointer(data, missing)).toBeUndefined();
  });
});
