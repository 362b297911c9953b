import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { NO_STREAM, type StoredEvent } from '../../../src/application/ports/eventStore';
import { DuplicateEventError } from '../../../src/application/ports/eventStoreErrors';
import { runTypeScript } from '../../support/runTypeScript';
import { waitFor } from '../../support/waitFor';
import { describeEventStoreConformance, event } from './eventStoreConformance';

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'ledger-conformance-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// A slow poll proves that same-process subscribers are woken by appends, not by polling.
describeEventStoreConformance('SQLite', () => ({
  open: () => new SqliteEventStore({ path: join(folder, 'ledger.db'), pollIntervalMs: 60_000 }),
}));

describe('SQLite event store on its own file', () => {
  const appendInAnotherProcess = (path: string, stream: string, count: number, then = 'close') =>
    runTypeScript('test/support/appendInAnotherProcess.ts', [path, stream, String(count), then]);

  it('creates its folder on demand', async () => {
    const path = join(folder, 'nested', 'deeper', 'ledger.db');
    const store = new SqliteEventStore({ path });
    await store.appendToStream('programme-1', [event('ProgrammeLaunched')], NO_STREAM);
    await store.close();
    expect(existsSync(path)).toBe(true);
  });

  it('lets a subscriber in one process see events appended by another process', async () => {
    const path = join(folder, 'shared.db');
    const store = new SqliteEventStore({ path, pollIntervalMs: 100 });
    const received: StoredEvent[] = [];
    const subscription = store.subscribe({ onEvent: (e) => void received.push(e) });
    try {
      const child = await appendInAnotherProcess(path, 'smallChange-elsewhere', 3);
      expect(child.stderr).toBe('');
      await waitFor(() => received.length >= 3, 10_000, 'events from the other process');
      expect(received.map((e) => [e.type, e.data.i, e.streamRevision])).toEqual([
        ['AppendedElsewhere', 0, 0n],
        ['AppendedElsewhere', 1, 1n],
        ['AppendedElsewhere', 2, 2n],
      ]);
    } finally {
      await subscription.stop();
      await store.close();
    }
  });

  it('serialises writers in several processes: every append lands, revisions stay contiguous', async () => {
    const path = join(folder, 'racing.db');
    const writers = await Promise.all(
      [1, 2, 3].map(() => appendInAnotherProcess(path, 'experiment-raced', 25)),
    );
    writers.forEach((writer) => expect([writer.code, writer.stderr]).toEqual([0, '']));
    const store = new SqliteEventStore({ path });
    const { events } = await store.readStream('experiment-raced');
    await store.close();
    expect(events.map((e) => e.streamRevision)).toEqual(Array.from({ length: 75 }, (_, i) => BigInt(i)));
  });

  it('keeps an acknowledged append when the writing process is killed straight after', async () => {
    const path = join(folder, 'killed.db');
    const child = await appendInAnotherProcess(path, 'review-killed', 5, 'kill');
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout.trim().split('\n')).toHaveLength(5);
    const store = new SqliteEventStore({ path });
    expect((await store.readStream('review-killed')).streamRevision).toBe(4n);
    await store.close();
  });

  it('refuses an event id reused for a different event with DuplicateEventError, not a raw UNIQUE error', async () => {
    const store = new SqliteEventStore({ path: join(folder, 'reused.db') });
    const first = event('BarrierIdentified');
    await store.appendToStream('barrier-1', [first], NO_STREAM);
    const reused = { ...event('BarrierRescoped'), id: first.id };
    const refusals = await Promise.all([
      store.appendToStream('barrier-1', [reused], 0n).catch((error: unknown) => error),
      store.appendToStream('barrier-2', [first], NO_STREAM).catch((error: unknown) => error),
    ]);
    refusals.forEach((refusal) => {
      expect(refusal).toBeInstanceOf(DuplicateEventError);
      expect((refusal as Error).message).toContain(first.id);
    });
    expect((await store.readStream('barrier-1')).events.map((e) => e.type)).toEqual(['BarrierIdentified']);
    await store.close();
  });

  it('lets the database refuse a second event at the same stream revision', async () => {
    const path = join(folder, 'unique.db');
    const store = new SqliteEventStore({ path });
    await store.appendToStream('barrier-1', [event('BarrierIdentified')], NO_STREAM);
    await store.close();
    const raw = new Database(path);
    const duplicate = () =>
      raw
        .prepare(
          `INSERT INTO events (event_id, stream_name, stream_category, stream_revision, event_type, data, metadata, recorded_at)
           VALUES ('x', 'barrier-1', 'barrier', 0, 'BarrierRescoped', '{}', '{}', '2026-01-01T00:00:00Z')`,
        )
        .run();
    expect(duplicate).toThrow(/UNIQUE/);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });
});
