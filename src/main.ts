/**
 * Composition root: reads the configuration, opens the ledger, keeps the read models up with the
 * log and serves the GraphQL API with /health and /ready beside it.
 */
import { ApiKeyConfigurationError } from './graphql/auth/apiKeys';
import { describeDemo } from './demo/describeDemo';
import { prepareDemo } from './demo/prepareDemo';
import { startLedgerServer } from './graphql/server';
import { ConfigurationError, loadConfig } from './infrastructure/config';
import { describeStore } from './infrastructure/eventStore/openEventStore';
import { ReadModelsInUseError } from './infrastructure/readModels/readModelLock';
import { openLedger } from './ledger';

const main = async (): Promise<void> => {
  const config = loadConfig();
  const ledger = openLedger(config);
  const started = async () => {
    const demo = await prepareDemo(ledger, config.demo, () =>
      console.log('An empty ledger: recording the demo programme through the command handler'),
    );
    const demoTokens = demo.kind === 'ready' ? demo.tokens : [];
    return {
      demo,
      server: await startLedgerServer(ledger, { port: config.port, limits: config.limits, demoTokens }),
    };
  };
  const { demo, server } = await started().catch(async (error: NodeJS.ErrnoException) => {
    await ledger.close();
    if (error.code === 'EADDRINUSE')
      throw new ConfigurationError('PORT', `port ${config.port} is already in use`);
    throw error;
  });
  // Catching up runs in the background: /ready answers 503 until the read models reach the log's end.
  void ledger.runner.start();
  const home = `http://localhost:${server.port}/`;
  console.log(
    [
      `Change-programme ledger on ${home} (GraphQL at ${server.url}; event store: ${describeStore(config.store)}; read models: ${config.readModelsPath})`,
      ...describeDemo(demo, home),
    ].join('\n'),
  );

  const shutdown = (signal: string) => {
    console.log(`${signal} received: finishing requests in flight, then closing the ledger`);
    void server
      .stop()
      .then(() => ledger.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('The ledger did not close cleanly:', error);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
};

main().catch((error: unknown) => {
  if (
    error instanceof ConfigurationError ||
    error instanceof ReadModelsInUseError ||
    error instanceof ApiKeyConfigurationError
  ) {
    console.error(`The ledger cannot start: ${error.message}`);
  } else {
    console.error('The ledger stopped on an unexpected error:', error);
  }
  process.exit(1);
});
