/**
 * Everything the ledger writes may hold personal data or keys: its files are readable by their
 * owner only (0600) and the folders it creates are the owner's only (0700), whatever the umask.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { loadConfig } from '../../src/infrastructure/config';
import { silentLogger } from '../../src/infrastructure/logger';
import { joinParticipant } from '../../src/application/joinParticipant';
import { openLedger } from '../../src/composition/openLedger';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

let root: string;
let umask: number;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ledger-modes-'));
  // The most permissive umask a machine might have: nothing may rely on it.
  umask = process.umask(0);
});
afterAll(() => {
  process.umask(umask);
  rmSync(root, { recursive: true, force: true });
});

const cli = (env: Record<string, string>, ...argv: string[]) => {
  let stderr = '';
  return runCli(argv, {
    stdout: { write: () => true },
    stderr: { write: (text: string | Uint8Array) => ((stderr += String(text)), true), isTTY: false },
    env,
  }).then((code) => ({ code, stderr }));
};

describe('files and folders the ledger creates', () => {
  it('are the owner’s only: ledger, its write-ahead log, read models, keys, backups and exports', async () => {
    const data = join(root, 'new', 'data');
    const env = { SQLITE_PATH: join(data, 'ledger.db'), LEDGER_DEMO: 'false' };
    const config = loadConfig(env);
    const ledger = openLedger(config, { log: silentLogger });
    const admin = { actor: { id: 'admin-1', role: 'admin' as const } };
    await ledger.services.handler.execute(
      {
        type: 'LaunchProgramme',
        data: {
          programmeId: 'p1',
          name: 'Riverside',
          localAuthority: 'Riverside (fictional)',
          scope: 'Duty',
          startDate: '2025-01-06',
          plannedDurationMonths: 18,
        },
      } as never,
      admin,
    );
    await joinParticipant(
      ledger.services.handler,
      ledger.services.register,
      {
        programmeId: 'p1',
        participantId: 'person-1',
        role: 'socialWorker',
        level: 'practitioner',
        displayName: 'Pat Example',
      },
      admin,
    );
    await ledger.runner.catchUp();
    ledger.services.apiKeys.issue({ actorId: 'eval-1', roles: ['evaluator'] });
    const backup = await cli(env, 'backup', join(root, 'new', 'backups', 'ledger-backup.db'));
    expect(backup).toEqual({ code: 0, stderr: expect.stringContaining('Backed up') });

    const files = readdirSync(data).map((file) => join(data, file));
    expect(modeOf(join(data, 'read-models.db.lock'))).toBe('600');
    // Exported last: the tool, run in this process, takes and releases the read models' lock.
    const exported = join(root, 'new', 'exports', 'journey.md');
    expect((await cli(env, 'journey', 'p1', '--format', 'md', '--out', exported)).code).toBe(0);
    expect(files.map((file) => file.slice(data.length + 1)).sort()).toEqual(
      expect.arrayContaining([
        'api-keys.json',
        'ledger.db',
        'ledger.db-shm',
        'ledger.db-wal',
        'read-models.db',
        'read-models.db-wal',
        'read-models.db.lock',
      ]),
    );
    const modes = Object.fromEntries(
      [
        ...files.filter((file) => !file.endsWith('.lock')),
        join(root, 'new', 'backups', 'ledger-backup.db'),
        exported,
      ].map((file) => [file, modeOf(file)]),
    );
    expect(modes).toEqual(Object.fromEntries(Object.keys(modes).map((file) => [file, '600'])));
    const folders = [join(root, 'new'), data, join(root, 'new', 'backups'), join(root, 'new', 'exports')];
    expect(folders.map(modeOf)).toEqual(['700', '700', '700', '700']);
    await ledger.close();
    expect(existsSync(join(data, 'ledger.db'))).toBe(true);
  });
});
