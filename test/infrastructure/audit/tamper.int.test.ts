/**
 * Tampering with a real ledger file, the way someone holding it could: `ledger verify` fails and
 * names the first bad position, and proofs handed out before no longer check against a head signed
 * after it.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/runCli';
import { verify } from '../../../src/cli/verify';
import { verifyConsistency, verifyInclusion } from '../../../src/domain/audit/merkle';
import { loadConfig } from '../../../src/infrastructure/config';
import { silentLogger } from '../../../src/infrastructure/logger';
import { SqliteEventStore } from '../../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { openLedger } from '../../../src/composition/openLedger';

const folder = mkdtempSync(join(tmpdir(), 'ledger-tamper-'));
const original = join(folder, 'original.db');
const keyPath = join(folder, 'signing-key.pem');
const EVENTS = 20;
const idAt = (position: number) => `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`;

const envFor = (file: string) => ({
  SQLITE_PATH: file,
  LEDGER_SIGNING_KEY_PATH: keyPath,
  LEDGER_DEMO: 'false',
  READ_MODELS_PATH: join(folder, `${file.split('/').at(-1)}.read-models.db`),
});

const ledgerTool = async (file: string, ...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string | Uint8Array) => ((stdout += String(text)), true) },
    stderr: { write: (text: string | Uint8Array) => ((stderr += String(text)), true), isTTY: false },
    env: envFor(file),
  });
  return { code, stdout, stderr };
};

/** A copy of the original ledger file, changed by `tamper` with nothing but SQL. */
const tampered = (name: string, tamper: (db: Database.Database) => void): string => {
  const path = join(folder, `${name}.db`);
  copyFileSync(original, path);
  const db = new Database(path);
  tamper(db);
  db.close();
  return path;
};

beforeAll(async () => {
  const ledger = openLedger(loadConfig(envFor(original)), { log: silentLogger });
  for (let n = 1; n <= EVENTS; n += 1)
    await ledger.store.appendToStream(
      `smallChange-${n % 3}`,
      [
        {
          id: idAt(n),
          type: 'SmallChangeProposed',
          data: { smallChangeId: `sc-${n}`, title: `Change number ${n}` },
          metadata: { actorId: 'person-sam', actorRole: 'practitioner', occurredAt: '2025-03-14' },
        },
      ],
      'any',
    );
  await ledger.services.audit.proofs.digest(true);
  await ledger.close();
  // Leave no write-ahead log behind: a plain copy of the file is then the whole ledger.
  const db = new Database(original);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('ledger verify on a tampered file', () => {
  it('passes on the file as the ledger wrote it', async () => {
    const { code, stdout } = await ledgerTool(original, 'verify');
    expect(stdout).toBe(
      [
        'Checked 20 events against the Merkle tree (20 leaves), 1 signed head and 0 access record entries.',
        'OK: no event was altered, removed, reordered or inserted.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
  });

  const cases: [string, (db: Database.Database) => void, string][] = [
    [
      'one byte of a payload changed',
      (db) =>
        db.prepare(`UPDATE events SET data = replace(data, 'number 7', 'number 8') WHERE position = 7`).run(),
      `altered at position 7 (event ${idAt(7)}): event ${idAt(7)} at position 7 was altered since it was recorded (it no longer matches its leaf)`,
    ],
    [
      'an event deleted',
      (db) => db.prepare('DELETE FROM events WHERE position = 9').run(),
      `missing at position 9 (event ${idAt(9)}): event ${idAt(9)} at position 9 is missing from the log`,
    ],
    [
      'two events swapped',
      (db) => {
        const swap = db.transaction(() => {
          db.prepare(`UPDATE events SET position = -1 WHERE position = 4`).run();
          db.prepare(`UPDATE events SET position = 4 WHERE position = 12`).run();
          db.prepare(`UPDATE events SET position = 12 WHERE position = -1`).run();
        });
        swap();
      },
      `moved at position 4 (event ${idAt(4)}): position 4 holds event ${idAt(12)}, recorded at position 12, where event ${idAt(4)} was recorded (events were reordered)`,
    ],
    [
      'a recorded time changed',
      (db) =>
        db.prepare(`UPDATE events SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE position = 15`).run(),
      `altered at position 15 (event ${idAt(15)}): event ${idAt(15)} at position 15 was altered since it was recorded (it no longer matches its leaf)`,
    ],
    [
      'the log truncated',
      (db) => db.prepare('DELETE FROM events WHERE position > 17').run(),
      `missing at position 18 (event ${idAt(18)}): the log ends before position 18: event ${idAt(18)} and every event after it are gone`,
    ],
  ];

  it.each(cases)('fails with %s, naming the first bad position', async (name, tamper, problem) => {
    const { code, stdout, stderr } = await ledgerTool(tampered(name.replace(/\W+/g, '-'), tamper), 'verify');
    expect(code).toBe(1);
    expect(stdout.split('\n')).toContain(`  ${problem}`);
    expect(stderr).toMatch(/^ledger verify: the ledger does not verify: /);
  });

  it('refuses under the rule LedgerVerifies, which the tool reports as exit 1', async () => {
    const file = tampered('rule', (db) => db.prepare('DELETE FROM events WHERE position > 17').run());
    const io = {
      stdout: { write: () => true },
      stderr: { write: () => true, isTTY: false },
      env: envFor(file),
    };
    const attempt = verify.run([], loadConfig(envFor(file)), io);
    await expect(attempt).rejects.toMatchObject({ rule: 'LedgerVerifies' });
    await expect(attempt).rejects.toThrow(/^the ledger does not verify: /);
  });
});

const hex = (text: string) => Buffer.from(text, 'hex');

describe('proofs from before a tamper', () => {
  it('no longer check against a head signed after the tree was rebuilt over the altered log', async () => {
    const before = openLedger(loadConfig(envFor(original)), { log: silentLogger });
    const digest = await before.services.audit.proofs.digest();
    const proof = await before.services.audit.proofs.inclusion(idAt(7), digest.treeSize);
    await before.close();
    const leaf = hex(proof.leafHash);
    expect(verifyInclusion(6, 20, leaf, proof.proof.map(hex), hex(digest.rootHash))).toBe(true);

    // Whoever altered the file recomputes the tree to match it, then the ledger records on.
    const path = tampered('rebuilt', (db) =>
      db.prepare(`UPDATE events SET data = replace(data, 'number 7', 'number 8') WHERE position = 7`).run(),
    );
    const store = new SqliteEventStore({ path });
    await store.tree!.rebuild();
    await store.close();
    const after = openLedger(loadConfig(envFor(path)), { log: silentLogger });
    await after.store.appendToStream(
      'smallChange-next',
      [{ id: idAt(21), type: 'SmallChangeProposed', data: { smallChangeId: 'sc-21' }, metadata: {} }],
      'no_stream',
    );
    const head = await after.services.audit.proofs.digest(true);
    const consistency = await after.services.audit.proofs.consistency(20, head.treeSize);
    const now = await after.services.audit.proofs.inclusion(idAt(7), head.treeSize);
    await after.close();

    expect(head.treeSize).toBe(21);
    expect(
      verifyConsistency(20, 21, hex(digest.rootHash), hex(head.rootHash), consistency.proof.map(hex)),
    ).toBe(false);
    expect(verifyInclusion(6, 21, leaf, now.proof.map(hex), hex(head.rootHash))).toBe(false);
    // The ledger's own view of the altered event does check against the new head: only the digest saved before shows it.
    expect(verifyInclusion(6, 21, hex(now.leafHash), now.proof.map(hex), hex(head.rootHash))).toBe(true);
  });
});
