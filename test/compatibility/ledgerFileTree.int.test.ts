/**
 * A ledger file written before the Merkle tree existed (test/fixtures/ledger-0.1.0.db, copied, never
 * changed) gains its leaves when it is first opened, and verifies: offline with `ledger verify`, and
 * after the ledger has opened it and signed a head over it.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { silentLogger } from '../../src/infrastructure/logger';
import { loadConfig } from '../../src/infrastructure/config';
import { openLedger } from '../../src/composition/openLedger';

const fixture = join(__dirname, '..', 'fixtures', 'ledger-0.1.0.db');
const folder = mkdtempSync(join(tmpdir(), 'ledger-0.1.0-tree-'));
const env = { SQLITE_PATH: join(folder, 'ledger.db'), LEDGER_DEMO: 'false' };
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const verify = async () => {
  let stdout = '';
  const code = await runCli(['verify'], {
    stdout: { write: (text: string | Uint8Array) => ((stdout += String(text)), true) },
    stderr: { write: () => true, isTTY: false },
    env,
  });
  return { code, lines: stdout.trim().split('\n') };
};

const eventsIn = (path: string) => {
  const db = new Database(path, { readonly: true });
  const count = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  db.close();
  return count;
};

describe('a ledger file written by version 0.1.0, and its Merkle tree', () => {
  it('gains a leaf for every event when first opened, and verifies before and after the ledger signs a head', async () => {
    copyFileSync(fixture, env.SQLITE_PATH);
    // Counted in the copy: opening the fixture itself, even read-only, leaves -shm/-wal files beside it.
    const events = eventsIn(env.SQLITE_PATH);
    expect(events).toBeGreaterThan(100);
    // The signing key does not exist yet: the ledger creates it on first start.
    const ledger = openLedger(loadConfig(env), { log: silentLogger });
    const digest = await ledger.services.audit.proofs.digest(true);
    await ledger.close();
    expect(digest.treeSize).toBe(events);

    const { code, lines } = await verify();
    expect(lines).toEqual([
      `Checked ${events} events against the Merkle tree (${events} leaves), 1 signed head and 0 access record entries.`,
      'OK: no event was altered, removed, reordered or inserted.',
    ]);
    expect(code).toBe(0);
  });

  it('verifies offline straight from a fresh copy, making its leaves as the ledger would', async () => {
    const copy = join(folder, 'fresh-copy.db');
    copyFileSync(fixture, copy);
    let stdout = '';
    const code = await runCli(['verify', '--file', copy], {
      stdout: { write: (text: string | Uint8Array) => ((stdout += String(text)), true) },
      stderr: { write: () => true, isTTY: false },
      env,
    });
    const events = eventsIn(copy);
    expect(stdout.trim().split('\n')).toEqual([
      `Checked ${events} events against the Merkle tree (${events} leaves), 0 signed heads and 0 access record entries.`,
      `The file had no Merkle tree yet (written by a version that kept none): ${events} leaves made now.`,
      'OK: no event was altered, removed, reordered or inserted.',
    ]);
    expect(code).toBe(0);
  });
});
