import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SqliteEventStore,
  type SqliteEventStoreOptions,
} from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';

/** A real SQLite event store in a fresh temporary folder, removed by `dispose`. */
export const tempSqliteStore = (options: Omit<SqliteEventStoreOptions, 'path'> = {}) => {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-test-'));
  const path = join(folder, 'ledger.db');
  const opened: SqliteEventStore[] = [];
  const open = () => {
    const store = new SqliteEventStore({ ...options, path });
    opened.push(store);
    return store;
  };
  return {
    path,
    folder,
    store: open(),
    open,
    dispose: async () => {
      await Promise.all(opened.map((store) => store.close()));
      rmSync(folder, { recursive: true, force: true });
    },
  };
};

/** A deterministic clock and id source for handler tests. */
export const fixedTime =
  (iso = '2022-03-21T09:00:00.000Z') =>
  () =>
    new Date(iso);
export const sequentialIds = (prefix = 'id') => {
  let next = 0;
  return () => `${prefix}-${(next += 1).toString().padStart(4, '0')}`;
};
