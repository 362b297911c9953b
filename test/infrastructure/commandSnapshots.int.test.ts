/**
 * Snapshots of folded states beside the SQLite ledger (src/application/snapshots): a new handler
 * (a new process) reads a stream's snapshot and folds only the events after it. A snapshot is a
 * cache: it is never used once the log has moved past it in a way it does not continue from, and
 * a corrupt, old-version or lost snapshot changes no answer.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CommandHandler } from '../../src/application/commandHandler';
import { Snapshots, type SnapshotOptions } from '../../src/application/snapshots/snapshots';
import { measurementStream } from '../../src/domain/measurement';
import { SqliteEventStore } from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { SqliteSnapshotStore } from '../../src/infrastructure/snapshots/sqliteSnapshotStore';
import { METRIC } from '../domain/fixtures';
import { correct, leader, record, setUpProgramme } from '../support/measurementCommands';
import { tempSqliteStore } from '../support/tempStore';

const SERIES = measurementStream(METRIC);
let temp: ReturnType<typeof tempSqliteStore>;
let stores: SqliteSnapshotStore[];
let problems: string[];

/** A handler as a new process opens it: its own snapshot store on the file, a snapshot every 3 events. */
const handlerWithSnapshots = (store = temp.store, options: SnapshotOptions = {}) => {
  const snapshotStore = new SqliteSnapshotStore(join(temp.folder, 'snapshots.db'));
  stores.push(snapshotStore);
  const onError = (message: string) => problems.push(message);
  const snapshots = new Snapshots(snapshotStore, { every: 3, onError, ...options });
  return Object.assign(new CommandHandler(store, { snapshots }), { snapshotStore });
};

const snapshotRows = () => {
  const db = new Database(join(temp.folder, 'snapshots.db'));
  try {
    return db.prepare('SELECT stream_key AS stream, revision FROM snapshots ORDER BY stream_key').all();
  } finally {
    db.close();
  }
};

/** The programme, then measurements m1 to m4 recorded by a handler that keeps snapshots. */
const recordSeries = async () => {
  const handler = handlerWithSnapshots();
  await setUpProgramme(handler);
  for (const id of ['m1', 'm2', 'm3', 'm4']) await handler.execute(record(id), leader);
  await handler.settled();
  await handler.snapshotStore.close();
};

beforeEach(() => {
  temp = tempSqliteStore();
  stores = [];
  problems = [];
});
afterEach(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await temp.dispose();
});

describe('a snapshot of a folded state', () => {
  it('is written beside the ledger and read by a new process, which folds only the events after it', async () => {
    await recordSeries();
    // The series was loaded at revisions 0 to 3 (before each measurement): the snapshot is at 2.
    expect(snapshotRows()).toContainEqual({ stream: SERIES, revision: 2 });

    const result = await handlerWithSnapshots().execute(correct('m4b', 'm4'), leader);

    expect(result.streamRevision).toBe(4n);
    expect(problems).toEqual([]);
  });

  it('is never used alone when another process appended after it: the new events are folded in', async () => {
    await recordSeries();
    // Another process, without snapshots, records m5 after the snapshot was written.
    await new CommandHandler(temp.open()).execute(record('m5'), leader);

    const handler = handlerWithSnapshots(temp.open());

    await expect(handler.execute(record('m5'), leader)).rejects.toThrow('Measurement m5 is already recorded');
    const result = await handler.execute(correct('m5b', 'm5'), leader);
    expect(result.events.map((event) => event.data)).toEqual([
      expect.objectContaining({ measurementId: 'm5b', supersedes: 'm5' }),
    ]);
  });

  it('is dropped when the log does not continue from it, as after a restore that then grew with other events', async () => {
    await recordSeries();
    await temp.store.close();
    const backup = join(temp.folder, 'backup.db');
    copyFileSync(temp.path, backup);
    // The ledger goes on (m5 to m7, a snapshot at revision 5), then is restored from the backup ...
    const before = handlerWithSnapshots(temp.open());
    for (const id of ['m5', 'm6', 'm7']) await before.execute(record(id), leader);
    await before.settled();
    expect(snapshotRows()).toContainEqual({ stream: SERIES, revision: 5 });
    const restored = new SqliteEventStore({ path: backup });
    // ... and records other measurements past the snapshot's revision, with other event ids.
    for (const id of ['x5', 'x6', 'x7']) await new CommandHandler(restored).execute(record(id), leader);

    const handler = handlerWithSnapshots(restored);

    await expect(handler.execute(record('x6'), leader)).rejects.toThrow('Measurement x6 is already recorded');
    const result = await handler.execute(record('m6'), leader);
    expect(result.streamRevision).toBe(7n);
    expect(problems).toEqual([]);
    await restored.close();
  });

  it('of another state version is ignored with the same answers, and replaced', async () => {
    await recordSeries();
    const newer = handlerWithSnapshots(temp.store, { versions: { measurements: 2 } });

    await expect(newer.execute(record('m2'), leader)).rejects.toThrow('Measurement m2 is already recorded');
    expect((await newer.execute(correct('m2b', 'm2'), leader)).streamRevision).toBe(4n);
    await newer.settled();
    expect(snapshotRows()).toContainEqual({ stream: SERIES, revision: 3 });
  });

  it('that will not decode is ignored with the same answers, and said so', async () => {
    await recordSeries();
    const db = new Database(join(temp.folder, 'snapshots.db'));
    db.prepare(
      `UPDATE snapshots SET state = '{"status":"Recording","measurements":{"~":"Map","v":[1]}}' WHERE stream_key = ?`,
    ).run(SERIES);
    db.close();

    const handler = handlerWithSnapshots();

    await expect(handler.execute(record('m3'), leader)).rejects.toThrow('Measurement m3 is already recorded');
    expect((await handler.execute(correct('m3b', 'm3'), leader)).streamRevision).toBe(4n);
    expect(problems).toEqual([`the snapshot of ${SERIES} at revision 2 does not decode; folding the log`]);
  });

  it('changes no answer when its file is not a database at all (it is replaced by an empty one)', async () => {
    await recordSeries();
    writeFileSync(join(temp.folder, 'snapshots.db'), 'not a database '.repeat(1000));

    const handler = handlerWithSnapshots();

    await expect(handler.execute(record('m1'), leader)).rejects.toThrow('Measurement m1 is already recorded');
    expect((await handler.execute(correct('m1b', 'm1'), leader)).streamRevision).toBe(4n);
    await handler.settled();
    expect(snapshotRows()).toContainEqual({ stream: SERIES, revision: 3 });
  });

  it('is forgotten with every cached state when a redaction rewrites events', async () => {
    await recordSeries();
    const handler = handlerWithSnapshots();
    await handler.execute(correct('m4b', 'm4'), leader);

    await handler.forgetFoldedStates();

    expect(snapshotRows()).toEqual([]);
  });
});
