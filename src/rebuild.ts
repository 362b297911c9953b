/**
 * `npm run rebuild`: drops the read models and rebuilds them from the event log, with a progress
 * bar. The ledger must not be serving the same read models meanwhile.
 */
import { ConfigurationError, loadConfig } from './infrastructure/config';
import { describeStore, openEventStore } from './infrastructure/eventStore/openEventStore';
import { progressBar } from './infrastructure/progressBar';
import { lockReadModels, ReadModelsInUseError } from './infrastructure/readModels/readModelLock';
import { SqliteReadModelStore } from './infrastructure/readModels/sqliteReadModelStore';
import { LEDGER_PROJECTIONS } from './projections/projections';
import { rebuildReadModels } from './projections/rebuild';

const rebuild = async (): Promise<void> => {
  const config = loadConfig();
  const release = lockReadModels(config.readModelsPath);
  const store = openEventStore(config.store);
  const readModels = new SqliteReadModelStore(config.readModelsPath);
  try {
    console.error(`Rebuilding ${config.readModelsPath} from ${describeStore(config.store)}`);
    const bar = progressBar();
    const { events, seconds } = await rebuildReadModels(store, readModels, LEDGER_PROJECTIONS, (progress) => {
      const fraction = progress.head ? Number(progress.position) / Number(progress.head) : 1;
      bar.update(fraction, `${progress.applied.toLocaleString('en-GB')} events`);
    });
    const rate = seconds > 0 ? Math.round(events / seconds) : events;
    bar.done(
      `Rebuilt the read models from ${events.toLocaleString('en-GB')} events in ${seconds.toFixed(1)} s (${rate.toLocaleString('en-GB')} events/s)`,
    );
  } finally {
    readModels.close();
    await store.close();
    release();
  }
};

rebuild().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof ReadModelsInUseError) {
    console.error(`The read models cannot be rebuilt: ${error.message}`);
  } else {
    console.error('The rebuild stopped on an unexpected error:', error);
  }
  process.exit(1);
});
