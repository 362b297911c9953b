/**
 * The read-model database. Disposable: everything in it is rebuilt from the event log, so a
 * change of layout bumps READ_MODEL_VERSION and the ledger rebuilds on its next start.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

export const READ_MODEL_VERSION = '4';

const TABLES = ['checkpoints', 'documents', 'journey', 'history'] as const;

const CREATE = `
  CREATE TABLE IF NOT EXISTS read_model_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS checkpoints (projection TEXT PRIMARY KEY, position TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS documents (
    collection TEXT NOT NULL, programme_id TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
    UNIQUE (collection, programme_id, id));
  CREATE TABLE IF NOT EXISTS journey (
    position INTEGER PRIMARY KEY, programme_id TEXT NOT NULL, event_id TEXT NOT NULL, occurred_at TEXT NOT NULL,
    kind TEXT NOT NULL, team_id TEXT, body TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS journey_in_order ON journey (programme_id, occurred_at, position);
  CREATE INDEX IF NOT EXISTS journey_by_event ON journey (programme_id, event_id);
  CREATE TABLE IF NOT EXISTS history (
    position INTEGER PRIMARY KEY, programme_id TEXT NOT NULL, event_type TEXT NOT NULL, actor_id TEXT NOT NULL,
    recorded_at TEXT NOT NULL, occurred_at TEXT NOT NULL, body TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS history_in_order ON history (programme_id, position);
`;

/**
 * Which build of the read models the file holds: a new one on every drop, so what was derived from
 * an earlier build (a kept base for reads as of a past time) is known to be stale after a rebuild.
 */
const startBuild = (db: Database.Database): void => {
  db.prepare(`INSERT OR REPLACE INTO read_model_info (key, value) VALUES ('build', ?)`).run(randomUUID());
};

export const dropReadModels = (db: Database.Database): void => {
  for (const table of TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
  db.exec(CREATE);
  db.prepare(`INSERT OR REPLACE INTO read_model_info (key, value) VALUES ('version', ?)`).run(
    READ_MODEL_VERSION,
  );
  startBuild(db);
};

/** Creates the tables, or starts afresh when they were laid out by another version. */
export const prepareReadModelDatabase = (db: Database.Database): void => {
  db.pragma('journal_mode = WAL');
  // Read models are rebuilt from the log, and their checkpoints commit with them: losing the
  // last transactions in a power cut only means re-applying them, so full fsyncs buy nothing.
  db.pragma('synchronous = NORMAL');
  // Free text from the log passes through here: space freed by an update or a rebuild is zeroed.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(CREATE);
  const version = db.prepare(`SELECT value FROM read_model_info WHERE key = 'version'`).pluck().get();
  if (version !== READ_MODEL_VERSION) db.transaction(() => dropReadModels(db))();
  // A file from before builds were named keeps its read models and is given a build now.
  else db.prepare(`INSERT OR IGNORE INTO read_model_info (key, value) VALUES ('build', ?)`).run(randomUUID());
};
