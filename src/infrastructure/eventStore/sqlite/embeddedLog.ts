/**
 * The embedded store's log as the Merkle tree reads it: rows of the events table in the same
 * file, read inside the tree's own transactions, each as stored (a row whose JSON no longer
 * parses is reported, not thrown). New leaves get a random 256-bit salt seed, so any free-text
 * field can later be redacted.
 */
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { AuditedEvent } from '../treeStore';
import { auditedRow, type StoredRow } from './eventRows';
import { redactInLedgerFile } from './redactInLedgerFile';
import type { LogSource } from './sqliteTreeStore';

export const embeddedLog = (db: Database.Database): LogSource => {
  const after = db
    .prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?')
    .safeIntegers(true);
  const readNow = (from: bigint | undefined, count: number): AuditedEvent[] =>
    (after.all(from ?? 0n, count) as StoredRow[]).map(auditedRow);
  return {
    readNow,
    read: async (from, count) => readNow(from, count),
    newSeed: () => randomBytes(32),
    redact: (database, redaction) => void redactInLedgerFile(database, redaction),
  };
};
