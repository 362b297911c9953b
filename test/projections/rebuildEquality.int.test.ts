import { join } from 'node:path';
import { CommandHandler } from '../../src/application/commandHandler';
import { SqliteReadModelStore } from '../../src/infrastructure/readModels/sqliteReadModelStore';
import { LEDGER_PROJECTIONS } from '../../src/projections/projections';
import { rebuildReadModels } from '../../src/projections/rebuild';
import { recordRandomHistory, seeded } from '../support/randomHistory';
import { dumpReadModels, readModelsFor } from '../support/readModels';
import { tempSqliteStore } from '../support/tempStore';

const nobody = { lookup: async () => new Map() };

describe('rebuilding after a long random history', () => {
  const temp = tempSqliteStore();
  afterAll(() => temp.dispose());

  it('gives exactly the read models that were kept up incrementally, live or in batches', async () => {
    const live = readModelsFor(temp.folder, temp.store, nobody, { file: 'live.db' });
    const batched = readModelsFor(temp.folder, temp.store, nobody, { file: 'batched.db', batchSize: 7 });
    await live.runner.start();
    const random = seeded(42);
    const { recorded, refused } = await recordRandomHistory(new CommandHandler(temp.store), {
      programmes: 3,
      steps: 350,
      seed: 42,
      afterCommand: async () => {
        if (random.next() < 0.05) await batched.runner.catchUp();
      },
    });
    expect(recorded).toBeGreaterThan(900);
    expect(refused).toBeLessThan(recorded / 2);
    await batched.runner.catchUp();
    expect(await live.runner.waitFor((await temp.store.lastPosition())!, 20_000)).toBe(true);
    await live.runner.stop();
    live.readModelStore.close();
    batched.readModelStore.close();

    const rebuilt = new SqliteReadModelStore(join(temp.folder, 'live.db'));
    const copy = dumpReadModels(join(temp.folder, 'live.db'));
    const { events } = await rebuildReadModels(temp.store, rebuilt, LEDGER_PROJECTIONS);
    rebuilt.close();
    const logLength = (await temp.store.readLog()).length; // escalations add a barrier in a second append
    expect(events).toBe(logLength);

    const fromScratch = dumpReadModels(join(temp.folder, 'live.db'));
    expect(fromScratch.journey).toHaveLength(logLength);
    expect(copy).toEqual(fromScratch);
    expect(dumpReadModels(join(temp.folder, 'batched.db'))).toEqual(fromScratch);
  }, 120_000);
});
