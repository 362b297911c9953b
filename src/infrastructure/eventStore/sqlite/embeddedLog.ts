/**
 * The embedded store's log as the Merkle tree reads it: rows of the events table in the same
 * file, read inside the tree's own transactions, each as stored (a row whose JSON no longer
 * parses is reported, not thrown). New leaves get a random 256-bit salt seed, so any free-text
 * field can later be redacted.
 */
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { AuditedEvent } from '../../../application/ports/treeStore';
import { auditedRow, type StoredRow } from './eventRows';
import { redactInLedgerFile } from './redactInLedgerFile';
import type { LogSource } from './sqliteTreeStore';

/** Random 32-byte seeds, drawn from the system a few hundred at a time (one call per seed costs more than the hashing). */
const seeds = (): (() => Buffer) => {
  let pool = Buffer.alloc(0);
  return () => {
    if (pool.length === 0) pool = randomBytes(32 * 256);
    const seed = Buffer.from(pool.subarray(0, 32));
    pool.fill(0, 0, 32);
    pool = pool.subarray(32);
    return seed;
  };
};

export const embeddedLog = (db: Database.Database): LogSource => {
  const after = db
    .prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?')
    .safeIntegers(true);
  const readNow = (from: bigint | undefined, count: number): AuditedEvent[] =>
    (after.all(from ?? 0n, count) as StoredRow[]).map(auditedRow);
  const byId = db.prepare('SELECT position FROM events WHERE event_id = ?').pluck().safeIntegers(true);
  return {
    readNow,
    positionOf: (eventId) => byId.get(eventId) as bigint | undefined,
    read: async (from, count) => readNow(from, count),
    newSeed: seeds(),
    redact: (database, redaction) => void redactInLedgerFile(database, redaction),
  };
};
