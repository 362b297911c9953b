/**
 * The writes one append costs, for counting with strace (load-independent, unlike a timing):
 *
 *   TREE=1 B=10 N=1000 strace -f -c -e trace=pwrite64,fsync \
 *     npx ts-node --transpile-only bench/support/appendWrites.ts
 *
 * Appends N appends of B events through the SQLite adapter, with its Merkle tree (TREE=1) or
 * without, then writes the last leaves and closes. Each WAL frame is two pwrite64 calls (header
 * and page); each commit one fsync.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';

const N = Number(process.env.N ?? 1000);
const B = Number(process.env.B ?? 1);
const path = join(mkdtempSync(join(tmpdir(), 'ledger-append-writes-')), 'ledger.db');
const store = new SqliteEventStore({ path, merkleTree: process.env.TREE === '1' });

const proposal = (i: number, j: number) => ({
  id: randomUUID(),
  type: 'SmallChangeProposed',
  data: { title: `Change ${i}.${j}`, description: 'Replace the four-page template with a one-page note' },
  metadata: { actorId: 'sw-1', role: 'practitioner', occurredAt: '2022-03-21T09:00:00.000Z' },
});

void (async () => {
  for (let i = 0; i < N; i += 1)
    await store.appendToStream(
      `smallChange-${i % 50}`,
      Array.from({ length: B }, (_, j) => proposal(i, j)),
      'any',
    );
  await store.tree?.catchUp();
  await store.close();
})();
