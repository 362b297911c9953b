/**
 * Opens what auditing keeps beside the event store: the Merkle tree (in the embedded ledger's own
 * file, where the store keeps it current in each append; or in AUDIT_PATH beside EventStoreDB,
 * where it follows the log), the access record (same file), and the signing key.
 */
import Database from 'better-sqlite3';
import type { LedgerConfig } from '../config';
import { ensurePrivateFile } from '../ensureFolder';
import type { AccessRecordStore } from '../../application/ports/accessRecordStore';
import type { EventStore } from '../../application/ports/eventStore';
import { SqliteAccessRecordStore } from '../eventStore/sqlite/sqliteAccessRecordStore';
import { SqliteEventStore } from '../eventStore/sqlite/sqliteEventStore';
import { SqliteTreeStore } from '../eventStore/sqlite/sqliteTreeStore';
import type { TreeStore } from '../../application/ports/treeStore';
import { followedLog } from './followedLog';
import { loadSigningKey, type SigningKey } from './signingKey';

export interface AuditStores {
  readonly tree: TreeStore;
  readonly accessRecord: AccessRecordStore;
  readonly signer: SigningKey;
  /** True when the tree follows the log from outside (EventStoreDB): it catches up after appends. */
  readonly follows: boolean;
  close(): void;
}

const auditDatabase = (path: string): Database.Database => {
  ensurePrivateFile(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return db;
};

/** `store` is the store as opened, before any wrapper: the embedded one holds its own tree. */
export const openAudit = (config: LedgerConfig, store: EventStore): AuditStores => {
  const signer = loadSigningKey(config.audit.signingKeyPath);
  const accessRecord = new SqliteAccessRecordStore(config.audit.auditPath);
  if (store instanceof SqliteEventStore && store.tree)
    return { tree: store.tree, accessRecord, signer, follows: false, close: () => accessRecord.close() };
  const db = auditDatabase(config.audit.auditPath);
  return {
    tree: new SqliteTreeStore(db, followedLog(store)),
    accessRecord,
    signer,
    follows: true,
    close: () => {
      accessRecord.close();
      if (db.open) db.close();
    },
  };
};

/**
 * The store with the tree kept up after each append (when it follows the log) and a head signed
 * when enough events are not yet covered. A failure here never fails the append: the tree catches
 * up at the next append or tick, and the failure is logged.
 */
export const keepingTree = (
  store: EventStore,
  audit: { readonly tree: TreeStore; readonly follows: boolean; readonly afterAppend: () => void },
  onError: (error: unknown) => void,
): EventStore => ({
  ...store,
  readStream: (name, options) => store.readStream(name, options),
  readLog: (options) => store.readLog(options),
  subscribe: (options) => store.subscribe(options),
  lastPosition: () => store.lastPosition(),
  findCommand: (commandId) => store.findCommand(commandId),
  close: () => store.close(),
  appendToStream: async (streamName, events, expected) => {
    const result = await store.appendToStream(streamName, events, expected);
    try {
      if (audit.follows) await audit.tree.catchUp();
      audit.afterAppend();
    } catch (error) {
      onError(error);
    }
    return result;
  },
});
