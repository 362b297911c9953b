import type Database from 'better-sqlite3';

/**
 * WAL with synchronous=FULL: an acknowledged append is on disk before the call returns.
 * `position` is an AUTOINCREMENT key assigned inside a writer's exclusive transaction, so positions
 * are never reused and a reader can never see a later position committed before an earlier one.
 */
export const prepareEventsDatabase = (db: Database.Database, busyTimeoutMs: number): void => {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Freed space is overwritten with zeros, so bytes the ledger no longer holds stay nowhere in the file.
  db.pragma('secure_delete = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position        INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id        TEXT    NOT NULL UNIQUE,
      stream_name     TEXT    NOT NULL,
      stream_category TEXT    NOT NULL,
      stream_revision INTEGER NOT NULL,
      event_type      TEXT    NOT NULL,
      data            TEXT    NOT NULL,
      metadata        TEXT    NOT NULL,
      recorded_at     TEXT    NOT NULL,
      UNIQUE (stream_name, stream_revision)
    );
    CREATE INDEX IF NOT EXISTS events_by_category ON events (stream_category, position);
    CREATE INDEX IF NOT EXISTS events_by_type ON events (event_type, position);
    -- Finds a command's events in any stream. Built once when a file from an earlier version opens.
    CREATE INDEX IF NOT EXISTS events_by_command ON events (json_extract(metadata, '$.commandId'));
  `);
};

export interface EventRow {
  position: number;
  event_id: string;
  stream_name: string;
  stream_revision: number;
  event_type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}
