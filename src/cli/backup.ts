/**
 * `ledger backup <file>` and `ledger restore <file>` for the embedded store. A backup is a
 * consistent copy of the ledger file (events and personal-data register), taken with SQLite's
 * online backup while the ledger runs, readable by its owner only, and listed beside the ledger so
 * that a later erasure reaches it. A restore keeps the file it replaces beside it, re-applies every
 * erasure made since (from the erasures list and the replaced file), and rebuilds the read models.
 */
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LedgerConfig } from '../infrastructure/config';
import {
  copyLedgerFile,
  erasuresOfLedgerFile,
  eventsInLedgerFile,
  reapplyErasures,
} from '../infrastructure/eventStore/sqlite/ledgerFile';
import { listErasures, recordCopy, type Erasure } from '../infrastructure/personalData/copies';
import { lockReadModels } from '../infrastructure/readModels/readModelLock';
import type { LedgerCommand } from './command';
import { UsageError } from './io';
import { refuseInsideInstallation } from './output';
import { rebuildWithProgress } from './rebuild';

const ledgerFile = (config: LedgerConfig): string => {
  if (config.store.kind !== 'sqlite')
    throw new UsageError(
      'backup and restore are for the embedded store; back up EventStoreDB with its own tools',
    );
  return config.store.path;
};

const fileArgument = (positionals: readonly string[], what: string): string => {
  if (positionals.length !== 1) throw new UsageError(`Name the ${what} file`);
  return positionals[0]!;
};

/** How many events a ledger file holds; refuses a file that is not a ledger. */
const eventsIn = (file: string): number => {
  const events = eventsInLedgerFile(file);
  if (events === undefined) throw new UsageError(`${file} is not a ledger file (it has no event log)`);
  return events;
};

/** Puts the finished copy in place: never over an existing file unless forced. */
const moveInto = (partial: string, target: string, force: boolean): void => {
  if (force) return renameSync(partial, target);
  try {
    linkSync(partial, target); // fails if the target appeared meanwhile
  } finally {
    rmSync(partial, { force: true });
  }
};

export const backup: LedgerCommand = {
  name: 'backup',
  usage: [
    'backup <file> [--force]',
    '  Copies the embedded ledger (events and personal-data register) to a new file, readable by you',
    '  only; safe while it runs. --force replaces an existing file. Later erasures reach the copy.',
  ],
  run: async (args, config, io) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { force: { type: 'boolean' } },
    });
    const target = resolve(fileArgument(positionals, 'backup'));
    refuseInsideInstallation(target, config, 'a backup', `~/ledger-backups/${basename(target)}`);
    const force = values.force === true;
    if (existsSync(target) && !force)
      throw new UsageError(`${target} exists already; choose a new file name, or add --force to replace it`);
    const partial = `${target}.partial-${process.pid}`;
    try {
      await copyLedgerFile(ledgerFile(config), partial);
      moveInto(partial, target, force);
    } catch (error) {
      rmSync(partial, { force: true });
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new UsageError(
          `${target} exists already; choose a new file name, or add --force to replace it`,
        );
      throw error;
    }
    recordCopy(config.personalData.copiesFile, {
      kind: 'backup',
      path: target,
      writtenAt: new Date().toISOString(),
    });
    io.stderr.write(`Backed up ${eventsIn(target)} events to ${target}\n`);
  },
};

/** Erasures the restored ledger must carry: the list beside the ledger, a copy of it, and the replaced file's. */
const erasuresToReapply = (config: LedgerConfig, replaced: string | undefined, extra?: string): Erasure[] => {
  const found = [...listErasures(config.personalData.erasuresFile), ...(extra ? listErasures(extra) : [])];
  if (replaced) found.push(...erasuresOfLedgerFile(replaced));
  return [...new Map(found.map((erasure) => [erasure.participantId, erasure])).values()];
};

const setAside = (path: string): string | undefined => {
  if (!existsSync(path)) return undefined;
  const aside = `${path}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${aside}${suffix}`);
  return aside;
};

export const restore: LedgerCommand = {
  name: 'restore',
  usage: [
    'restore <file> [--erasures <erasures.json>]',
    '  Replaces the embedded ledger with a backup (the replaced file is kept beside it), re-applies',
    '  every erasure made since, and rebuilds the read models. Stop the ledger first.',
  ],
  run: async (args, config, io) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { erasures: { type: 'string' } },
    });
    const source = fileArgument(positionals, 'backup');
    const path = ledgerFile(config);
    if (!existsSync(source)) throw new UsageError(`There is no backup at ${source}`);
    if (values.erasures && !existsSync(values.erasures))
      throw new UsageError(`There is no erasures list at ${values.erasures}`);
    const events = eventsIn(source);
    const release = lockReadModels(config.readModelsPath);
    try {
      const aside = setAside(path);
      if (aside) io.stderr.write(`Kept the replaced ledger as ${aside}\n`);
      const erasures = erasuresToReapply(config, aside, values.erasures);
      await copyLedgerFile(source, path);
      reapplyErasures(path, erasures);
      io.stderr.write(`Restored ${events} events from ${source}\n`);
      if (erasures.length > 0)
        io.stderr.write(`Re-applied ${erasures.length} erasures from the personal-data register\n`);
      await rebuildWithProgress(config, io);
    } finally {
      release();
    }
  },
};
