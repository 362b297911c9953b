/**
 * The documents as one commit of the read models sees them: what it has written first, then the
 * file's, each parsed once per commit. The written ones are stored once, at the commit's end.
 */
import type Database from 'better-sqlite3';
import type { Collection } from '../../application/ports/readModelStore';
import { documentKey } from './documentCache';

type Key = [Collection, string, string];

export interface DocumentStatements {
  readonly readDocument: Database.Statement;
  readonly readDocumentsWithIds: Database.Statement;
}

export class CommitDocuments {
  private readonly cache = new Map<string, { key: Key; document: unknown; dirty: boolean }>();

  constructor(private readonly statements: DocumentStatements) {}

  get<T>(collection: Collection, programmeId: string, id: string): T | undefined {
    const key = documentKey(collection, programmeId, id);
    const cached = this.cache.get(key);
    if (cached) return cached.document as T;
    const body = this.statements.readDocument.get(collection, programmeId, id) as string | undefined;
    if (body === undefined) return undefined;
    const document = JSON.parse(body) as T;
    this.cache.set(key, { key: [collection, programmeId, id], document, dirty: false });
    return document;
  }

  put(collection: Collection, programmeId: string, id: string, document: unknown): void {
    this.cache.set(documentKey(collection, programmeId, id), {
      key: [collection, programmeId, id],
      document,
      dirty: true,
    });
  }

  /** Every document of a collection in the programme: the file's in their order, then those new in the commit. */
  all<T>(collection: Collection, programmeId: string): T[] {
    const prefix = documentKey(collection, programmeId, '');
    const rows = this.statements.readDocumentsWithIds.all(collection, programmeId) as {
      id: string;
      body: string;
    }[];
    const stored = new Set(rows.map(({ id }) => `${prefix}${id}`));
    const documents = rows.map(({ id, body }) => {
      const cached = this.cache.get(`${prefix}${id}`);
      return (cached ? cached.document : JSON.parse(body)) as T;
    });
    for (const [key, { document }] of this.cache)
      if (key.startsWith(prefix) && !stored.has(key)) documents.push(document as T);
    return documents;
  }

  /** The documents written in the commit, with their collection, programme and id. */
  *written(): Generator<[Key, unknown]> {
    for (const { key, document, dirty } of this.cache.values()) if (dirty) yield [key, document];
  }
}
