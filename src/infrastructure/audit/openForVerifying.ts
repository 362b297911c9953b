/**
 * Opens what `ledger verify` checks, offline and without the server: the Merkle tree, the log it
 * covers and the access record, from the configured store or from a ledger file named on the
 * command line (a backup, a copy handed to an auditor). The tree is not caught up first (an event
 * the tree does not hold is reported, never silently taken in), except in a file that has no
 * tree at all yet: one written before trees existed gets its leaves as the ledger would on opening.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { LedgerConfig } from '../config';
import { ConfigurationError } from '../config';
import type { AccessRecordStore } from '../../application/ports/accessRecordStore';
import { openEventStore } from '../eventStore/openEventStore';
import { embeddedLog } from '../eventStore/sqlite/embeddedLog';
import { SqliteAccessRecordStore } from '../eventStore/sqlite/sqliteAccessRecordStore';
import { SqliteTreeStore } from '../eventStore/sqlite/sqliteTreeStore';
import type { TreeStore } from '../../application/ports/treeStore';
import { followedLog } from './followedLog';

export interface AuditedLedger {
  readonly tree: TreeStore;
  readonly accessRecord: AccessRecordStore;
  /** Leaves made now for a file that had no tree: none for a file the ledger has opened since. */
  readonly leavesAdded: number;
  close(): Promise<void>;
}

const openLedgerFile = (path: string): AuditedLedger => {
  if (!existsSync(path)) throw new ConfigurationError('--file', `there is no ledger file at ${path}`);
  const db = new Database(path, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const tree = new SqliteTreeStore(db, embeddedLog(db));
  const leavesAdded = tree.size() === 0 ? db.transaction(() => tree.catchUpNow()).immediate() : 0;
  tree.committed();
  const accessRecord = new SqliteAccessRecordStore(path);
  return {
    tree,
    accessRecord,
    leavesAdded,
    close: async () => {
      accessRecord.close();
      db.close();
    },
  };
};

/** The ledger file named (or the configured SQLite ledger), or EventStoreDB with its audit file. */
export const openForVerifying = (config: LedgerConfig, file?: string): AuditedLedger => {
  if (file !== undefined) return openLedgerFile(file);
  if (config.store.kind === 'sqlite') return openLedgerFile(config.store.path);
  const store = openEventStore(config.store);
  const db = new Database(config.audit.auditPath);
  const tree = new SqliteTreeStore(db, followedLog(store));
  const accessRecord = new SqliteAccessRecordStore(config.audit.auditPath);
  return {
    tree,
    accessRecord,
    leavesAdded: 0,
    close: async () => {
      accessRecord.close();
      db.close();
      await store.close();
    },
  };
};
