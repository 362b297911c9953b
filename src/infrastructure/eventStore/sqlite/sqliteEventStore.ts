/**
 * The embedded event store: one SQLite file, so the ledger runs with no server.
 */
import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { ensurePrivateFile } from '../../ensureFolder';
import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  streamCategory,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type LogFilter,
  type LogSubscription,
  type ReadLogOptions,
  type ReadStreamOptions,
  type ReadStreamResult,
  type StoredEvent,
  type StreamRevision,
  type SubscribeOptions,
} from '../../../application/ports/eventStore';
import { DuplicateEventError, RevisionConflictError } from '../../../application/ports/eventStoreErrors';
import { decodePayload, encodeAppend, type EncodedEvent } from '../payloadCodec';
import { prepareEventsDatabase, type EventRow } from './schema';
import { appendSignals, pollingSubscription } from './pollingSubscription';
import { repeatedAppend, type StoredPlace } from './repeatedAppend';
import { embeddedLog } from './embeddedLog';
import { NewEntry } from './eventRows';
import { SqliteTreeStore } from './sqliteTreeStore';

export interface SqliteEventStoreOptions {
  /** File path; its folder is created on demand. ':memory:' is accepted for throwaway stores. */
  readonly path: string;
  /** How often a subscriber looks for appends made by another process on the same file. */
  readonly pollIntervalMs?: number;
  /** How long a writer waits for another process's write lock before failing. */
  readonly busyTimeoutMs?: number;
  /** Events read per batch while a subscriber catches up. */
  readonly batchSize?: number;
  readonly clock?: () => Date;
  /**
   * Keep the Merkle tree over the log in the same file, one leaf per event, written behind the log a
   * batch at a time (see sqliteTreeStore.ts; on by default, off only to measure what it costs).
   */
  readonly merkleTree?: boolean;
  /**
   * Hash new events' leaves on a worker thread once this store has appended this many events (500
   * by default; Infinity never). Before that, and whenever the worker is not there, the appending
   * thread hashes them itself.
   */
  readonly hashOnWorkerAfter?: number;
}

type Row = Omit<EventRow, 'position' | 'stream_revision'> & { position: bigint; stream_revision: bigint };

const toStoredEvent = (row: Row): StoredEvent => ({
  id: row.event_id,
  type: row.event_type,
  data: decodePayload(row.data),
  metadata: decodePayload(row.metadata),
  streamName: row.stream_name,
  streamRevision: row.stream_revision,
  globalPosition: row.position,
  recordedAt: new Date(row.recorded_at),
});

const expectationHolds = (expected: ExpectedRevision, actual: StreamRevision): boolean => {
  if (expected === ANY) return true;
  if (expected === STREAM_EXISTS) return actual !== NO_STREAM;
  return expected === actual;
};

export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly signalKey: string;
  private readonly subscriptions = new Set<LogSubscription>();
  private readonly logQueries = new Map<string, Database.Statement>();
  private readonly clock: () => Date;
  /** The Merkle tree over this log, kept in the same file (see treeStore.ts). */
  readonly tree: SqliteTreeStore | undefined;

  constructor(private readonly options: SqliteEventStoreOptions) {
    const inMemory = options.path === ':memory:';
    ensurePrivateFile(options.path);
    this.db = new Database(options.path);
    prepareEventsDatabase(this.db, options.busyTimeoutMs ?? 5000);
    this.signalKey = inMemory ? `memory:${Math.random()}` : resolve(options.path);
    this.clock = options.clock ?? (() => new Date());
    this.tree =
      options.merkleTree === false
        ? undefined
        : new SqliteTreeStore(this.db, embeddedLog(this.db), {
            hashOnWorkerAfter: options.hashOnWorkerAfter,
          });
    // A file written before the tree existed (or by such a version since) gets its leaves now.
    if (this.tree) this.inTreeTransaction(() => this.tree!.catchUpNow());
  }

  /** Runs an immediate transaction that may grow the tree, and tells the tree whether it held. */
  private inTreeTransaction<T>(run: () => T): T {
    try {
      const result = this.db.transaction(run).immediate();
      this.tree?.committed();
      return result;
    } catch (error) {
      this.tree?.rolledBack();
      throw error;
    }
  }

  private readonly streamRevisionQuery = this.lazy(() =>
    this.db
      .prepare('SELECT MAX(stream_revision) AS revision FROM events WHERE stream_name = ?')
      .safeIntegers(true),
  );

  private currentRevision(streamName: string): StreamRevision {
    const row = this.streamRevisionQuery().get(streamName) as { revision: bigint | null };
    return row.revision ?? NO_STREAM;
  }

  private readonly insertEvent = this.lazy(() =>
    this.db.prepare(
      `INSERT INTO events (event_id, stream_name, stream_category, stream_revision, event_type, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  );

  private readonly appendTransaction = this.lazy(() =>
    this.db.transaction(
      (streamName: string, events: readonly EncodedEvent[], expected: ExpectedRevision): AppendResult => {
        const actual = this.currentRevision(streamName);
        if (!expectationHolds(expected, actual))
          throw new RevisionConflictError(streamName, expected, actual);
        const category = streamCategory(streamName);
        const recordedAt = this.clock().toISOString();
        let revision = actual === NO_STREAM ? -1n : actual;
        let lastPosition = 0n;
        const tree = this.tree;
        const leaves: NewEntry[] = [];
        for (const event of events) {
          revision += 1n;
          const info = this.insertEvent().run(
            event.id,
            streamName,
            category,
            revision,
            event.type,
            event.data,
            event.metadata,
            recordedAt,
          );
          lastPosition = BigInt(info.lastInsertRowid);
          if (tree) leaves.push(new NewEntry(event, streamName, revision, lastPosition, recordedAt));
        }
        // After the events: their leaves wait for a batch, written behind the log (see sqliteTreeStore.ts).
        tree?.appendStored(leaves);
        return { nextExpectedRevision: revision, lastPosition };
      },
    ),
  );

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    // Checked and encoded before the transaction: a payload that cannot be stored writes nothing.
    const encoded = encodeAppend(streamName, events);
    let result: AppendResult;
    try {
      // One transaction (not one nested in another): the tree's leaves are written inside it.
      result = this.appendTransaction().immediate(streamName, encoded, expected);
      this.tree?.committed();
    } catch (error) {
      this.tree?.rolledBack();
      return this.afterRefusedAppend(error, streamName, encoded, expected);
    }
    appendSignals.emit(this.signalKey);
    return result;
  }

  /** A repeat of a stored append answers as the first did; anything else refused says why. */
  private afterRefusedAppend(
    error: unknown,
    streamName: string,
    events: readonly EncodedEvent[],
    expected: ExpectedRevision,
  ): AppendResult {
    const uniqueOn = (column: string) =>
      (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && String(error).includes(column);
    const reusedId = uniqueOn('events.event_id');
    if (error instanceof RevisionConflictError || reusedId) {
      const ids = events.map((event) => event.id);
      const stored = this.storedPlaces(ids);
      const repeat = repeatedAppend(streamName, ids, expected, stored);
      if (repeat) return repeat;
      if (reusedId) throw new DuplicateEventError(streamName, [...stored.keys()]);
      throw error;
    }
    // The unique (stream, revision) index is the last line of defence against a racing writer.
    if (uniqueOn('stream_revision'))
      throw new RevisionConflictError(streamName, expected, this.currentRevision(streamName));
    throw error;
  }

  private storedPlaces(ids: readonly string[]): Map<string, StoredPlace> {
    const rows = this.db
      .prepare(
        `SELECT event_id, stream_name, stream_revision, position FROM events WHERE event_id IN (${ids.map(() => '?').join(', ')})`,
      )
      .safeIntegers(true)
      .all(...ids) as Pick<Row, 'event_id' | 'stream_name' | 'stream_revision' | 'position'>[];
    return new Map(
      rows.map((row) => [
        row.event_id,
        { streamName: row.stream_name, streamRevision: row.stream_revision, globalPosition: row.position },
      ]),
    );
  }

  private readonly streamForwards = this.lazy(() =>
    this.db
      .prepare(
        'SELECT * FROM events WHERE stream_name = ? AND stream_revision >= ? ORDER BY stream_revision ASC LIMIT ?',
      )
      .safeIntegers(true),
  );

  private readonly streamBackwards = this.lazy(() =>
    this.db
      .prepare(
        'SELECT * FROM events WHERE stream_name = ? AND stream_revision <= ? ORDER BY stream_revision DESC LIMIT ?',
      )
      .safeIntegers(true),
  );

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<ReadStreamResult> {
    const backwards = options.direction === 'backwards';
    const limit = options.maxCount ?? -1;
    const from = options.fromRevision ?? (backwards ? BigInt(Number.MAX_SAFE_INTEGER) : 0n);
    const read = this.db.transaction(() => ({
      rows: (backwards ? this.streamBackwards() : this.streamForwards()).all(
        streamName,
        from,
        limit,
      ) as Row[],
      streamRevision: this.currentRevision(streamName),
    }));
    const { rows, streamRevision } = read();
    return { events: rows.map(toStoredEvent), streamRevision };
  }

  async readLog(options: ReadLogOptions = {}): Promise<StoredEvent[]> {
    return this.readLogNow(options);
  }

  private readLogNow({ after, maxCount, filter }: ReadLogOptions): StoredEvent[] {
    const categories = filter?.categories ?? [];
    const types = filter?.eventTypes ?? [];
    const statement = this.logQuery(filter);
    const rows = statement.all(after ?? 0n, ...categories, ...types, maxCount ?? -1) as Row[];
    return rows.map(toStoredEvent);
  }

  private logQuery(filter?: LogFilter): Database.Statement {
    const categories = filter?.categories;
    const types = filter?.eventTypes;
    const key = `${categories?.length ?? '-'}:${types?.length ?? '-'}`;
    let statement = this.logQueries.get(key);
    if (!statement) {
      const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');
      const clauses = ['position > ?'];
      // An empty list matches nothing, as it would in memory. The categories are tested row by row
      // along the log (the unary + keeps SQLite off events_by_category): read through that index,
      // several categories come back in category order and each page needed a temporary sort.
      if (categories)
        clauses.push(categories.length ? `+stream_category IN (${placeholders(categories.length)})` : '0');
      if (types) clauses.push(types.length ? `event_type IN (${placeholders(types.length)})` : '0');
      const sql = `SELECT * FROM events WHERE ${clauses.join(' AND ')} ORDER BY position LIMIT ?`;
      statement = this.db.prepare(sql).safeIntegers(true);
      this.logQueries.set(key, statement);
    }
    return statement;
  }

  subscribe(options: SubscribeOptions): LogSubscription {
    const subscription = pollingSubscription({
      ...options,
      signalKey: this.signalKey,
      pollIntervalMs: this.options.pollIntervalMs ?? 500,
      readBatch: (after) =>
        this.readLogNow({ after, maxCount: this.options.batchSize ?? 500, filter: options.filter }),
      onStopped: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async lastPosition(): Promise<bigint | undefined> {
    const row = this.db.prepare('SELECT MAX(position) AS position FROM events').safeIntegers(true).get() as {
      position: bigint | null;
    };
    return row.position ?? undefined;
  }

  private readonly commandQuery = this.lazy(() =>
    this.db
      .prepare(`SELECT * FROM events WHERE json_extract(metadata, '$.commandId') = ? ORDER BY position`)
      .safeIntegers(true),
  );

  async findCommand(commandId: string): Promise<StoredEvent[]> {
    return (this.commandQuery().all(commandId) as Row[]).map(toStoredEvent);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    // The leaves still written behind the log (see sqliteTreeStore.ts) are written before the file
    // closes; if that fails (a full disk), the next opening takes those events in instead.
    if (this.tree?.waitingEvents && this.db.open)
      try {
        this.inTreeTransaction(() => this.tree!.catchUpNow());
      } catch {
        // Nothing is lost: the events are in the log, and no signed head covers them yet.
      }
    this.tree?.stopHashing();
    if (this.db.open) this.db.close();
  }

  private lazy<T>(create: () => T): () => T {
    let value: T | undefined;
    return () => (value ??= create());
  }
}
