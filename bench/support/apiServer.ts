/**
 * One server of the API benchmark, in its own process: `apiServer.ts ledger <folder>` serves the
 * ledger on the folder's SQLite files; `apiServer.ts bare <answers.json>` is a bare Apollo server
 * with the same schema answering from memory what the ledger answered. Prints its port.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashKey } from '../../src/graphql/auth/apiKeys';
import { startLedgerServer } from '../../src/composition/ledgerServer';
import { loadConfig } from '../../src/infrastructure/config';
import { openLedger } from '../../src/composition/openLedger';

export const BENCH_TOKEN = 'ledger_bench_evaluator';

/** The bench's key, and limits far above the load (every request is served, the limiters' own work still measured). */
export const BENCH_LEDGER_ENV: Readonly<Record<string, string>> = {
  LEDGER_API_KEYS: JSON.stringify([{ actorId: 'bench', roles: ['evaluator'], hash: hashKey(BENCH_TOKEN) }]),
  RATE_LIMIT_PER_KEY: '100000000',
  RATE_LIMIT_PER_ADDRESS: '100000000',
};

const serveLedger = async (folder: string) => {
  const config = loadConfig({ SQLITE_PATH: join(folder, 'ledger.db'), ...BENCH_LEDGER_ENV });
  const ledger = openLedger(config);
  await ledger.runner.start();
  const server = await startLedgerServer(ledger, { port: 0, limits: config.limits, http: config.http });
  return server.port;
};

const serveBare = async (answersFile: string) => {
  const answers = JSON.parse(readFileSync(answersFile, 'utf8')) as Record<string, unknown>;
  const sdl = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
  const schema = buildSchema(sdl);
  const server = new ApolloServer({
    schema,
    rootValue: { overview: () => answers.overview, journey: () => answers.journey },
    // BENCH_BARE_CACHE_POLICY=off: bare Apollo without its cache policy too, as the ledger runs.
    ...(process.env.BENCH_BARE_CACHE_POLICY === 'off'
      ? { plugins: [ApolloServerPluginCacheControlDisabled()] }
      : {}),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0 } });
  return Number(new URL(url).port);
};

if (require.main === module) {
  const [mode, path] = process.argv.slice(2);
  // Stopped by the bench: exit normally, so that a CPU profile (BENCH_PROFILE_DIR) is written.
  process.on('SIGTERM', () => process.exit(0));
  (mode === 'ledger' ? serveLedger(path!) : serveBare(path!)).then(
    (port) => console.error(`PORT ${port}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
