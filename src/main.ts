/**
 * Composition root: reads the configuration, opens the event store and serves the ledger.
 */
import { ConfigurationError, loadConfig } from './infrastructure/config';
import { describeStore, openEventStore } from './infrastructure/eventStore/openEventStore';
import { startHealthServer } from './infrastructure/healthServer';

const main = async (): Promise<void> => {
  const config = loadConfig();
  const store = openEventStore(config.store);
  const server = await startHealthServer(store, config.port).catch(async (error: NodeJS.ErrnoException) => {
    await store.close();
    if (error.code === 'EADDRINUSE')
      throw new ConfigurationError('PORT', `port ${config.port} is already in use`);
    throw error;
  });
  console.log(
    `Change-programme ledger on http://localhost:${config.port} (event store: ${describeStore(config.store)})`,
  );

  const shutdown = (signal: string) => {
    console.log(`${signal} received: closing the ledger`);
    server.close(() => void store.close().then(() => process.exit(0)));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
};

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    console.error(`The ledger cannot start: ${error.message}`);
  } else {
    console.error('The ledger stopped on an unexpected error:', error);
  }
  process.exit(1);
});
