import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, runTypeScript } from './support/runTypeScript';
import { waitFor } from './support/waitFor';

// Each case starts the ledger through ts-node in a child process: slow on a busy machine.
jest.setTimeout(120_000);

const folder = mkdtempSync(join(tmpdir(), 'ledger-main-'));

describe('starting the ledger', () => {
  it.each([
    [{ EVENT_STORE: 'postgres' }, 'EVENT_STORE: "postgres" is not a store'],
    [
      { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=maybe' },
      'EVENTSTORE_CONNECTION_STRING:',
    ],
    [{ SQLITE_PATH: '/proc/ledger/ledger.db' }, 'SQLITE_PATH: cannot write the ledger file'],
  ])('stops with one line naming the mistake for %p', async (env, expected) => {
    const outcome = await runTypeScript('src/main.ts', [], env);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trim().split('\n')).toEqual([expect.stringContaining(expected)]);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });

  it('serves /health and /ready on an empty ledger with LEDGER_DEMO=false and closes cleanly on SIGTERM', async () => {
    const ledger = startMain({ LEDGER_DEMO: 'false', SQLITE_PATH: join(folder, 'empty', 'ledger.db') });
    try {
      await ledger.started;
      expect(ledger.output()).toContain(`GraphQL at http://localhost:${ledger.port}/graphql`);
      expect(ledger.output()).toContain('Demo programme: off (LEDGER_DEMO=false)');
      const health = await fetch(`http://localhost:${ledger.port}/health`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'alive' }]);
      expect(await readyOf(ledger.port)).toEqual({
        status: 'ready',
        lastPosition: null,
        readModels: { position: null, eventsBehind: 0, failure: null },
      });
    } finally {
      ledger.stop();
    }
    expect(await ledger.exited).toBe(0);
  });

  it('records the demo programme once, prints a working token per role, and keeps it over a restart', async () => {
    const env = { SQLITE_PATH: join(folder, 'demo', 'ledger.db') };
    const first = startMain(env, '(admin-demo)');
    let tokens: Map<string, string>;
    let lastPosition: unknown;
    try {
      await first.started;
      expect(first.output()).toMatch(/Demo programme programme-harrowmere recorded \(\d+ events/);
      tokens = tokensIn(first.output());
      expect([...tokens.keys()]).toEqual([
        'practitioner',
        'leader',
        'facilitator',
        'evaluator',
        'auditor',
        'admin',
      ]);
      const ready = await waitForReady(first.port);
      lastPosition = ready.lastPosition;
      const answer = await overviewAs(first.port, tokens.get('evaluator'));
      expect(answer).toEqual({ data: { overview: { blueprint: { currentVersion: 3 } } } });
    } finally {
      first.stop();
    }
    expect(await first.exited).toBe(0);

    const second = startMain(env, '(admin-demo)');
    try {
      await second.started;
      expect(second.output()).not.toContain('recorded (');
      expect(tokensIn(second.output())).toEqual(tokens);
      expect((await waitForReady(second.port)).lastPosition).toBe(lastPosition);
    } finally {
      second.stop();
    }
    expect(await second.exited).toBe(0);
  });

  it('says in one line that the port is in use, and exits with 1', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as AddressInfo).port;
    try {
      const outcome = await runTypeScript('src/main.ts', [], {
        PORT: String(port),
        LEDGER_DEMO: 'false',
        SQLITE_PATH: join(folder, 'port', 'ledger.db'),
      });
      expect(outcome.code).toBe(1);
      expect(outcome.stderr.trim()).toBe(
        `The ledger cannot start: PORT: port ${port} is already in use on 127.0.0.1; stop what holds it or choose another PORT`,
      );
      for (const line of outcome.stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      holder.close();
    }
  });

  it('writes only JSON lines to stdout, shutdown included', async () => {
    const ledger = startMain({ LEDGER_DEMO: 'false', SQLITE_PATH: join(folder, 'json', 'ledger.db') });
    try {
      await ledger.started;
      await fetch(`http://localhost:${ledger.port}/graphql`, { method: 'POST', body: '{' });
    } finally {
      ledger.stop();
    }
    expect(await ledger.exited).toBe(0);
    const lines = ledger.stdout().trim().split('\n');
    const logged = lines.map((line) => JSON.parse(line) as { msg: string; level: string; status?: number });
    expect(logged.map(({ msg }) => msg)).toEqual([
      'ledger started',
      'request',
      'shutting down: finishing requests in flight, then closing the ledger',
      'ledger closed',
    ]);
    expect(logged[1]).toMatchObject({ level: 'info', status: 400 });
  });

  it('refuses a LEDGER_DEMO that is neither true nor false', async () => {
    const outcome = await runTypeScript('src/main.ts', [], { LEDGER_DEMO: 'maybe' });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trim()).toBe(
      'The ledger cannot start: LEDGER_DEMO: "maybe" is neither true nor false',
    );
  });
});

/** Starts `src/main.ts`; `started` resolves once it has printed `until` (its last start-up line). */
const startMain = (env: NodeJS.ProcessEnv, until = 'Demo programme') => {
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: port, ...env },
  });
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const started = waitFor(() => output.includes(until), 60_000, 'the ledger to start');
  return {
    port,
    started,
    exited,
    output: () => output,
    stdout: () => stdout,
    stop: () => child.kill('SIGTERM'),
  };
};

/** The demo tokens printed at start-up, by role. */
const tokensIn = (output: string): Map<string, string> =>
  new Map([...output.matchAll(/^ {2}(\w+) +(ledger_\S+) {2}\(/gm)].map(([, role, token]) => [role!, token!]));

const readyOf = async (port: string) => (await fetch(`http://localhost:${port}/ready`)).json();

const waitForReady = async (port: string): Promise<{ lastPosition: unknown }> => {
  let ready: { status: string; lastPosition: unknown } | undefined;
  await waitFor(
    async () => (ready = (await readyOf(port)) as NonNullable<typeof ready>).status === 'ready',
    60_000,
    'the ledger to be ready',
  );
  return ready!;
};

const overviewAs = async (port: string, token: string | undefined) =>
  (
    await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: '{ overview(programmeId: "programme-harrowmere") { blueprint { currentVersion } } }',
      }),
    })
  ).json();
