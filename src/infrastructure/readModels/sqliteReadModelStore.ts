/**
 * Read models in SQLite: a file for the live ledger, or ':memory:' for a throwaway fold (time
 * travel). Documents written during a commit are cached and written once at its end.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type {
  Collection,
  HistoryEntry,
  HistoryFilter,
  JourneyEntry,
  JourneyFilter,
  Page,
  PageRequest,
  ProjectionTarget,
  ReadModelStore,
} from '../../application/ports/readModelStore';
import { pageCountedOnRead } from '../../application/ports/readModelStore';
import { ensurePrivateFile } from '../ensureFolder';
import { decodePayload, encodePayload } from '../eventStore/payloadCodec';
import { CommitDocuments } from './commitDocuments';
import { collectionKey, DocumentCache, documentKey, journeyKey } from './documentCache';
import {
  historyConditions,
  journeyConditions,
  positionIn,
  type Conditions,
  type HistoryRow,
  type JourneyRow,
} from './queryParts';
import { dropReadModels, prepareReadModelDatabase } from './schema';
import { decodeCursor, encodeCursor } from '../../projections/cursors';
import { preparedStatements } from '../preparedStatements';

/** The longest journey page kept between reads. */
const KEPT_JOURNEY_PAGE = 100;

const jsonOfBigint = (_key: string, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value);

export class SqliteReadModelStore implements ReadModelStore {
  private readonly db: Database.Database;

  /** Prepared once: the live runner commits once per event. SQLite re-prepares them after a reset. */
  private readonly statements;

  private readonly parsed: DocumentCache;

  /** The statements of lists' filters, prepared once per distinct SQL. */
  private readonly prepared;

  /** `temporary`: a file of the process's own (a kept base for reads as of a past time), removed on close. */
  constructor(
    readonly path: string,
    private readonly options: { readonly temporary?: boolean } = {},
  ) {
    ensurePrivateFile(path);
    this.db = new Database(path);
    prepareReadModelDatabase(this.db);
    this.prepared = preparedStatements(this.db);
    const dataVersion = this.db.prepare('PRAGMA data_version').pluck();
    this.parsed = new DocumentCache(() => dataVersion.get() as number);
    this.statements = {
      readDocument: this.db
        .prepare('SELECT body FROM documents WHERE collection = ? AND programme_id = ? AND id = ?')
        .pluck(),
      readDocumentsWithIds: this.db.prepare(
        'SELECT id, body FROM documents WHERE collection = ? AND programme_id = ? ORDER BY rowid',
      ),
      writeDocument: this.db.prepare(
        `INSERT INTO documents (collection, programme_id, id, body) VALUES (?, ?, ?, ?)
       ON CONFLICT (collection, programme_id, id) DO UPDATE SET body = excluded.body`,
      ),
      addJourney: this.db.prepare(
        `INSERT OR IGNORE INTO journey (position, programme_id, event_id, occurred_at, kind, team_id, body)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      moveJourney: this.db.prepare(
        `UPDATE journey SET occurred_at = ?, body = json_set(body, '$.occurredAt', ?)
       WHERE programme_id = ? AND event_id = ?`,
      ),
      addHistory: this.db.prepare(
        `INSERT OR IGNORE INTO history (position, programme_id, event_type, actor_id, recorded_at, occurred_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      saveCheckpoint: this.db.prepare(
        'INSERT INTO checkpoints (projection, position) VALUES (?, ?) ON CONFLICT (projection) DO UPDATE SET position = excluded.position',
      ),
      checkpoint: this.db.prepare('SELECT position FROM checkpoints WHERE projection = ?').pluck(),
      build: this.db.prepare(`SELECT value FROM read_model_info WHERE key = 'build'`).pluck(),
    };
  }

  /** Which build of the read models this is: every reset (a rebuild) starts a new one. */
  build(): string {
    return this.statements.build.get() as string;
  }

  /**
   * Runs the work with every write made meanwhile undone after it: a read as of a past time folds
   * its last records onto a kept base this way, and leaves the base as it was.
   */
  async tentatively<T>(work: () => Promise<T>): Promise<T> {
    this.db.exec('BEGIN');
    try {
      return await work();
    } finally {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      // Documents read meanwhile may hold the undone writes (this connection's own, so SQLite's
      // data_version does not move): none of them is kept.
      this.parsed.clear();
    }
  }

  checkpoint(projection: string): bigint | undefined {
    const position = this.statements.checkpoint.get(projection) as string | undefined;
    return position === undefined ? undefined : BigInt(position);
  }

  commit(writes: (target: ProjectionTarget) => void, checkpoints: ReadonlyMap<string, bigint>): void {
    const { writeDocument, addJourney, moveJourney, addHistory, saveCheckpoint } = this.statements;
    const documents = new CommitDocuments(this.statements);
    /** What the commit changes, for the parsed documents and journey pages kept to be forgotten. */
    const written = new Set<string>();
    const target: ProjectionTarget = {
      get: (collection, programmeId, id) => documents.get(collection, programmeId, id),
      put: (collection, programmeId, id, document) => documents.put(collection, programmeId, id, document),
      all: (collection, programmeId) => documents.all(collection, programmeId),
      addJourneyEntry: (entry) => {
        const { position, programmeId, eventId, occurredAt, kind, teamId, ...rest } = entry;
        const body = JSON.stringify({ ...rest, programmeId, eventId, occurredAt, kind, teamId });
        addJourney.run(position, programmeId, eventId, occurredAt, kind, teamId, body);
        written.add(journeyKey(programmeId));
      },
      moveJourneyEntries: (programmeId, eventIds, occurredAt) => {
        for (const eventId of eventIds) moveJourney.run(occurredAt, occurredAt, programmeId, eventId);
        written.add(journeyKey(programmeId));
      },
      addHistoryEntry: (entry) => {
        const { position, programmeId, type, metadata, eventId, streamName, streamRevision, data } = entry;
        const body = encodePayload({ eventId, streamName, streamRevision, type, data, metadata });
        addHistory.run(
          position,
          programmeId,
          type,
          metadata.actorId,
          metadata.recordedAt,
          metadata.occurredAt,
          body,
        );
      },
    };
    try {
      this.db.transaction(() => {
        writes(target);
        for (const [key, document] of documents.written()) {
          writeDocument.run(...key, JSON.stringify(document));
          written.add(documentKey(...key)).add(collectionKey(key[0], key[1]));
        }
        for (const [projection, position] of checkpoints) saveCheckpoint.run(projection, position.toString());
      })();
    } finally {
      this.parsed.forget(written);
    }
  }

  /** Parsed once and kept while unchanged (see DocumentCache): frozen, so copy before changing it. */
  document<T>(collection: Collection, programmeId: string, id: string): T | undefined {
    return this.parsed.read(documentKey(collection, programmeId, id), () => {
      const body = this.statements.readDocument.get(collection, programmeId, id) as string | undefined;
      return body === undefined ? undefined : (JSON.parse(body) as T);
    });
  }

  derived<T>(name: string, programmeId: string, compute: () => T): T {
    return this.parsed.derived(name, programmeId, compute);
  }

  /** A new array each time, of documents parsed once and kept while unchanged (frozen). */
  documents<T>(collection: Collection, programmeId: string): T[] {
    const parsed = this.parsed.read(collectionKey(collection, programmeId), () => {
      const rows = this.statements.readDocumentsWithIds.all(collection, programmeId) as { body: string }[];
      return rows.map(({ body }) => JSON.parse(body) as T);
    });
    return [...parsed];
  }

  programmeIds(): string[] {
    return this.prepared(`SELECT id FROM documents WHERE collection = 'programme' ORDER BY rowid`)
      .pluck()
      .all() as string[];
  }

  journey(programmeId: string, filter: JourneyFilter, page: PageRequest): Page<JourneyEntry> {
    const where = journeyConditions(programmeId, filter);
    const count = this.counter('journey', where);
    const read = () => this.journeyPage(where, page);
    // Pages a dashboard shows are kept until the programme's journey changes (see DocumentCache);
    // longer ones (a written output reads the whole journey a thousand at a time) are not.
    const found =
      page.first > KEPT_JOURNEY_PAGE
        ? read()
        : this.parsed.derived(
            `journey page ${JSON.stringify([filter, page], jsonOfBigint)}`,
            programmeId,
            read,
          );
    return pageCountedOnRead(found, count);
  }

  /** One page of the journey rows the conditions select, after the page's cursor. */
  private journeyPage(where: Conditions, page: PageRequest) {
    let hasPreviousPage = false;
    if (page.after != null) {
      const [occurredAt = '', position = ''] = decodeCursor(page.after, 'journey', 2);
      // A row value, so SQLite seeks to the cursor in journey_in_order instead of walking to it.
      const later = '(occurred_at, position) > (?, ?)';
      const key = [occurredAt, positionIn(position)];
      hasPreviousPage = this.exists('journey', where, `NOT ${later}`, key);
      where.add(later, ...key);
    }
    const rows = this.prepared(
      `SELECT position, body FROM journey WHERE ${where.sql()} ORDER BY occurred_at, position LIMIT ?`,
    )
      .safeIntegers(true)
      .all(...where.params, page.first + 1) as JourneyRow[];
    const items = rows.slice(0, page.first).map(({ position, body }) => {
      const node = { ...(JSON.parse(body) as Omit<JourneyEntry, 'position'>), position };
      return { cursor: encodeCursor('journey', [node.occurredAt, position.toString()]), node };
    });
    return { items, hasNextPage: rows.length > page.first, hasPreviousPage };
  }

  history(programmeId: string, filter: HistoryFilter, page: PageRequest): Page<HistoryEntry> {
    const where = historyConditions(programmeId, filter);
    const count = this.counter('history', where);
    let hasPreviousPage = false;
    if (page.after != null) {
      const [position = ''] = decodeCursor(page.after, 'history', 1);
      hasPreviousPage = this.exists('history', where, 'position <= ?', [positionIn(position)]);
      where.add('position > ?', positionIn(position));
    }
    const rows = this.prepared(
      `SELECT position, body FROM history WHERE ${where.sql()} ORDER BY position LIMIT ?`,
    )
      .safeIntegers(true)
      .all(...where.params, page.first + 1) as HistoryRow[];
    const items = rows.slice(0, page.first).map(({ position, body }) => {
      const stored = decodePayload(body) as Omit<HistoryEntry, 'position' | 'programmeId'>;
      const node: HistoryEntry = { position, programmeId, ...stored };
      return { cursor: encodeCursor('history', [position.toString()]), node };
    });
    return pageCountedOnRead({ items, hasNextPage: rows.length > page.first, hasPreviousPage }, count);
  }

  /** Counts, when asked, the rows the conditions select as they are now (a list's filter): its totalCount. */
  private counter(table: 'journey' | 'history', where: Conditions): () => number {
    const sql = `SELECT COUNT(*) FROM ${table} WHERE ${where.sql()}`;
    const params = [...where.params];
    return () =>
      Number(
        this.prepared(sql)
          .pluck()
          .get(...params),
      );
  }

  /** Whether any row meets the conditions and one more: the rows before a page's cursor. */
  private exists(table: 'journey' | 'history', where: Conditions, and: string, params: unknown[]): boolean {
    const sql = `SELECT EXISTS (SELECT 1 FROM ${table} WHERE ${where.sql()} AND ${and})`;
    return (
      this.prepared(sql)
        .pluck()
        .get(...where.params, ...params) === 1
    );
  }

  reset(): void {
    this.parsed.clear();
    this.db.transaction(() => dropReadModels(this.db))();
  }

  /** Empties the write-ahead log into the file and truncates it: what was dropped stays in neither. */
  truncateWriteAheadLog(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  close(): void {
    if (this.db.open) this.db.close();
    if (this.options.temporary)
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.path}${suffix}`, { force: true });
  }
}
