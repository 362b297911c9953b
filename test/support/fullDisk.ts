/**
 * A full disk, simulated on one SQLite connection: max_page_count stops its file growing, so the
 * next write that needs a page fails with SQLITE_FULL exactly as on a full disk, and lifting the
 * cap is the space coming back. The connection is the adapter's own (a private field: tests only).
 */
import type Database from 'better-sqlite3';

export const fillDisk = (sqliteAdapter: object): { spaceReturns: () => void } => {
  const db = (sqliteAdapter as { db: Database.Database }).db;
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages}`);
  return { spaceReturns: () => void db.pragma('max_page_count = 1073741823') };
};
