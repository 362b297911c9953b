/**
 * Composition root: reads the configuration, opens the ledger (its adapters wired in
 * composition/openLedger), records the demo on an empty ledger, keeps the read models up with the
 * log and serves the GraphQL API with the explorer, the dashboard, /health, /ready and /metrics
 * beside it (composition/ledgerServer).
 *
 * stdout carries JSON log lines only (start-up, requests, shutdown), for a log collector. What a
 * person needs at start-up (where to look and, in demo mode, one token per role) is written to
 * stderr, never to the log; a ledger that cannot start says why in one line on stderr, logs it as
 * JSON, and exits with 1.
 */
import { ApiKeyConfigurationError } from './graphql/auth/apiKeys';
import { describeDemo } from './demo/describeDemo';
import { prepareDemo } from './demo/prepareDemo';
import { ConfigurationError, loadConfig, type LedgerConfig } from './infrastructure/config';
import { describeStore } from './infrastructure/eventStore/openEventStore';
import { jsonLogger } from './infrastructure/logger';
import { ReadModelsInUseError } from './infrastructure/readModels/readModelLock';
import { startLedgerServer } from './composition/ledgerServer';
import { openLedger } from './composition/openLedger';

const log = jsonLogger();
const tell = (lines: readonly string[]) => process.stderr.write(`${lines.join('\n')}\n`);

const ledgerFiles = (config: LedgerConfig) => ({
  store: config.store.kind === 'sqlite' ? [config.store.path, `${config.store.path}-wal`] : [],
  readModels: [config.readModelsPath, `${config.readModelsPath}-wal`],
});

/** The store without any password a connection string may carry. */
const storeForLog = (config: LedgerConfig) => describeStore(config.store).replace(/\/\/[^@/]*@/, '//…@');

const serve = async (config: LedgerConfig, ledger: ReturnType<typeof openLedger>) => {
  const demo = await prepareDemo(ledger, config.demo, () => {
    log.info({ msg: 'recording the demo programme on an empty ledger' });
    tell(['An empty ledger: recording the demo programme through the command handler']);
  });
  const server = await startLedgerServer(ledger, {
    port: config.port,
    limits: config.limits,
    http: config.http,
    files: ledgerFiles(config),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      throw new ConfigurationError(
        'PORT',
        `port ${config.port} is already in use on ${config.http.host}; stop what holds it or choose another PORT`,
      );
    throw error;
  });
  return { demo, server };
};

const main = async (): Promise<void> => {
  const config = loadConfig();
  const ledger = openLedger(config, { log });
  const { demo, server } = await serve(config, ledger).catch(async (error: unknown) => {
    await ledger.close();
    throw error;
  });
  // Catching up runs in the background: /ready answers 503 until the read models reach the log's end.
  void ledger.runner.start();
  // Follow-ups a stop between two appends left out are recorded now, then as the log grows.
  ledger.reactions.start();
  const home = `${new URL(server.url).origin}/`;
  log.info({
    msg: 'ledger started',
    graphql: server.url,
    host: config.http.host,
    port: server.port,
    store: storeForLog(config),
    readModels: config.readModelsPath,
    explorer: config.http.explorer,
    introspection: config.http.introspection,
    demo: demo.kind,
  });
  tell([
    config.http.explorer
      ? `Change-programme ledger on ${home} (GraphQL at ${server.url}; event store: ${describeStore(config.store)}; read models: ${config.readModelsPath})`
      : `Change-programme ledger: GraphQL at ${server.url} (explorer off; event store: ${describeStore(config.store)}; read models: ${config.readModelsPath})`,
    ...describeDemo(demo, home, config.demo.tokensFile),
  ]);

  const shutdown = (signal: string) => {
    log.info({ msg: 'shutting down: finishing requests in flight, then closing the ledger', signal });
    void server
      .stop()
      .then(() => ledger.close())
      .then(
        () => {
          log.info({ msg: 'ledger closed' });
          process.exit(0);
        },
        (error: unknown) => {
          log.error({ msg: 'the ledger did not close cleanly', error: String(error) });
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
};

main().catch((error: unknown) => {
  const expected =
    error instanceof ConfigurationError ||
    error instanceof ReadModelsInUseError ||
    error instanceof ApiKeyConfigurationError;
  const reason = error instanceof Error ? error.message : String(error);
  log.error({
    msg: 'the ledger cannot start',
    reason,
    ...(expected || !(error instanceof Error) ? {} : { stack: error.stack }),
  });
  tell([
    expected ? `The ledger cannot start: ${reason}` : `The ledger stopped on an unexpected error: ${reason}`,
  ]);
  process.exit(1);
});
