/**
 * A ledger file kept in test/fixtures, opened as today's code opens it: copied into a temporary
 * folder first (opening the fixture itself, even read-only, would leave -shm/-wal files beside it),
 * caught up, and verified offline with `ledger verify --file`.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { openLedger, type Ledger } from '../../src/composition/openLedger';
import { loadConfig } from '../../src/infrastructure/config';
import { silentLogger } from '../../src/infrastructure/logger';

const FIXTURES = join(__dirname, '..', 'fixtures');

export interface LedgerFixture {
  readonly ledger: Ledger;
  /** `ledger verify --file` on the copy: its exit code and the lines it printed. */
  verifyOffline(): Promise<{ code: number; lines: string[] }>;
  close(): Promise<void>;
}

/** Opens a copy of `test/fixtures/<file>`, signing with `test/fixtures/<signingKey>` when given. */
export const openLedgerFixture = async (file: string, signingKey?: string): Promise<LedgerFixture> => {
  const folder = mkdtempSync(join(tmpdir(), `${file}-`));
  const env = {
    SQLITE_PATH: join(folder, 'ledger.db'),
    LEDGER_DEMO: 'false',
    ...(signingKey ? { LEDGER_SIGNING_KEY_PATH: join(FIXTURES, signingKey) } : {}),
  };
  copyFileSync(join(FIXTURES, file), env.SQLITE_PATH);
  const ledger = openLedger(loadConfig(env), { log: silentLogger });
  await ledger.runner.catchUp();
  return {
    ledger,
    verifyOffline: async () => {
      let stdout = '';
      const code = await runCli(['verify', '--file', env.SQLITE_PATH], {
        stdout: { write: (text: string | Uint8Array) => ((stdout += String(text)), true) },
        stderr: { write: () => true, isTTY: false },
        env,
      });
      return { code, lines: stdout.trim().split('\n') };
    },
    close: async () => {
      await ledger.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
};
