/**
 * Erasure reaches every file the ledger wrote. The ledger runs as `npm start` runs it (its own
 * process, its log in a file); a person joins with a name and an email, is refused in free text,
 * appears in a backup and two exports the tool wrote; an admin erases them through the API. Then no
 * byte of their name or email is left in the ledger file, its -wal and -shm, the read models, the
 * backup, the exports or the log, nor after a restore from a copy of the backup kept elsewhere.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runCli } from '../src/cli/runCli';
import { hashKey } from '../src/graphql/auth/apiKeys';
import type { Json } from './support/ledgerApi';
import { projectRoot } from './support/runTypeScript';
import { waitFor } from './support/waitFor';

const NAME = 'Wilhelmina Quarrington';
const EMAIL = 'w.quarrington@fenmoor.example';
const P = 'p-erasure';

const folder = mkdtempSync(join(tmpdir(), 'ledger-erasure-'));
const data = join(folder, 'data');
const offsite = join(folder, 'offsite');
const keys = [
  { keyId: 'admin', actorId: 'admin-1', roles: ['admin'], hash: hashKey('ledger_erasure_admin') },
  { keyId: 'prac', actorId: 'person-kit', roles: ['practitioner'], hash: hashKey('ledger_erasure_prac') },
  { keyId: 'wq', actorId: 'person-wq', roles: ['practitioner'], hash: hashKey('ledger_erasure_wq') },
];
const env = {
  SQLITE_PATH: join(data, 'ledger.db'),
  LEDGER_DEMO: 'false',
  LEDGER_API_KEYS: JSON.stringify(keys),
};
const port = String(20000 + Math.floor(Math.random() * 20000));

/** Every file under the ledger's folder, except the copy this test keeps "off site" itself. */
const filesWritten = (): string[] => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(folder).filter((path) => !path.startsWith(offsite));
};
const holding = (text: string) =>
  filesWritten()
    .filter((path) => readFileSync(path).includes(Buffer.from(text, 'utf8')))
    .map((path) => relative(folder, path));

const cli = async (...argv: string[]) => {
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: () => true },
    stderr: { write: (text: string | Uint8Array) => ((stderr += String(text)), true), isTTY: false },
    env,
  });
  return { code, stderr };
};

const startLedger = () => {
  mkdirSync(join(folder, 'logs'), { recursive: true });
  const log = openSync(join(folder, 'logs', 'ledger.log'), 'a');
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, PORT: port },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, exited };
};

const graphql = async (token: string, query: string, variables?: Record<string, unknown>) => {
  const response = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Json; errors?: Json[] };
};
const admin = (query: string, variables?: Record<string, unknown>) =>
  graphql('ledger_erasure_admin', query, variables);
const practitioner = (query: string, variables?: Record<string, unknown>) =>
  graphql('ledger_erasure_prac', query, variables);

const identify = `mutation($description: String!) { identifyBarrier(input: { programmeId: "${P}", title: "Duplicate recording", description: $description, kind: PROCESS, scope: LOCAL, source: { kind: SENSEMAKING }, identifiedBy: ["person-wq", "person-kit"] }) { commandId } }`;

let ledger: ReturnType<typeof startLedger>;
afterAll(() => {
  if (ledger.child.exitCode === null) ledger.child.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
});

describe('erasing a person', () => {
  it('leaves their name and email in no file the ledger wrote', async () => {
    ledger = startLedger();
    let up = false;
    const poll = setInterval(
      () =>
        void fetch(`http://localhost:${port}/ready`).then(
          (response) => (up = response.ok),
          () => undefined,
        ),
      200,
    );
    await waitFor(() => up, 60_000, 'the ledger to start').finally(() => clearInterval(poll));

    const setUp = [
      `mutation { launchProgramme(input: { programmeId: "${P}", name: "Fenmoor family time", localAuthority: "Fenmoor (fictional)", scope: "Duty", startDate: "2025-01-06", plannedDurationMonths: 18 }) { commandId } }`,
      `mutation { enrolTeam(input: { programmeId: "${P}", teamId: "t1", name: "Duty team", kind: STATUTORY }) { commandId } }`,
      `mutation { joinParticipant(input: { programmeId: "${P}", participantId: "person-wq", teamId: "t1", role: SOCIAL_WORKER, level: PRACTITIONER, displayName: "${NAME}", contact: "${EMAIL}" }) { commandId } }`,
      `mutation { joinParticipant(input: { programmeId: "${P}", participantId: "person-kit", teamId: "t1", role: SOCIAL_WORKER, level: PRACTITIONER, displayName: "Kit Example" }) { commandId } }`,
    ];
    for (const query of setUp) expect((await admin(query)).errors).toBeUndefined();

    // Free text cannot carry her name or email into the log, where erasure could not reach it.
    for (const description of [`Raised by ${NAME}`, `Ask ${EMAIL}`]) {
      const refused = await practitioner(identify, { description });
      expect(refused.errors?.map((error) => [error.extensions.code, error.extensions.rule])).toEqual([
        ['BAD_USER_INPUT', 'PersonalDataInFreeText'],
      ]);
    }
    expect((await practitioner(identify, { description: 'Raised by person-wq' })).errors).toBeUndefined();
    // She records one herself, so the exports name her as its recorder.
    const byHer = await graphql('ledger_erasure_wq', identify, { description: 'Seen again on duty' });
    expect(byHer.errors).toBeUndefined();

    // Copies the tool writes while the ledger runs: a backup and two exports naming her.
    const backups = join(folder, 'backups', 'before-erasure.db');
    const exports = join(folder, 'exports');
    expect((await cli('backup', backups)).code).toBe(0);
    expect((await cli('journey', P, '--format', 'md', '--out', join(exports, 'journey.md'))).code).toBe(0);
    expect((await cli('journey', P, '--format', 'json', '--out', join(exports, 'journey.json'))).code).toBe(
      0,
    );
    expect((await cli('history', P, '--format', 'json', '--out', join(exports, 'history.json'))).code).toBe(
      0,
    );
    mkdirSync(offsite);
    copyFileSync(backups, join(offsite, 'before-erasure.db'));
    // The search finds her wherever she is, before the erasure.
    expect(holding(NAME)).toEqual(
      expect.arrayContaining(['backups/before-erasure.db', 'exports/journey.md', 'exports/journey.json']),
    );
    expect(holding(EMAIL)).toEqual(expect.arrayContaining(['backups/before-erasure.db']));

    const erased = await admin(`mutation { erasePerson(participantId: "person-wq") }`);
    expect(erased).toEqual({ data: { erasePerson: true } });
    expect([holding(NAME), holding(EMAIL)]).toEqual([[], []]);
    const journey = readFileSync(join(exports, 'journey.md'), 'utf8');
    expect(journey).toContain('[erased]');
    expect(journey).toContain('Kit Example');

    ledger.child.kill('SIGTERM');
    expect(await ledger.exited).toBe(0);
    expect([holding(NAME), holding(EMAIL)]).toEqual([[], []]);

    // A backup from before the erasure, kept elsewhere, comes back with the erasure re-applied.
    const restored = await cli('restore', join(offsite, 'before-erasure.db'));
    expect([restored.code, restored.stderr]).toEqual([
      0,
      expect.stringContaining('Re-applied 1 erasures from the personal-data register'),
    ]);
    expect([holding(NAME), holding(EMAIL)]).toEqual([[], []]);
    const modes = filesWritten()
      .filter((path) => !path.startsWith(join(folder, 'logs')))
      .map((path) => [relative(folder, path), (statSync(path).mode & 0o777).toString(8)]);
    expect(modes).toEqual(modes.map(([path]) => [path, '600']));
  }, 180_000);
});
