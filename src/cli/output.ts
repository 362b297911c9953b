/**
 * Where an export goes: standard output, or with `--out <file>` a file named by the person asking,
 * readable by them only, and listed beside the ledger so that a later erasure reaches it. Never a
 * file inside the ledger's own installation (where it could be committed or shipped with the code),
 * except in the ledger's data folder.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import type { LedgerConfig } from '../infrastructure/config';
import { ensureFolder, PRIVATE_FILE_MODE } from '../infrastructure/ensureFolder';
import { recordCopy } from '../infrastructure/personalData/copies';
import { UsageError, type CliIo } from './io';

/** The folder the ledger is installed in: two levels above this file, in src/cli or dist/cli. */
const INSTALLATION = resolve(__dirname, '..', '..');

export const OUTPUT_OPTIONS = {
  out: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export const OUTPUT_USAGE = '  --out <file> writes it to a file readable by you only (--force replaces one).';

const inside = (path: string, folder: string): boolean => {
  const way = relative(folder, path);
  return way === '' || (!way.startsWith('..') && !isAbsolute(way));
};

/** Backups and exports hold personal data: never where they could be committed or shipped with the code. */
export const refuseInsideInstallation = (
  path: string,
  config: LedgerConfig,
  what = 'an export',
  example = `--out ~/ledger-exports/${relative(INSTALLATION, path).replace(/[\\/]/g, '-')}`,
): void => {
  const dataFolder = dirname(config.personalData.copiesFile);
  if (inside(path, INSTALLATION) && !inside(path, dataFolder))
    throw new UsageError(
      `${path} is inside the ledger's own folder (${INSTALLATION}), where ${what} could be committed or shipped; write it elsewhere, e.g. ${example}`,
    );
};

export const writeResult = (
  text: string,
  options: { readonly out?: string | undefined; readonly force?: boolean | undefined },
  config: LedgerConfig,
  io: CliIo,
): void => {
  if (options.out === undefined) return void io.stdout.write(text);
  const path = resolve(options.out);
  refuseInsideInstallation(path, config);
  ensureFolder(dirname(path));
  try {
    writeFileSync(path, text, { mode: PRIVATE_FILE_MODE, flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(`${path} exists already; choose a new file name, or add --force to replace it`);
    throw error;
  }
  // A file replaced with --force keeps the mode it had: make it private too.
  chmodSync(path, PRIVATE_FILE_MODE);
  recordCopy(config.personalData.copiesFile, { kind: 'export', path, writtenAt: new Date().toISOString() });
  io.stderr.write(`Wrote ${path}\n`);
};
