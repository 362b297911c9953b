/**
 * `ledger backup <file>` and `ledger restore <file>` for the embedded store. A backup is a
 * consistent copy of the ledger file (events and personal-data register), taken with SQLite's
 * online backup while the ledger runs. A restore keeps the file it replaces beside it and
 * rebuilds the read models from the restored log.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import type { LedgerConfig } from '../infrastructure/config';
import { lockReadModels } from '../infrastructure/readModels/readModelLock';
import type { LedgerCommand } from './command';
import { UsageError } from './io';
import { rebuildWithProgress } from './rebuild';

const ledgerFile = (config: LedgerConfig): string => {
  if (config.store.kind !== 'sqlite')
    throw new UsageError(
      'backup and restore are for the embedded store; back up EventStoreDB with its own tools',
    );
  return config.store.path;
};

const fileArgument = (args: readonly string[], what: string): string => {
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new UsageError(`Name the ${what} file`);
  return args[0]!;
};

/** How many events a ledger file holds; refuses a file that is not a ledger. */
const eventsIn = (file: string): number => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  } catch {
    throw new UsageError(`${file} is not a ledger file (it has no event log)`);
  } finally {
    db.close();
  }
};

export const backup: LedgerCommand = {
  name: 'backup',
  usage: [
    'backup <file>',
    '  Copies the embedded ledger (events and personal-data register) to a new file; safe while it runs.',
  ],
  run: async (args, config, io) => {
    const target = fileArgument(args, 'backup');
    if (existsSync(target)) throw new UsageError(`${target} exists already; choose a new file name`);
    const db = new Database(ledgerFile(config), { readonly: true, fileMustExist: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
    // One self-contained file: no write-ahead log beside it.
    const copy = new Database(target);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    io.stderr.write(`Backed up ${eventsIn(target)} events to ${target}\n`);
  },
};

export const restore: LedgerCommand = {
  name: 'restore',
  usage: [
    'restore <file>',
    '  Replaces the embedded ledger with a backup (the replaced file is kept beside it) and rebuilds',
    '  the read models. Stop the ledger first.',
  ],
  run: async (args, config, io) => {
    const source = fileArgument(args, 'backup');
    const path = ledgerFile(config);
    if (!existsSync(source)) throw new UsageError(`There is no backup at ${source}`);
    const events = eventsIn(source);
    const release = lockReadModels(config.readModelsPath);
    try {
      if (existsSync(path)) {
        const aside = `${path}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        for (const suffix of ['', '-wal', '-shm'])
          if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${aside}${suffix}`);
        io.stderr.write(`Kept the replaced ledger as ${aside}\n`);
      }
      copyFileSync(source, path);
      io.stderr.write(`Restored ${events} events from ${source}\n`);
      await rebuildWithProgress(config, io);
    } finally {
      release();
    }
  },
};
