import { closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Folders the ledger creates are its owner's only: they hold personal data, keys and backups. */
export const PRIVATE_FOLDER_MODE = 0o700;
/** Files the ledger creates are readable and writable by their owner only. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates a folder and its missing parents one level at a time, each its owner's only (0700).
 * Node's own recursive mkdirSync can spin forever on some paths (under /proc, for one), which
 * would hang start-up. Folders that exist already are left as they are.
 */
export const ensureFolder = (folder: string): void => {
  const missing: string[] = [];
  let current = resolve(folder);
  for (;;) {
    const stats = statSync(current, { throwIfNoEntry: false });
    if (stats) {
      if (!stats.isDirectory())
        throw Object.assign(new Error(`${current} is not a folder`), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing) mkdirSync(path, { mode: PRIVATE_FOLDER_MODE });
};

/**
 * Creates an empty file readable by its owner only (0600), with its folder, unless it exists.
 * SQLite then opens it as an empty database, and creates its -wal and -shm files with the same
 * mode as the database file, so the whole ledger stays private whatever the process's umask.
 */
export const ensurePrivateFile = (path: string): void => {
  if (path === ':memory:') return;
  ensureFolder(dirname(resolve(path)));
  // 'a' creates the file when it is missing and leaves an existing one untouched.
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
};
