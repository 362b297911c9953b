/**
 * How a folded state is written into a snapshot and read back: plain JSON for plain data, and an
 * explicit tag (`{"~": kind, "v": …}`) for what JSON cannot say by itself — the persistent
 * collections the states keep (`immutable`'s List, Map, OrderedMap, Set, OrderedSet), JavaScript's
 * own Map and Set, bigints, undefined, numbers JSON has no word for (NaN, ±Infinity, -0), and a
 * plain object that happens to have a key "~". Anything else (a class instance, a function) is
 * refused with SnapshotCodecError, so a state that could not come back exactly is never written.
 *
 * Decoding rebuilds the same kinds of collection with the same entries in the same order, so a
 * state read back from a snapshot equals the state it was written from.
 */
import { List, Map as PersistentMap, OrderedMap, OrderedSet, Set as PersistentSet } from 'immutable';

/** Bump when the tagged format itself changes: every snapshot written before is then ignored. */
export const STATE_CODEC_VERSION = 1;

export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

export class SnapshotCodecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotCodecError';
  }
}

const TAG = '~';
const KINDS = [
  'List',
  'Map',
  'OrderedMap',
  'Set',
  'OrderedSet',
  'NativeMap',
  'NativeSet',
  'bigint',
  'undefined',
  'number',
  'object',
] as const;
type Kind = (typeof KINDS)[number];

const tagged = (kind: Kind, v?: Encoded): Encoded => (v === undefined ? { [TAG]: kind } : { [TAG]: kind, v });

const encodeNumber = (value: number): Encoded =>
  Number.isFinite(value) && !Object.is(value, -0)
    ? value
    : tagged('number', Object.is(value, -0) ? '-0' : String(value));

const pairs = (entries: Iterable<readonly [unknown, unknown]>): Encoded[] => {
  const out: Encoded[] = [];
  for (const [key, value] of entries) out.push(encodeState(key), encodeState(value));
  return out;
};

const items = (values: Iterable<unknown>): Encoded[] => {
  const out: Encoded[] = [];
  for (const value of values) out.push(encodeState(value));
  return out;
};

const encodeCollection = (value: object): Encoded | undefined => {
  if (List.isList(value)) return tagged('List', items(value));
  if (OrderedMap.isOrderedMap(value)) return tagged('OrderedMap', pairs(value.entries()));
  if (PersistentMap.isMap(value)) return tagged('Map', pairs(value.entries()));
  if (OrderedSet.isOrderedSet(value)) return tagged('OrderedSet', items(value));
  if (PersistentSet.isSet(value)) return tagged('Set', items(value));
  if (value instanceof Map) return tagged('NativeMap', pairs(value.entries()));
  if (value instanceof Set) return tagged('NativeSet', items(value));
  return undefined;
};

const encodeObject = (value: object): Encoded => {
  if (Array.isArray(value)) return value.map(encodeState);
  const collection = encodeCollection(value);
  if (collection !== undefined) return collection;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null)
    throw new SnapshotCodecError(`${value.constructor?.name ?? 'an object'} cannot be kept in a snapshot`);
  const out: { [key: string]: Encoded } = {};
  for (const key of Object.keys(value)) out[key] = encodeState((value as Record<string, unknown>)[key]);
  return TAG in value ? tagged('object', out) : out;
};

/** A state as JSON-compatible data (see the module's comment). */
export const encodeState = (value: unknown): Encoded => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return encodeNumber(value);
    case 'bigint':
      return tagged('bigint', value.toString());
    case 'undefined':
      return tagged('undefined');
    case 'object':
      return value === null ? null : encodeObject(value);
    default:
      throw new SnapshotCodecError(`a ${typeof value} cannot be kept in a snapshot`);
  }
};

const requirePairs = (encoded: Encoded): Encoded[] => {
  if (!Array.isArray(encoded) || encoded.length % 2 !== 0)
    throw new SnapshotCodecError('entries are not in pairs');
  return encoded;
};

/** The entries, set straight into the collection (no array of pairs in between). */
const intoMap = <M extends { set(key: unknown, value: unknown): unknown }>(encoded: Encoded, into: M): M => {
  const flat = requirePairs(encoded);
  for (let i = 0; i < flat.length; i += 2) into.set(decodeState(flat[i]!), decodeState(flat[i + 1]!));
  return into;
};

const persistentMapOf = <M extends PersistentMap<unknown, unknown>>(encoded: Encoded, empty: M): M =>
  empty.withMutations((map) => void intoMap(encoded, map)) as M;

/** The items decoded in place: the array is JSON.parse's own, read by nobody else. */
const decodeItems = (encoded: Encoded): unknown[] => {
  if (!Array.isArray(encoded)) throw new SnapshotCodecError('a collection is not a list of items');
  for (let i = 0; i < encoded.length; i += 1) (encoded as unknown[])[i] = decodeState(encoded[i]!);
  return encoded as unknown[];
};

const decodeNumber = (encoded: Encoded): number => {
  const value = Number(encoded);
  if (typeof encoded !== 'string' || (Number.isNaN(value) && encoded !== 'NaN'))
    throw new SnapshotCodecError(`"${String(encoded)}" is not a number`);
  return value;
};

const decodeBigint = (encoded: Encoded): bigint => {
  if (typeof encoded !== 'string' || !/^-?\d+$/.test(encoded))
    throw new SnapshotCodecError(`"${String(encoded)}" is not a bigint`);
  return BigInt(encoded);
};

const decodeTagged = (kind: Kind, v: Encoded): unknown => {
  switch (kind) {
    case 'List':
      return List(decodeItems(v));
    case 'Map':
      return persistentMapOf(v, PersistentMap());
    case 'OrderedMap':
      return persistentMapOf(v, OrderedMap());
    case 'Set':
      return PersistentSet(decodeItems(v));
    case 'OrderedSet':
      return OrderedSet(decodeItems(v));
    case 'NativeMap':
      return intoMap(v, new Map());
    case 'NativeSet':
      return new Set(decodeItems(v));
    case 'bigint':
      return decodeBigint(v);
    case 'undefined':
      return undefined;
    case 'number':
      return decodeNumber(v);
    case 'object':
      return decodePlain(v);
  }
};

/** Decoded in place, like items: a state's plain objects are JSON.parse's own, read by nobody else. */
const decodePlain = (encoded: Encoded): Record<string, unknown> => {
  if (typeof encoded !== 'object' || encoded === null || Array.isArray(encoded))
    throw new SnapshotCodecError('an object is not an object');
  const out = encoded as Record<string, unknown>;
  for (const key of Object.keys(encoded)) {
    const value = encoded[key]!;
    if (value !== null && typeof value === 'object') out[key] = decodeState(value);
  }
  return out;
};

const decodeObject = (encoded: { [key: string]: Encoded }): unknown => {
  const kind = encoded[TAG];
  if (kind === undefined) return decodePlain(encoded);
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind))
    throw new SnapshotCodecError(`"${String(kind)}" is not a kind of value a snapshot holds`);
  return decodeTagged(kind as Kind, encoded.v ?? null);
};

/**
 * The state that `encodeState` was given; SnapshotCodecError when the data is not what it writes.
 * It decodes in place, reusing `encoded`'s arrays and objects: pass what JSON.parse just returned
 * and nothing else holds (a tenth faster on a state of 29,000 items, bench/RESULTS.md issue 14).
 */
export const decodeState = (encoded: Encoded): unknown => {
  if (encoded === null || typeof encoded !== 'object') return encoded;
  if (Array.isArray(encoded)) return decodeItems(encoded);
  return decodeObject(encoded);
};
