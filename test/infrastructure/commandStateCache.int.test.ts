/**
 * The command handler keeps folded states between commands (src/application/stateCache.ts). A
 * cached state must never decide a command once the log has moved past it: another writer's
 * append, or a log that no longer holds what the state was folded from (a restored backup).
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandHandler } from '../../src/application/commandHandler';
import type { EventStore } from '../../src/application/ports/eventStore';
import { measurementStream } from '../../src/domain/measurement';
import { SqliteEventStore } from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { correct, leader, record, setUpProgramme } from '../support/measurementCommands';
import { tempSqliteStore } from '../support/tempStore';
import { METRIC } from '../domain/fixtures';

let temp: ReturnType<typeof tempSqliteStore>;

/** An event store whose log can be swapped underneath a running handler, as a restore does. */
const swappable = (first: EventStore) => {
  let current = first;
  const store = new Proxy({} as EventStore, {
    get: (_target, name: keyof EventStore) =>
      (current[name] as (...args: unknown[]) => unknown).bind(current),
  });
  return { store, swapTo: (next: EventStore) => (current = next) };
};

beforeEach(() => {
  temp = tempSqliteStore();
});
afterEach(async () => {
  await temp.dispose();
});

describe('a cached state', () => {
  it('is brought up to date with what another writer appended since', async () => {
    const ours = new CommandHandler(temp.store);
    await setUpProgramme(ours);
    await ours.execute(record('m1'), leader);
    // Another process, with a connection of its own, records m2 after our handler cached the series.
    await new CommandHandler(temp.open()).execute(record('m2'), leader);

    const result = await ours.execute(correct('m2b', 'm2'), leader);

    expect(result.events.map((event) => [event.type, event.data])).toEqual([
      ['MeasurementCorrected', expect.objectContaining({ measurementId: 'm2b', supersedes: 'm2' })],
    ]);
    await expect(ours.execute(record('m2'), leader)).rejects.toThrow('Measurement m2 is already recorded');
  });

  it('is dropped when the log no longer continues from it, as after a restore from a backup', async () => {
    const setUp = new CommandHandler(temp.store);
    await setUpProgramme(setUp);
    await setUp.execute(record('m1'), leader);
    await temp.store.close();
    const backup = join(temp.folder, 'backup.db');
    copyFileSync(temp.path, backup);
    const { store, swapTo } = swappable(temp.open());
    const handler = new CommandHandler(store);
    await handler.execute(record('m2'), leader);
    await handler.execute(record('m3'), leader);

    const restored = new SqliteEventStore({ path: backup });
    swapTo(restored);
    const result = await handler.execute(record('m2'), leader);

    expect(result.streamName).toBe(measurementStream(METRIC));
    expect(result.streamRevision).toBe(1n);
    expect(result.events.map((event) => event.data)).toEqual([
      expect.objectContaining({ measurementId: 'm2' }),
    ]);
    await restored.close();
  });
});
