/**
 * Composition root: reads the configuration, opens the event store and the read models, keeps
 * the read models up with the log and serves the ledger.
 */
import { ConfigurationError, loadConfig } from './infrastructure/config';
import { describeStore, openEventStore } from './infrastructure/eventStore/openEventStore';
import { startHealthServer } from './infrastructure/healthServer';
import { lockReadModels, ReadModelsInUseError } from './infrastructure/readModels/readModelLock';
import { SqliteReadModelStore } from './infrastructure/readModels/sqliteReadModelStore';
import { ProjectionRunner } from './projections/projectionRunner';
import { LEDGER_PROJECTIONS } from './projections/projections';

const main = async (): Promise<void> => {
  const config = loadConfig();
  const release = lockReadModels(config.readModelsPath);
  const store = openEventStore(config.store);
  const readModels = new SqliteReadModelStore(config.readModelsPath);
  const runner = new ProjectionRunner(store, readModels, LEDGER_PROJECTIONS);
  const closeAll = async () => {
    await runner.stop();
    readModels.close();
    await store.close();
    release();
  };
  const server = await startHealthServer(store, config.port, runner).catch(
    async (error: NodeJS.ErrnoException) => {
      await closeAll();
      if (error.code === 'EADDRINUSE')
        throw new ConfigurationError('PORT', `port ${config.port} is already in use`);
      throw error;
    },
  );
  // Catching up runs in the background: /ready answers 503 until the read models reach the log's end.
  void runner.start();
  console.log(
    `Change-programme ledger on http://localhost:${config.port} (event store: ${describeStore(config.store)}; read models: ${config.readModelsPath})`,
  );

  const shutdown = (signal: string) => {
    console.log(`${signal} received: closing the ledger`);
    server.close(() => void closeAll().then(() => process.exit(0)));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
};

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof ReadModelsInUseError) {
    console.error(`The ledger cannot start: ${error.message}`);
  } else {
    console.error('The ledger stopped on an unexpected error:', error);
  }
  process.exit(1);
});
