/**
 * What a leaf of the ledger's Merkle tree commits to: one event, as a canonical entry whose bytes
 * anyone can rebuild from the event and its salts (see "Auditing" in the README).
 *
 * Every value in the event's data is a field, named by its path (object keys and array indices,
 * `["title"]`, `["hypothesis","ifWe"]`, `["quotes",2]`; an empty object or array is a field too),
 * and committed to through a salted hash: SHA-256(salt ‖ RFC 8785 JSON of the value). The fields
 * are taken in canonical order (keys sorted as RFC 8785 sorts them, arrays in order) and field i
 * is salted with bytes 32i to 32i+32 of SHAKE256(seed) (the event's 32-byte seed). The entry holds
 * the event's place in the log, its type, its recording time, its metadata in full (no free text:
 * ids, roles, times) and the list of [path, commitment] of its data, written as RFC 8785 JSON; the
 * leaf is SHA-256(0x00 ‖ entry).
 *
 * Because the leaf holds commitments, not values, a field can be redacted (as Amazon QLDB's
 * redaction does): its value is replaced by "[redacted]", its commitment is kept, and its salt is
 * forgotten, so the leaf, and every proof, still checks while the value cannot be guessed back
 * from its hash. An event whose seed is empty (EventStoreDB, which never rewrites an event) has
 * salts anyone can derive: its fields cannot be redacted.
 */
import { createHash, hash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import { hashLeaf, sha256, type Hash } from './merkle';

export const ENTRY_FORMAT = 1;
export const REDACTED = '[redacted]';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
export type FieldPath = readonly (string | number)[];

/** An event as the log stores it, with data and metadata as plain JSON (bigints tagged). */
export interface EntrySource {
  readonly position: bigint;
  readonly eventId: string;
  readonly streamName: string;
  readonly streamRevision: bigint;
  readonly type: string;
  /** The store's recording time, as an ISO 8601 UTC timestamp. */
  readonly recordedAt: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

/**
 * How an event's fields are salted. Normally one random seed per event. Once a field is
 * redacted, the seed is gone: the salts of the fields left are kept one by one, and the redacted
 * fields keep only their commitments. Keys are the paths as RFC 8785 JSON; values hex.
 */
export type Salting =
  | { readonly seed: string }
  | { readonly salts: Readonly<Record<string, string>>; readonly redacted: Readonly<Record<string, string>> };

export const pathKey = (path: FieldPath): string => JSON.stringify(path);

const isObject = (value: JsonValue): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every field of a JSON value with its path, in canonical order; an empty object or array is a field. */
export const fieldsOf = (value: JsonValue, path: FieldPath = []): [FieldPath, JsonValue][] => {
  if (Array.isArray(value) && value.length > 0)
    return value.flatMap((item, index) => fieldsOf(item, [...path, index]));
  if (isObject(value) && Object.keys(value).length > 0)
    return Object.keys(value)
      .sort()
      .flatMap((key) => fieldsOf(value[key]!, [...path, key]));
  return [[path, value]];
};

const SALT_BYTES = 32;

/** The salts of an event's fields, in their canonical order, from its seed. */
export const saltsFrom = (seed: Buffer, fieldCount: number): Buffer[] => {
  if (fieldCount === 0) return [];
  const stream = createHash('shake256', { outputLength: SALT_BYTES * fieldCount })
    .update(seed)
    .digest();
  return Array.from({ length: fieldCount }, (_, i) => stream.subarray(SALT_BYTES * i, SALT_BYTES * (i + 1)));
};

/**
 * RFC 8785 JSON. A string, number, boolean or null serialises exactly as JSON.stringify writes
 * it, and so does a flat object with its keys sorted (the metadata of every event), so only other
 * objects and arrays need the library; this keeps the hashing of an append cheap. (A field's value
 * is never a non-empty array: fieldsOf splits arrays into their items.)
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return flatObjectJson(value as Record<string, unknown>) ?? canonicalize(value);
};

/**
 * An object key as JSON text. Every event's metadata and data repeat the same few keys (actorId,
 * occurredAt, title…), so their text is kept; at most a few thousand, forgotten all at once beyond.
 */
const keyTexts = new Map<string, string>();
const keyJson = (key: string): string => {
  let text = keyTexts.get(key);
  if (text === undefined) {
    if (keyTexts.size >= 4096) keyTexts.clear();
    text = JSON.stringify(key);
    keyTexts.set(key, text);
  }
  return text;
};

/**
 * RFC 8785 JSON of an object whose values are all strings, numbers, booleans or null (as the
 * metadata of every event is), written directly: keys sorted by UTF-16 code units, as
 * Array.prototype.sort does and RFC 8785 asks. Undefined for any other object.
 */
const flatObjectJson = (value: Record<string, unknown>): string | undefined => {
  if (Array.isArray(value)) return undefined;
  const keys = Object.keys(value).sort();
  let text = '';
  for (const key of keys) {
    const item = value[key];
    if (item !== null && typeof item === 'object') return undefined;
    if (item === undefined || (typeof item === 'number' && !Number.isFinite(item))) return undefined;
    text += `${text ? ',' : ''}${keyJson(key)}:${JSON.stringify(item)}`;
  }
  return `{${text}}`;
};

export const commitment = (salt: Buffer, value: JsonValue): Buffer =>
  sha256(Buffer.concat([salt, Buffer.from(canonicalJson(value), 'utf8')]));

/** A salt no one holds: a field whose salt is gone and whose value is not "[redacted]" cannot check. */
const LOST_SALT = Buffer.alloc(SALT_BYTES);

/** A path's JSON text one step deeper: `["a"]` and `2` make `["a",2]`. */
const deeper = (pathText: string, step: string): string =>
  pathText === '[]' ? `[${step}]` : `${pathText.slice(0, -1)},${step}]`;

/** Where a field's salt and value are written to be hashed: grown when a value needs more room. */
let scratch = Buffer.allocUnsafe(4096);

/** SHA-256(salt ‖ UTF-8 of text) as hex, written into the scratch buffer (no Buffer per field). */
const saltedHashHex = (salts: Buffer, i: number, text: string): string => {
  const room = SALT_BYTES + text.length * 3;
  if (scratch.length < room) scratch = Buffer.allocUnsafe(room);
  salts.copy(scratch, 0, SALT_BYTES * i, SALT_BYTES * (i + 1));
  const written = scratch.write(text, SALT_BYTES, 'utf8');
  return hash('sha256', scratch.subarray(0, SALT_BYTES + written), 'hex');
};

/**
 * The entry's data part, `[path,"commitment"]` for each field in canonical order, salted from a
 * seed. This runs for every event appended, so it walks the data once, writes each path's JSON as
 * it goes and hashes each field from one reused buffer (the same bytes as fieldsOf and commitment).
 */
const seededData = (data: JsonObject, seed: Buffer): string => {
  const paths: string[] = [];
  const texts: string[] = [];
  const walk = (value: JsonValue, pathText: string): void => {
    if (Array.isArray(value) && value.length > 0)
      for (let i = 0; i < value.length; i += 1) walk(value[i]!, deeper(pathText, `${i}`));
    else if (isObject(value) && Object.keys(value).length > 0)
      for (const key of Object.keys(value).sort()) walk(value[key]!, deeper(pathText, keyJson(key)));
    else {
      paths.push(pathText);
      texts.push(canonicalJson(value));
    }
  };
  // The walk always finds a field: data with no keys is one field, `{}` at the path [].
  walk(data, '[]');
  const salts = createHash('shake256', { outputLength: SALT_BYTES * texts.length })
    .update(seed)
    .digest();
  let text = '';
  for (let i = 0; i < texts.length; i += 1)
    text += `${i === 0 ? '' : ','}[${paths[i]},"${saltedHashHex(salts, i, texts[i]!)}"]`;
  return text;
};

/** The commitment of each field of the data, in canonical order, as hex. */
const commitments = (data: JsonObject, salting: Salting): [FieldPath, string][] => {
  const fields = fieldsOf(data);
  if ('seed' in salting) {
    const salts = saltsFrom(Buffer.from(salting.seed, 'hex'), fields.length);
    return fields.map(([path, value], i) => [path, commitment(salts[i]!, value).toString('hex')]);
  }
  return fields.map(([path, value]) => {
    const key = pathKey(path);
    const redacted = salting.redacted[key];
    if (redacted !== undefined && value === REDACTED) return [path, redacted];
    const salt = salting.salts[key];
    return [
      path,
      commitment(salt === undefined ? LOST_SALT : Buffer.from(salt, 'hex'), value).toString('hex'),
    ];
  });
};

/**
 * The canonical entry a leaf commits to, as text: the RFC 8785 JSON of
 * { data: [[path, commitment], …], eventId, format, metadata, position, recordedAt, stream,
 * streamRevision, type }, written key by key in RFC 8785's order (every part but the metadata is
 * made of strings, numbers and arrays of them).
 */
const entryText = (source: EntrySource, data: string): string =>
  `{"data":[${data}],"eventId":${JSON.stringify(source.eventId)},"format":${ENTRY_FORMAT}` +
  `,"metadata":${canonicalJson(source.metadata)},"position":"${source.position}"` +
  `,"recordedAt":${JSON.stringify(source.recordedAt)},"stream":${JSON.stringify(source.streamName)}` +
  `,"streamRevision":"${source.streamRevision}","type":${JSON.stringify(source.type)}}`;

/** The canonical entry a leaf commits to, as bytes (UTF-8 of entryText). */
export const entryOf = (source: EntrySource, salting: Salting): Buffer => {
  const data =
    'seed' in salting
      ? seededData(source.data, Buffer.from(salting.seed, 'hex'))
      : commitments(source.data, salting)
          .map(([path, hash]) => `[${JSON.stringify(path)},"${hash}"]`)
          .join(',');
  return Buffer.from(entryText(source, data), 'utf8');
};

export const leafHashOf = (source: EntrySource, salting: Salting): Hash => hashLeaf(entryOf(source, salting));

/**
 * The leaf of a new event from its 32-byte seed, as the store appends it: the same hash as
 * leafHashOf(source, { seed: hex }), from the seed's bytes and the entry's text (H(0x00 ‖ entry)
 * hashed from one string: U+0000 is the byte 0x00 in UTF-8), with no Buffer for the entry.
 */
export const seededLeafHash = (source: EntrySource, seed: Buffer): Hash =>
  sha256(`\u0000${entryText(source, seededData(source.data, seed))}`);

/** RFC 6901: "/hypothesis/ifWe" or "/quotes/2", resolved against the event's data to a field path. */
export const resolvePointer = (data: JsonObject, pointer: string): FieldPath | undefined => {
  if (!pointer.startsWith('/')) return undefined;
  const tokens = pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path: (string | number)[] = [];
  let value: JsonValue = data;
  for (const token of tokens) {
    if (Array.isArray(value) && /^(0|[1-9]\d*)$/.test(token) && Number(token) < value.length) {
      path.push(Number(token));
      value = value[Number(token)]!;
    } else if (isObject(value) && Object.hasOwn(value, token)) {
      path.push(token);
      value = value[token]!;
    } else return undefined;
  }
  return path;
};

export const valueAt = (data: JsonObject, path: FieldPath): JsonValue | undefined => {
  let value: JsonValue | undefined = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, JsonValue>)[step];
  }
  return value;
};

/**
 * The salting after redacting `paths` (fields of the data): their commitments are kept and their
 * salts dropped; every other field keeps its salt, now written out, and the seed is dropped.
 */
export const redactedSalting = (data: JsonObject, salting: Salting, paths: readonly FieldPath[]): Salting => {
  const fields = fieldsOf(data);
  const before = commitments(data, salting);
  const seeded = 'seed' in salting ? saltsFrom(Buffer.from(salting.seed, 'hex'), fields.length) : [];
  const salts: Record<string, string> = 'seed' in salting ? {} : { ...salting.salts };
  const redacted: Record<string, string> = 'seed' in salting ? {} : { ...salting.redacted };
  const toRedact = new Set(paths.map(pathKey));
  fields.forEach(([path], i) => {
    const key = pathKey(path);
    if (key in redacted) return;
    if (toRedact.has(key)) {
      redacted[key] = before[i]![1];
      delete salts[key];
    } else if ('seed' in salting) salts[key] = seeded[i]!.toString('hex');
  });
  return { salts, redacted };
};

/** The data with "[redacted]" in place of each redacted field's value. */
export const withRedactedValues = (data: JsonObject, paths: readonly FieldPath[]): JsonObject => {
  const copy = structuredClone(data);
  for (const path of paths) {
    let parent: JsonValue = copy;
    for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, JsonValue>)[step]!;
    (parent as Record<string | number, JsonValue>)[path.at(-1)!] = REDACTED;
  }
  return copy;
};
