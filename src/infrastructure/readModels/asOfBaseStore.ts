/**
 * Stores for the bases of reads as of a past time (`src/projections/asOfBases.ts`): each a file of
 * its own in a private folder of the process, removed when the base is dropped, so a base of a
 * long history costs disk, not the server's memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadModelStore } from './sqliteReadModelStore';

export const asOfBaseStores = (parent = tmpdir()) => {
  // mkdtemp creates the folder readable by its owner only (0700).
  const folder = mkdtempSync(join(parent, 'ledger-as-of-'));
  let count = 0;
  return {
    open: () => new SqliteReadModelStore(join(folder, `base-${(count += 1)}.db`), { temporary: true }),
    /** Removes the folder (after every base is closed). */
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
};
