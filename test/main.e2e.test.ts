import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, runTypeScript } from './support/runTypeScript';
import { waitFor } from './support/waitFor';

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

  it('serves /health and /ready on the embedded store and closes cleanly on SIGTERM', async () => {
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const ledger = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: projectRoot,
      env: { ...process.env, PORT: port, SQLITE_PATH: join(folder, 'data', 'ledger.db') },
    });
    let output = '';
    ledger.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => ledger.on('close', resolve));
    try {
      await waitFor(() => output.includes('Change-programme ledger on'), 15_000, 'the ledger to start');
      expect(output).toContain(`http://localhost:${port}`);
      const health = await fetch(`http://localhost:${port}/health`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'alive' }]);
      const ready = await fetch(`http://localhost:${port}/ready`);
      expect([ready.status, await ready.json()]).toEqual([
        200,
        {
          status: 'ready',
          lastPosition: null,
          readModels: { position: null, eventsBehind: 0, failure: null },
        },
      ]);
    } finally {
      ledger.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
