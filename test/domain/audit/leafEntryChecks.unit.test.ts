/**
 * The leaf entry's exact text and hashes, checked against a second computation made here with
 * node:crypto alone (SHA-256(salt ‖ UTF-8 of the RFC 8785 JSON), salts from SHAKE256(seed)): the
 * canonical JSON of nested and flat values, a long non-ASCII value, JSON pointers (RFC 6901), the
 * value at a path, and the salting and data after a redaction.
 */
import { createHash } from 'node:crypto';
import {
  REDACTED,
  canonicalJson,
  entryOf,
  redactedSalting,
  resolvePointer,
  valueAt,
  withRedactedValues,
  type EntrySource,
} from '../../../src/domain/audit/leafEntry';

const seed = '5a'.repeat(32);
const event: EntrySource = {
  position: 7n,
  eventId: '0b9f2c1e-3d4a-4b5c-8d6e-7f8091a2b3c4',
  streamName: 'smallChange-visits',
  streamRevision: 1n,
  type: 'SmallChangeReviewed',
  recordedAt: '2025-04-01T08:00:00.000Z',
  data: { verdict: 'keep' },
  metadata: { actorId: 'person-ada' },
};

const sha256Hex = (...parts: (Buffer | string)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** Salt i of the seed: bytes 32i to 32i+32 of SHAKE256(seed). */
const saltOf = (count: number) => {
  const stream = createHash('shake256', { outputLength: 32 * count })
    .update(Buffer.from(seed, 'hex'))
    .digest();
  return (i: number) => stream.subarray(32 * i, 32 * i + 32);
};

/** The entry text as the README writes it, from the data part and the metadata's JSON. */
const entryText = (data: string, metadata: string) =>
  `{"data":[${data}],"eventId":"0b9f2c1e-3d4a-4b5c-8d6e-7f8091a2b3c4","format":1,"metadata":${metadata},` +
  `"position":"7","recordedAt":"2025-04-01T08:00:00.000Z","stream":"smallChange-visits","streamRevision":"1",` +
  `"type":"SmallChangeReviewed"}`;

describe('the canonical JSON of a value', () => {
  it('sorts the keys of nested objects, and of objects inside arrays, as RFC 8785 asks', () => {
    expect(canonicalJson({ b: { d: 1, c: 2 }, a: null })).toBe('{"a":null,"b":{"c":2,"d":1}}');
    expect(canonicalJson({ b: { d: 1, c: 2 } })).toBe('{"b":{"c":2,"d":1}}');
    expect(canonicalJson([{ b: 1, a: 2 }])).toBe('[{"a":2,"b":1}]');
    expect(canonicalJson([{ b: 1, a: 2 }, 'x', null])).toBe('[{"a":2,"b":1},"x",null]');
    expect(canonicalJson([null, [{ z: true, y: false }]])).toBe('[null,[{"y":false,"z":true}]]');
  });

  it('writes flat objects and arrays of plain values with sorted keys and RFC 8785 numbers', () => {
    expect(canonicalJson({ é: 'x', b: true, a: 1.5e21, c: null, 'a b': -0 })).toBe(
      '{"a":1.5e+21,"a b":0,"b":true,"c":null,"é":"x"}',
    );
    expect(canonicalJson(['é', 2.5, true, null])).toBe('["é",2.5,true,null]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('leaves out a key whose value is undefined, as JSON does', () => {
    expect(canonicalJson({ z: undefined, a: 1 })).toBe('{"a":1}');
    expect(canonicalJson({ only: undefined })).toBe('{}');
  });

  it('refuses an object holding a number JSON cannot write', () => {
    for (const n of [NaN, Infinity, -Infinity])
      expect(() => canonicalJson({ n })).toThrow(
        new Error(`Non-finite number (${n}) is not permitted in JSON (RFC 8785 §3.2.2.3)`),
      );
  });
});

describe('the entry of an event', () => {
  it('writes nested metadata with sorted keys and without its undefined keys', () => {
    const source: EntrySource = {
      ...event,
      metadata: { actorId: 'person-ada', correlation: { type: 'visit', id: 'v-1' }, causationId: undefined },
    } as unknown as EntrySource;
    const salt = saltOf(1);
    const data = `[["verdict"],"${sha256Hex(salt(0), '"keep"')}"]`;
    expect(entryOf(source, { seed }).toString('utf8')).toBe(
      entryText(data, '{"actorId":"person-ada","correlation":{"id":"v-1","type":"visit"}}'),
    );
  });

  it('commits to a long non-ASCII value (more than the 4 KiB first buffer) exactly', () => {
    const long = `"é🙂\n${'é🙂 calmer visits '.repeat(600)}`;
    const short = 'ü'.repeat(10);
    const salt = saltOf(3);
    const data = [
      `[["a"],"${sha256Hex(salt(0), JSON.stringify(short))}"]`,
      `[["long"],"${sha256Hex(salt(1), Buffer.from(JSON.stringify(long), 'utf8'))}"]`,
      `[["z"],"${sha256Hex(salt(2), JSON.stringify(short))}"]`,
    ].join(',');
    const source = { ...event, data: { z: short, long, a: short } };
    expect(Buffer.byteLength(JSON.stringify(long), 'utf8')).toBeGreaterThan(4096);
    expect(entryOf(source, { seed }).toString('utf8')).toBe(entryText(data, '{"actorId":"person-ada"}'));
  });
});

describe('a JSON pointer (RFC 6901)', () => {
  const quotes = Array.from({ length: 12 }, (_, i) => `quote ${i}`);
  const data = { quotes, 'a~b': 'tilde', '~1': 'escaped', 'a/b': 'slash', '': 'empty key', x: { y: 1 } };

  it('resolves escapes, ~1 to "/" and ~0 to "~", in that order', () => {
    expect(resolvePointer(data, '/a~0b')).toEqual(['a~b']);
    expect(resolvePointer(data, '/~01')).toEqual(['~1']);
    expect(resolvePointer(data, '/a~1b')).toEqual(['a/b']);
  });

  it('resolves indices of more than one digit', () => {
    expect(resolvePointer(data, '/quotes/10')).toEqual(['quotes', 10]);
    expect(resolvePointer(data, '/quotes/11')).toEqual(['quotes', 11]);
    expect(resolvePointer(data, '/quotes/0')).toEqual(['quotes', 0]);
  });

  it('finds nothing for an index with a leading zero, a sign, a letter or past the end', () => {
    for (const pointer of [
      '/quotes/01',
      '/quotes/+1',
      '/quotes/1x',
      '/quotes/-',
      '/quotes/12',
      '/quotes/1e1',
    ])
      expect(resolvePointer(data, pointer)).toBeUndefined();
  });

  it('names the key "" by "/", while "" (the whole data) and a pointer without a leading "/" name no field', () => {
    expect(resolvePointer(data, '/')).toEqual(['']);
    expect(resolvePointer(data, '')).toBeUndefined();
    expect(resolvePointer({ itle: 'no t', title: 'x' }, 'title')).toBeUndefined();
    expect(resolvePointer(data, 'x/y')).toBeUndefined();
    expect(resolvePointer(data, '/x/y')).toEqual(['x', 'y']);
    expect(resolvePointer(data, '/x/z')).toBeUndefined();
  });
});

describe('the value at a path', () => {
  const data = { hypothesis: { ifWe: 'x' }, quotes: ['a', { by: 'Sam' }], note: 'text', none: null };

  it('is the value the path leads to', () => {
    expect(valueAt(data, ['quotes', 1, 'by'])).toBe('Sam');
    expect(valueAt(data, ['quotes', 0])).toBe('a');
    expect(valueAt(data, ['hypothesis'])).toEqual({ ifWe: 'x' });
    expect(valueAt(data, ['none'])).toBeNull();
    expect(valueAt(data, [])).toEqual(data);
  });

  it('is undefined past a text, a null, a missing key or the end of a list', () => {
    expect(valueAt(data, ['note', 'length'])).toBeUndefined();
    expect(valueAt(data, ['hypothesis', 'ifWe', 'length'])).toBeUndefined();
    expect(valueAt(data, ['none', 'x'])).toBeUndefined();
    expect(valueAt(data, ['missing', 'x'])).toBeUndefined();
    expect(valueAt(data, ['quotes', 5])).toBeUndefined();
  });
});

describe('a redaction', () => {
  const data = { noticed: 'Ada said visits felt calmer', quotes: ['calm', 'kind'], verdict: 'keep' };
  // Fields in canonical order: noticed, quotes/0, quotes/1, verdict.
  const salt = saltOf(4);
  const expected = {
    salts: {
      '["quotes",0]': salt(1).toString('hex'),
      '["quotes",1]': salt(2).toString('hex'),
      '["verdict"]': salt(3).toString('hex'),
    },
    redacted: { '["noticed"]': sha256Hex(salt(0), '"Ada said visits felt calmer"') },
  };

  it('keeps the redacted field’s commitment and writes out every other field’s salt', () => {
    expect(redactedSalting(data, { seed }, [['noticed']])).toEqual(expected);
  });

  it('keeps a field’s first commitment when it is named again, even from data that still shows its value', () => {
    expect(redactedSalting(data, expected, [['noticed']])).toEqual(expected);
    const redactedData = { ...data, noticed: REDACTED };
    expect(redactedSalting(redactedData, expected, [['noticed'], ['quotes', 1]])).toEqual({
      salts: { '["quotes",0]': expected.salts['["quotes",0]'], '["verdict"]': expected.salts['["verdict"]'] },
      redacted: { ...expected.redacted, '["quotes",1]': sha256Hex(salt(2), '"kind"') },
    });
  });

  it('puts "[redacted]" at each path, nested or in a list, and leaves the data it was given alone', () => {
    const nested = { hypothesis: { ifWe: 'x', because: 'y' }, quotes: ['a', 'b'] };
    expect(
      withRedactedValues(nested, [
        ['hypothesis', 'ifWe'],
        ['quotes', 1],
      ]),
    ).toEqual({ hypothesis: { ifWe: '[redacted]', because: 'y' }, quotes: ['a', '[redacted]'] });
    expect(nested).toEqual({ hypothesis: { ifWe: 'x', because: 'y' }, quotes: ['a', 'b'] });
  });
});
