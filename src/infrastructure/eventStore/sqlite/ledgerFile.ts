/**
 * Whole-file operations on an embedded ledger file (events and personal-data register), for
 * `ledger backup` and `ledger restore`: counting its events, copying it with SQLite's online
 * backup, reading and re-applying its erasures.
 */
import Database from 'better-sqlite3';
import { ensurePrivateFile } from '../../ensureFolder';
import type { Erasure } from '../../personalData/copies';
import { eraseInLedgerFile, erasuresInLedgerFile } from '../../personalData/sqlitePersonalDataRegister';

/** How many events a ledger file holds, or undefined when the file is not a ledger (it has no event log). */
export const eventsInLedgerFile = (file: string): number | undefined => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  } catch {
    return undefined;
  } finally {
    db.close();
  }
};

/** Copies a ledger file with SQLite's online backup into a new private file, as one self-contained file. */
export const copyLedgerFile = async (source: string, target: string): Promise<void> => {
  ensurePrivateFile(target);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  // One self-contained file: no write-ahead log beside it.
  const copy = new Database(target);
  copy.pragma('journal_mode = DELETE');
  copy.close();
};

/** The erasures a ledger file's personal-data register holds. */
export const erasuresOfLedgerFile = (file: string): Erasure[] => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return erasuresInLedgerFile(db);
  } finally {
    db.close();
  }
};

/** Erases again, in a ledger file, everyone the list names. */
export const reapplyErasures = (file: string, erasures: readonly Erasure[]): void => {
  const db = new Database(file, { fileMustExist: true });
  try {
    for (const { participantId, erasedAt } of erasures) eraseInLedgerFile(db, [participantId], erasedAt);
  } finally {
    db.close();
  }
};
