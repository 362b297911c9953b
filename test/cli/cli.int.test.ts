import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeys } from '../../src/graphql/auth/apiKeys';
import { runCli } from '../../src/cli/runCli';
import { DEMO_PROGRAMME } from '../../src/demo/cast';
import { prepareDemo } from '../../src/demo/prepareDemo';
import { loadConfig } from '../../src/infrastructure/config';
import { silentLogger } from '../../src/infrastructure/logger';
import { openLedger } from '../../src/composition/openLedger';
import { projectRoot } from '../support/runTypeScript';

const folder = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
const env = { SQLITE_PATH: join(folder, 'ledger.db') };

/** Runs the tool in this process, as `npx ledger …` would, and keeps what it wrote. */
const ledger = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string | Uint8Array) => ((stdout += String(text)), true) },
    stderr: { write: (text: string | Uint8Array) => ((stderr += String(text)), true), isTTY: false },
    env,
  });
  expect(stderr).not.toMatch(/\n\s+at /);
  return { code, stdout, stderr, lines: stdout.trim().split('\n').filter(Boolean) };
};

beforeAll(async () => {
  const config = loadConfig(env);
  const opened = openLedger(config, { log: silentLogger });
  await prepareDemo(opened, config.demo);
  await opened.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('ledger history', () => {
  it('prints each event with its metadata, filtered by type and actor', async () => {
    const { code, lines, stderr } = await ledger(
      'history',
      DEMO_PROGRAMME,
      '--type',
      'DecisionRecorded',
      '--actor',
      'person-grace',
    );
    expect(code).toBe(0);
    expect(lines).toHaveLength(15);
    for (const line of lines)
      expect(line).toMatch(
        /^#\d+ {2}recorded \S+Z {2}occurred \d{4}-\d\d-\d\d {2}DecisionRecorded {2}by Grace Tamsin \(person-grace, leader\) {2}review-\S+@\d+ {2}command demo-\d+ {2}correlation \S+$/,
      );
    expect(stderr).toBe('15 events\n');
  });

  it('filters by recorded dates and writes JSON for tools', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const all = JSON.parse(
      (await ledger('history', DEMO_PROGRAMME, '--from', today, '--format', 'json')).stdout,
    );
    expect(all.length).toBe(287); // every event of the demo programme, all recorded today
    expect(all[0]).toMatchObject({
      type: 'ProgrammeLaunched',
      position: expect.stringMatching(/^\d+$/),
      metadata: { actorId: 'admin-demo', actorRole: 'admin', occurredAt: '2024-09-02' },
    });
    const before = await ledger('history', DEMO_PROGRAMME, '--to', '2020-01-01');
    expect([before.code, before.lines, before.stderr]).toEqual([0, [], '0 events\n']);
  });

  it('refuses bad arguments with the usage and exit code 2', async () => {
    for (const argv of [
      ['history'],
      ['history', DEMO_PROGRAMME, '--from', 'last tuesday'],
      ['history', DEMO_PROGRAMME, '--from', '2025-02-31'],
      ['history', DEMO_PROGRAMME, '--format', 'xml'],
      ['history', DEMO_PROGRAMME, '--colour'],
      ['history', 'a', 'b'],
    ]) {
      const outcome = await ledger(...argv);
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toMatch(
        /^ledger history: .+\n\nUsage: ledger <command> \[options\]\n\n {2}ledger history <programme>/,
      );
    }
  });

  it('refuses a day that is not on the calendar, rather than reading it as another', async () => {
    for (const day of ['2025-02-31', '2024-04-31', '2023-02-29', '2025-13-01'])
      expect((await ledger('history', DEMO_PROGRAMME, '--to', day)).stderr.split('\n')[0]).toBe(
        `ledger history: --to: ${day} is not a day on the calendar`,
      );
    expect((await ledger('history', DEMO_PROGRAMME, '--to', '2024-02-29')).code).toBe(0);
  });

  it('says in one line when the programme is not in the ledger', async () => {
    expect(await ledger('history', 'programme-elsewhere')).toMatchObject({
      code: 1,
      stderr: 'ledger history: There is no programme programme-elsewhere in the ledger\n',
    });
  });

  it('reads the read models of a ledger that another process is serving, leaving its lock alone', async () => {
    const server = spawn('sleep', ['30']);
    const lock = `${loadConfig(env).readModelsPath}.lock`;
    writeFileSync(lock, String(server.pid));
    try {
      const { code, lines } = await ledger('history', DEMO_PROGRAMME, '--type', 'ProgrammeLaunched');
      expect([code, lines.length]).toEqual([0, 1]);
      expect(readFileSync(lock, 'utf8')).toBe(String(server.pid));
    } finally {
      server.kill();
      rmSync(lock, { force: true });
    }
  });
});

describe('ledger journey', () => {
  it('exports the entire journey as a Markdown document', async () => {
    const { code, stdout } = await ledger('journey', DEMO_PROGRAMME, '--format', 'md');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Harrowmere: time for relationships\n/);
    for (const heading of [
      '## Vision',
      '## Where it stands',
      '## Experiments',
      '## Blueprint versions',
      '## The journey',
      '### September 2024',
      '### November 2025',
    ])
      expect(stdout).toContain(`\n${heading}\n`);
    expect(stdout).toContain('| % of time with families | 20 % | 30 % | 31 % (21 Nov 2025) |');
    expect(stdout).toContain('- Paired first visits: stopped early: Pairing needs full staffing');
    expect(stdout).toMatch(/\n {2}- Why: The timescale is set in statutory guidance\n/);
    expect(stdout).not.toMatch(/undefined|\[object/);
  });

  it('exports the same journey as JSON, every entry with its recorder', async () => {
    const { stdout } = await ledger('journey', DEMO_PROGRAMME, '--format', 'json');
    const exported = JSON.parse(stdout);
    const history = JSON.parse((await ledger('history', DEMO_PROGRAMME, '--format', 'json')).stdout);
    expect(history.at(-1).position).toBe('287');
    // The ledger's last position: the demo records Oakbrook's 19 events after Harrowmere's.
    expect(exported.lastPosition).toBe('306');
    expect(exported.journey.length).toBe(287); // one entry per event of the demo programme
    expect(exported.journey.every((entry: { actorName: string }) => entry.actorName !== '')).toBe(true);
    expect(exported.blueprint.versions).toHaveLength(3);
    expect(exported.surveyRounds.length).toBe(33); // 32 fortnightly pulse rounds and one baseline of families
  });

  it('writes an export to a named file readable by you only, never over another or into the ledger’s folder', async () => {
    const out = join(folder, 'exports', 'harrowmere', 'journey.md');
    const written = await ledger('journey', DEMO_PROGRAMME, '--format', 'md', '--out', out);
    expect([written.code, written.stdout, written.stderr]).toEqual([0, '', `Wrote ${out}\n`]);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Harrowmere: time for relationships\n/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const again = await ledger('journey', DEMO_PROGRAMME, '--out', out);
    expect([again.code, again.stderr.split('\n')[0]]).toEqual([
      2,
      `ledger journey: ${out} exists already; choose a new file name, or add --force to replace it`,
    ]);
    const forced = await ledger('history', DEMO_PROGRAMME, '--format', 'json', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).length).toBe(287);

    const inRepository = join(projectRoot, 'harrowmere-journey.md');
    const refused = await ledger('journey', DEMO_PROGRAMME, '--out', inRepository);
    expect([refused.code, refused.stderr.split('\n')[0]]).toEqual([
      2,
      `ledger journey: ${inRepository} is inside the ledger's own folder (${projectRoot}), where an export could be committed or shipped; write it elsewhere, e.g. --out ~/ledger-exports/harrowmere-journey.md`,
    ]);
    expect(existsSync(inRepository)).toBe(false);
  });

  it('refuses a format it does not write', async () => {
    const outcome = await ledger('journey', DEMO_PROGRAMME, '--format', 'pdf');
    expect([outcome.code, outcome.stderr.split('\n')[0]]).toEqual([
      2,
      'ledger journey: --format is one of md, json, not "pdf"',
    ]);
  });
});

describe('ledger blueprint', () => {
  it('shows what changed between two versions, with rationale and evidence', async () => {
    const { code, lines } = await ledger('blueprint', DEMO_PROGRAMME, '--diff', '1..3');
    expect(code).toBe(0);
    expect(lines.slice(0, 6)).toEqual([
      'Blueprint version 1 → 3',
      '~ Duty in weekly blocks for both teams (kind, title, description)',
      '~ Protected visit hours, swappable within the team (kind, title, description)',
      '+ Supervisors sign off minor plan updates',
      '+ Monthly relational practice check-ins',
      '- Paired first visits for adolescents',
    ]);
    expect(lines).toContain('      why: A fixed morning did not protect time: emergencies clustered on it');
    expect(lines.filter((line) => line.startsWith('      evidence (experimentConclusion)'))).toHaveLength(3);
  });

  it('lists the published versions, and explains a version that does not exist', async () => {
    expect((await ledger('blueprint', DEMO_PROGRAMME)).lines).toEqual([
      'Version 1 (2025-01-13): The first blueprint: what we will test, and how we will know — 5 elements, 5 changes',
      'Version 2 (2025-04-22): Adapted after the first experiments — 5 elements, 4 changes',
      'Version 3 (2025-09-22): The blueprint the service will keep — 6 elements, 2 changes',
    ]);
    expect(await ledger('blueprint', DEMO_PROGRAMME, '--diff', '1..9')).toMatchObject({
      code: 1,
      stderr: 'ledger blueprint: Version 9 of this blueprint has not been published (published: 1, 2, 3)\n',
    });
    expect((await ledger('blueprint', DEMO_PROGRAMME, '--diff', 'first..last')).code).toBe(2);
  });
});

describe('ledger tokens', () => {
  it('issues a key the ledger accepts, lists it and revokes it', async () => {
    const created = await ledger(
      'tokens',
      'create',
      '--role',
      'auditor',
      '--actor',
      'auditor-2',
      '--label',
      'external audit',
    );
    expect(created.code).toBe(0);
    const [key] = created.lines;
    expect(key).toMatch(/^ledger_[\w-]{43}$/);
    expect(created.stderr).toContain('it is not shown again');
    const { auth } = loadConfig(env);
    const keys = new ApiKeys({ file: auth.apiKeysFile, fromEnvironment: undefined });
    const caller = keys.authenticate(key!);
    expect(caller).toMatchObject({ actorId: 'auditor-2', roles: ['auditor'] });
    expect(
      (await ledger('tokens', 'list')).lines.find((line) => line.startsWith(caller!.credential)),
    ).toMatch(/auditor-2 {2}auditor {2}active {2}external audit$/);
    expect((await ledger('tokens', 'revoke', caller!.credential)).code).toBe(0);
    expect(keys.authenticate(key!)).toBeUndefined();
  });

  it('issues a key limited to some programmes', async () => {
    const created = await ledger(
      'tokens',
      'create',
      '--role',
      'evaluator',
      '--actor',
      'evaluator-9',
      '--programme',
      'programme-a',
      '--programme',
      'programme-b',
    );
    expect(created.code).toBe(0);
    const keys = new ApiKeys({ file: loadConfig(env).auth.apiKeysFile, fromEnvironment: undefined });
    const caller = keys.authenticate(created.lines[0]!);
    expect(caller?.programmes).toEqual(['programme-a', 'programme-b']);
    expect(
      (await ledger('tokens', 'list')).lines.find((line) => line.startsWith(caller!.credential)),
    ).toMatch(/evaluator-9 {2}evaluator {2}active {2}\(programmes programme-a,programme-b only\)$/);
  });

  it('refuses an unknown role or a missing actor with the usage', async () => {
    const role = await ledger('tokens', 'create', '--role', 'superuser', '--actor', 'x');
    expect([role.code, role.stderr.split('\n')[0]]).toEqual([
      2,
      'ledger tokens: --role superuser is not a role; roles are practitioner, leader, facilitator, evaluator, auditor, admin',
    ]);
    expect((await ledger('tokens', 'create', '--role', 'auditor')).code).toBe(2);
    expect((await ledger('tokens', 'create', '--role', 'auditor', '--actor', 'has spaces')).code).toBe(2);
    expect((await ledger('tokens', 'mint')).code).toBe(2);
  });
});

describe('ledger backup and restore', () => {
  it('backs up the ledger while it is open, and restores it keeping the replaced file beside it', async () => {
    const config = loadConfig(env);
    const file = join(folder, 'backup.db');
    const running = openLedger(config, { log: silentLogger });
    const before = await running.store.lastPosition();
    const backedUp = await ledger('backup', file);
    expect([backedUp.code, backedUp.stderr]).toEqual([0, `Backed up ${before} events to ${file}\n`]);
    const onto = await ledger('backup', file);
    expect([onto.code, onto.stderr.split('\n')[0]]).toEqual([
      2,
      `ledger backup: ${file} exists already; choose a new file name, or add --force to replace it`,
    ]);
    const forced = await ledger('backup', file, '--force');
    expect([forced.code, forced.stderr]).toEqual([0, `Backed up ${before} events to ${file}\n`]);
    const intoNewFolder = join(folder, 'backups', 'nightly', 'ledger.db');
    expect((await ledger('backup', intoNewFolder)).code).toBe(0);
    expect(statSync(intoNewFolder).mode & 0o777).toBe(0o600);
    // Recorded after the backup: gone from the restored ledger, kept in the file set aside.
    await running.services.handler.execute(
      { type: 'AdoptSimpleRule', data: { programmeId: DEMO_PROGRAMME, rule: 'Recorded after the backup' } },
      { actor: { id: 'person-grace', role: 'leader' } },
    );
    await running.close();
    const server = spawn('sleep', ['30']);
    writeFileSync(`${config.readModelsPath}.lock`, String(server.pid));
    const refused = await ledger('restore', file);
    server.kill();
    rmSync(`${config.readModelsPath}.lock`);
    expect([refused.code, refused.stderr]).toEqual([
      1,
      `ledger restore: The ledger (process ${server.pid}) is serving the read models in ${config.readModelsPath}; stop it first\n`,
    ]);

    const restored = await ledger('restore', file);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toMatch(
      new RegExp(
        `Kept the replaced ledger as .*ledger\\.db\\.before-restore-.*\nRestored ${before} events from .*\n.*Rebuilt the read models from ${before} events`,
        's',
      ),
    );
    const rules = JSON.parse((await ledger('journey', DEMO_PROGRAMME, '--format', 'json')).stdout).overview
      .programme.simpleRules;
    expect(rules).not.toContain('Recorded after the backup');
    const aside = restored.stderr.match(/Kept the replaced ledger as (\S+)/)![1]!;
    const old = openLedger(
      { ...config, store: { kind: 'sqlite', path: aside }, readModelsPath: join(folder, 'aside.db') },
      { log: silentLogger },
    );
    expect(await old.store.lastPosition()).toBe(before! + 1n);
    await old.close();
  });

  it('refuses a file that is not a ledger', async () => {
    const notLedger = join(folder, 'notes.db');
    writeFileSync(notLedger, 'not a database');
    const outcome = await ledger('restore', notLedger);
    expect([outcome.code, outcome.stderr.split('\n')[0]]).toEqual([
      2,
      `ledger restore: ${notLedger} is not a ledger file (it has no event log)`,
    ]);
    expect((await ledger('restore')).code).toBe(2);
  });
});

describe('ledger', () => {
  it('prints the usage of every command for --help, and refuses an unknown command', async () => {
    const help = await ledger('--help');
    expect(help.code).toBe(0);
    for (const command of ['history', 'journey', 'blueprint', 'rebuild', 'tokens create'])
      expect(help.stdout).toContain(`\n  ledger ${command}`);
    expect(await ledger()).toMatchObject({ code: 2, stdout: '' });
    const unknown = await ledger('export');
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([
      2,
      'ledger: there is no command "export"',
    ]);
  });

  it('rebuilds the read models with a progress bar, and the answers stay the same', async () => {
    const before = (await ledger('journey', DEMO_PROGRAMME, '--format', 'json')).stdout;
    const rebuilt = await ledger('rebuild');
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).toMatch(/\[#{30}\] 100% .*\nRebuilt the read models from \d+ events/);
    const after = (await ledger('journey', DEMO_PROGRAMME, '--format', 'json')).stdout;
    const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(withoutTime(after)).toEqual(withoutTime(before));
    expect(existsSync(`${loadConfig(env).readModelsPath}.lock`)).toBe(false);
  });
});
