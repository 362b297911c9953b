import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_STREAM } from '../../src/application/ports/eventStore';
import { StoreUnavailableError } from '../../src/application/ports/eventStoreErrors';
import { SqliteEventStore } from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { StorageHealth, isStorageFault, watchStorage } from '../../src/infrastructure/storageFaults';
import { fillDisk } from '../support/fullDisk';

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'ledger-storage-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const event = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: 'SimpleRuleAdopted',
  data: { rule: `Rule ${n} ${'x'.repeat(3000)}` },
  metadata: { commandId: `c-${n}` },
});

describe('a full disk under the SQLite event store', () => {
  it('is named as a storage fault, not an internal error, and writes go on once space returns', async () => {
    const adapter = new SqliteEventStore({ path: join(folder, 'full.db') });
    const health = new StorageHealth();
    const store = watchStorage(adapter, health);
    await store.appendToStream('programme-1', [event(0)], NO_STREAM);
    const disk = fillDisk(adapter);
    let failure: unknown;
    for (let n = 1; n < 50 && !failure; n += 1)
      await store
        .appendToStream('programme-1', [event(n)], BigInt(n - 1))
        .catch((error) => (failure = error));
    // The driver's own error, as a full disk raises it, underneath.
    expect((failure as Error & { cause: { code: string } }).cause.code).toBe('SQLITE_FULL');
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as Error).message).toBe('The ledger could not record it: its disk is full');
    expect(health.current()).toEqual({ reason: 'its disk is full', at: expect.any(String) });

    disk.spaceReturns();
    const last = (await store.readStream('programme-1')).streamRevision as bigint;
    await store.appendToStream('programme-1', [event(99)], last);
    expect(health.current()).toBeUndefined();
    await store.close();
  });

  it('recognises disk faults by their codes, and nothing else', () => {
    for (const code of [
      'SQLITE_FULL',
      'SQLITE_IOERR_WRITE',
      'SQLITE_READONLY',
      'SQLITE_BUSY',
      'ENOSPC',
      'EROFS',
    ])
      expect([code, isStorageFault(Object.assign(new Error(code), { code }))]).toEqual([code, true]);
    for (const error of [new Error('x'), new Database.SqliteError('bad', 'SQLITE_CONSTRAINT_UNIQUE'), null])
      expect(isStorageFault(error)).toBe(false);
  });

  it('reports a fault for a while after it was last seen, so traffic comes back to try again', () => {
    let now = Date.parse('2025-01-01T10:00:00Z');
    const health = new StorageHealth(30_000, () => new Date(now));
    health.faulted(Object.assign(new Error('full'), { code: 'SQLITE_FULL' }));
    now += 29_000;
    expect(health.current()).toEqual({ reason: 'its disk is full', at: '2025-01-01T10:00:00.000Z' });
    now += 2_000;
    expect(health.current()).toBeUndefined();
  });
});
