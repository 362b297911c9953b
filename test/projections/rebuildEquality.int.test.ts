/**
 * Rebuild equality as a property: for generated histories (fast-check chooses how many programmes,
 * how long, the seed of the history and how often a batched runner catches up), rebuilding the read
 * models from zero gives exactly what was kept up incrementally, live or in batches. On a failure
 * fast-check prints the seed and path to replay it (`fc.assert(…, { seed, path })`), and shrinks
 * towards the shortest failing history.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { CommandHandler } from '../../src/application/commandHandler';
import { SqliteReadModelStore } from '../../src/infrastructure/readModels/sqliteReadModelStore';
import { LEDGER_PROJECTIONS } from '../../src/projections/projections';
import { rebuildReadModels } from '../../src/projections/rebuild';
import { recordRandomHistory, seeded } from '../support/randomHistory';
import { dumpReadModels, readModelsFor } from '../support/readModels';
import { tempSqliteStore } from '../support/tempStore';

const nobody = { lookup: async () => new Map() };

const rebuildMatches = async (history: {
  programmes: number;
  steps: number;
  seed: number;
  batchSize: number;
  catchUpChance: number;
}) => {
  const temp = tempSqliteStore();
  try {
    const live = readModelsFor(temp.folder, temp.store, nobody, { file: 'live.db' });
    const batched = readModelsFor(temp.folder, temp.store, nobody, {
      file: 'batched.db',
      batchSize: history.batchSize,
    });
    await live.runner.start();
    const random = seeded(history.seed + 1);
    await recordRandomHistory(new CommandHandler(temp.store), {
      programmes: history.programmes,
      steps: history.steps,
      seed: history.seed,
      afterCommand: async () => {
        if (random.next() < history.catchUpChance) await batched.runner.catchUp();
      },
    });
    await batched.runner.catchUp();
    const last = await temp.store.lastPosition();
    expect(last === undefined || (await live.runner.waitFor(last, 20_000))).toBe(true);
    await live.runner.stop();
    live.readModelStore.close();
    batched.readModelStore.close();

    const incremental = dumpReadModels(join(temp.folder, 'live.db'));
    const rebuilt = new SqliteReadModelStore(join(temp.folder, 'live.db'));
    const { events } = await rebuildReadModels(temp.store, rebuilt, LEDGER_PROJECTIONS);
    rebuilt.close();
    const logLength = (await temp.store.readLog()).length; // escalations add a barrier in a second append
    expect(events).toBe(logLength);

    const fromScratch = dumpReadModels(join(temp.folder, 'live.db'));
    expect(fromScratch.journey).toHaveLength(logLength);
    expect(incremental).toEqual(fromScratch);
    expect(dumpReadModels(join(temp.folder, 'batched.db'))).toEqual(fromScratch);
  } finally {
    await temp.dispose();
  }
};

describe('rebuilding the read models from zero', () => {
  it('gives exactly the read models kept up incrementally, live or in batches, for generated histories', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          programmes: fc.integer({ min: 1, max: 2 }),
          steps: fc.integer({ min: 0, max: 120 }),
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          batchSize: fc.integer({ min: 1, max: 50 }),
          catchUpChance: fc.double({ min: 0, max: 0.3, noNaN: true }),
        }),
        rebuildMatches,
      ),
      { numRuns: 12 },
    );
  }, 300_000);
});
