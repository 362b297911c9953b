/**
 * Snapshots of folded stream states in a SQLite file of their own, when SNAPSHOTS_PATH names one
 * (off by default; see config.ts): one row per stream, the latest state written. The file is a cache:
 * the ledger answers the same without it, so deleting it (the ledger stopped or running) is safe,
 * and a file that is not a snapshots database (corrupt, or of another layout) is replaced by an
 * empty one when opened. It is not part of backups, exports or the audit tree.
 */
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { SnapshotStore, StoredSnapshot } from '../../application/ports/snapshotStore';
import { ensurePrivateFile } from '../ensureFolder';

/** The layout of the file; another number empties it. */
const LAYOUT_VERSION = 1;

const CREATE = `
  CREATE TABLE IF NOT EXISTS snapshots (
    stream_key    TEXT PRIMARY KEY,
    stream        TEXT NOT NULL,
    revision      INTEGER NOT NULL,
    last_event_id TEXT NOT NULL,
    version       TEXT NOT NULL,
    state         TEXT NOT NULL,
    written_at    TEXT NOT NULL
  )`;

interface Row {
  stream: string;
  revision: bigint;
  last_event_id: string;
  version: string;
  state: string;
}

const open = (path: string): Database.Database => {
  ensurePrivateFile(path);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    // A cache: losing the last writes in a power cut only means folding a few more events.
    db.pragma('synchronous = NORMAL');
    // States hold free text from the log: space freed by a replaced snapshot is zeroed.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    if (db.pragma('user_version', { simple: true }) !== LAYOUT_VERSION)
      db.transaction(() => {
        db.exec('DROP TABLE IF EXISTS snapshots');
        db.exec(CREATE);
        db.pragma(`user_version = ${LAYOUT_VERSION}`);
      })();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};

const removeFile = (path: string) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
};

export class SqliteSnapshotStore implements SnapshotStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(readonly path: string) {
    try {
      this.db = open(path);
    } catch {
      // Not a snapshots database (corrupt, truncated, something else): it held only a cache.
      removeFile(path);
      this.db = open(path);
    }
    this.statements = {
      read: this.db
        .prepare('SELECT stream, revision, last_event_id, version, state FROM snapshots WHERE stream_key = ?')
        .safeIntegers(true),
      write: this.db.prepare(
        `INSERT INTO snapshots (stream_key, stream, revision, last_event_id, version, state, written_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (stream_key) DO UPDATE SET
           stream = excluded.stream, revision = excluded.revision, last_event_id = excluded.last_event_id,
           version = excluded.version, state = excluded.state, written_at = excluded.written_at
         WHERE snapshots.version <> excluded.version OR snapshots.revision < excluded.revision`,
      ),
      discard: this.db.prepare('DELETE FROM snapshots WHERE stream_key = ? AND revision = ?'),
    };
  }

  async read(key: string): Promise<StoredSnapshot | undefined> {
    const row = this.statements.read.get(key) as Row | undefined;
    if (!row) return undefined;
    return {
      stream: row.stream,
      revision: BigInt(row.revision),
      lastEventId: row.last_event_id,
      version: row.version,
      state: row.state,
    };
  }

  async write(key: string, snapshot: StoredSnapshot): Promise<void> {
    const { stream, revision, lastEventId, version, state } = snapshot;
    this.statements.write.run(key, stream, revision, lastEventId, version, state, new Date().toISOString());
  }

  async discard(key: string, revision: bigint): Promise<void> {
    this.statements.discard.run(key, revision);
  }

  async clear(): Promise<void> {
    this.db.exec('DELETE FROM snapshots');
    // Nothing of the old states stays in the write-ahead log either.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
