/**
 * The ledger as `npm start` leaves it: the demo programme recorded in a temporary folder, served
 * over HTTP on a free port with its explorer, and the demo tokens by role.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDemo } from '../../src/demo/prepareDemo';
import { startLedgerServer } from '../../src/composition/ledgerServer';
import { loadConfig } from '../../src/infrastructure/config';
import { silentLogger } from '../../src/infrastructure/logger';
import { openLedger } from '../../src/composition/openLedger';
import type { Json } from './ledgerApi';

export const startDemoLedger = async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-demo-'));
  const env = { SQLITE_PATH: join(folder, 'data', 'ledger.db') };
  const config = loadConfig(env);
  const ledger = openLedger(config, { log: silentLogger });
  const demo = await prepareDemo(ledger, config.demo);
  if (demo.kind !== 'ready') throw new Error(`The demo was not recorded (${demo.kind})`);
  const server = await startLedgerServer(ledger, {
    port: 0,
    limits: config.limits,
    http: config.http,
  });
  await ledger.runner.start();
  await ledger.runner.waitFor((await ledger.store.lastPosition())!);
  const tokens = new Map(demo.tokens.map(({ role, token }) => [role as string, token]));
  const post = async (
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Json; errors?: Json[] };
  };
  return {
    env,
    folder,
    ledger,
    server,
    home: `http://localhost:${server.port}/`,
    tokens,
    post,
    /** Stops serving and closes the ledger, keeping its folder (as stopping `npm start` would). */
    stop: async () => {
      await server.stop();
      await ledger.close();
    },
    close: async () => {
      if (server.httpServer.listening) {
        await server.stop();
        await ledger.close();
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
};
export type DemoLedger = Awaited<ReturnType<typeof startDemoLedger>>;
