/**
 * A redaction reaching the copies the ledger tool wrote (listed in copies.json): each backup is
 * redacted the way the live file is (see redactInLedgerFile), and each export has the redacted
 * texts replaced by "[redacted]" in place. Copies no longer on disk are skipped; one that cannot
 * be written is named, after all the others are done.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { REDACTED } from '../../domain/audit/leafEntry';
import type { PersonalDataFiles } from '../config';
import { redactInLedgerFile } from '../eventStore/sqlite/redactInLedgerFile';
import type { Redaction } from '../../application/ports/treeStore';
import { listCopies, replaceInExport } from '../personalData/copies';

const redactBackup = (path: string, redaction: Redaction): void => {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    redactInLedgerFile(db, redaction);
  } finally {
    db.close();
  }
};

export const redactCopies = (
  files: PersonalDataFiles,
  redaction: Redaction,
  values: readonly string[],
): string[] => {
  const unreached: string[] = [];
  for (const copy of listCopies(files.copiesFile).filter(({ path }) => existsSync(path))) {
    try {
      if (copy.kind === 'backup') redactBackup(copy.path, redaction);
      else replaceInExport(copy.path, values, REDACTED);
    } catch (error) {
      unreached.push(`${copy.path} (${(error as Error).message})`);
    }
  }
  return unreached;
};
