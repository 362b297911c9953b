import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates a folder and its missing parents one level at a time. Node's own recursive mkdirSync
 * can spin forever on some paths (under /proc, for one), which would hang start-up.
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
  for (const path of missing) mkdirSync(path);
};
