/**
 * Parsed read-model documents kept between reads. A programme's documents (its tallies, its
 * blueprint, its metrics) run to tens of kilobytes, and parsing them again on every request was
 * most of the time an overview took. A cached document is used only while the database is as it
 * was when it was parsed: this connection's own commits forget the documents they wrote, and any
 * other connection's commit (a CLI sharing the file, a redaction of the copies) moves SQLite's
 * `data_version`, which forgets everything. Documents are frozen, so no reader can change what the
 * next reader sees. The least recently read are forgotten beyond a bound.
 */
export const DEFAULT_CACHED_DOCUMENTS = 500;

export const documentKey = (collection: string, programmeId: string, id: string) =>
  `${collection}\u0000${programmeId}\u0000${id}`;
/** The key of a programme's whole collection, as `documents()` reads it. */
export const collectionKey = (collection: string, programmeId: string) => `${collection}\u0000${programmeId}`;
/** The key of a programme's journey rows: a commit that adds or moves one forgets what was derived from them. */
export const journeyKey = (programmeId: string) => `journey\u0000${programmeId}`;
/** The key of a value computed from a programme's documents (see `derived`). */
const derivedKey = (name: string, programmeId: string) => `derived\u0000${programmeId}\u0000${name}`;
const programmeOfKey = (key: string) => key.split('\u0000')[1];

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

export class DocumentCache {
  private readonly parsed = new Map<string, unknown>();
  /** The keys of the values computed from each programme's documents. */
  private readonly derivedOf = new Map<string, Set<string>>();
  private seenVersion: number | undefined;

  constructor(
    /** SQLite's `PRAGMA data_version` on the reading connection. */
    private readonly dataVersion: () => number,
    private readonly maxDocuments: number = DEFAULT_CACHED_DOCUMENTS,
  ) {}

  /** The cached value under `key`, or `read()`'s, parsed once and kept while nothing changes it. */
  read<T>(key: string, read: () => T): T {
    this.forgetOthersWrites();
    if (this.parsed.has(key)) {
      const value = this.parsed.get(key) as T;
      this.parsed.delete(key);
      this.parsed.set(key, value);
      return value;
    }
    const value = deepFreeze(read());
    this.parsed.set(key, value);
    if (this.parsed.size > this.maxDocuments) {
      const oldest = this.parsed.keys().next().value!;
      this.parsed.delete(oldest);
      this.derivedOf.get(programmeOfKey(oldest) ?? '')?.delete(oldest);
    }
    return value;
  }

  /**
   * A value computed from a programme's documents (its overview), kept as a document is and
   * forgotten with any of them: when this connection writes a document of the programme, and when
   * the file changes under it.
   */
  derived<T>(name: string, programmeId: string, compute: () => T): T {
    const key = derivedKey(name, programmeId);
    const value = this.read(key, compute);
    // After the read, which may have forgotten everything (another connection's write) first.
    const keys = this.derivedOf.get(programmeId) ?? new Set<string>();
    this.derivedOf.set(programmeId, keys.add(key));
    return value;
  }

  /** Forgets what this connection's own commit wrote (those do not move its `data_version`). */
  forget(keys: Iterable<string>): void {
    for (const key of keys) {
      this.parsed.delete(key);
      const programmeId = programmeOfKey(key) ?? '';
      for (const derived of this.derivedOf.get(programmeId) ?? []) this.parsed.delete(derived);
      this.derivedOf.delete(programmeId);
    }
  }

  clear(): void {
    this.parsed.clear();
    this.derivedOf.clear();
  }

  private forgetOthersWrites(): void {
    const version = this.dataVersion();
    if (version !== this.seenVersion) this.clear();
    this.seenVersion = version;
  }
}
