/**
 * npm run bench:store
 *
 * Durable appends through the SQLite adapter, next to raw better-sqlite3 inserts of the same rows
 * into the same schema with the same durability (WAL, synchronous=FULL, one transaction per
 * append). Single events and batches of 10. Rounds alternate between the two so that disk
 * weather affects both alike; the median round is reported, with the adapter/raw ratio. The
 * adapter keeping its Merkle tree (one leaf per event, written behind the log 32 events at a time)
 * is measured against the same adapter without it append by append (see timeTreeAgainstTreeless);
 * the median round's ratio is shown. The time with the tree includes writing the last leaves.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_STREAM, type EventToAppend } from '../src/application/ports/eventStore';
import { encodePayload } from '../src/infrastructure/eventStore/payloadCodec';
import { prepareEventsDatabase } from '../src/infrastructure/eventStore/sqlite/schema';
import { SqliteEventStore } from '../src/infrastructure/eventStore/sqlite/sqliteEventStore';

const APPENDS_PER_ROUND = Number(process.env.BENCH_APPENDS ?? 1500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const STREAMS = 50;

const folder = mkdtempSync(join(tmpdir(), 'ledger-bench-store-'));
let fileNumber = 0;
const freshFile = () => join(folder, `run-${(fileNumber += 1)}.db`);

const smallChangeEvent = (i: number): EventToAppend => ({
  id: randomUUID(),
  type: 'SmallChangeImplemented',
  data: {
    smallChangeId: randomUUID(),
    implementedOn: '2022-03-14',
    whatChanged: `One-page visit notes replace the four-page template (change ${i})`,
    barrierIds: [randomUUID(), randomUUID()],
  },
  metadata: {
    actorId: randomUUID(),
    actorRole: 'practitioner',
    occurredAt: '2022-03-14T09:00:00.000Z',
    correlationId: randomUUID(),
    commandId: randomUUID(),
    schemaVersion: 1,
  },
});

/** The workload: `appends` appends of `batch` events, spread round-robin over STREAMS streams. */
const workload = (batch: number) =>
  Array.from({ length: APPENDS_PER_ROUND }, (_, i) => ({
    stream: `smallChange-${i % STREAMS}`,
    revision: Math.floor(i / STREAMS) * batch,
    events: Array.from({ length: batch }, (_, j) => smallChangeEvent(i * batch + j)),
  }));

type Workload = ReturnType<typeof workload>;

/** `withoutCommandIndex` measures what the index that finds a command's events costs each append. */
const timeRaw = (appends: Workload, withoutCommandIndex = false): number => {
  const db = new Database(freshFile());
  prepareEventsDatabase(db, 5000);
  if (withoutCommandIndex) db.exec('DROP INDEX events_by_command');
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_name, stream_category, stream_revision, event_type, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const append = db.transaction((stream: string, revision: number, events: EventToAppend[]) => {
    const recordedAt = new Date().toISOString();
    events.forEach((event, j) =>
      insert.run(
        event.id,
        stream,
        'smallChange',
        revision + j,
        event.type,
        encodePayload(event.data),
        encodePayload(event.metadata),
        recordedAt,
      ),
    );
  });
  const started = process.hrtime.bigint();
  for (const { stream, revision, events } of appends) append.immediate(stream, revision, events);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return appends.length / seconds;
};

const timeAdapter = async (appends: Workload): Promise<number> => {
  const store = new SqliteEventStore({ path: freshFile() });
  const started = process.hrtime.bigint();
  for (const { stream, revision, events } of appends) {
    await store.appendToStream(stream, events, revision === 0 ? NO_STREAM : BigInt(revision - 1));
  }
  // Every event's leaf written, not only those of the full batches of leaves.
  await store.tree?.catchUp();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await store.close();
  return appends.length / seconds;
};

/**
 * The same appends through two adapters, one keeping its tree and one not, taking turns append by
 * append (the first of each pair alternating), so that the disk's weather, which swings a round's
 * rate by a third on this machine, falls on both alike. Appends per second of each.
 */
const timeTreeAgainstTreeless = async (batch: number): Promise<{ tree: number; treeless: number }> => {
  const stores = [
    new SqliteEventStore({ path: freshFile(), merkleTree: true }),
    new SqliteEventStore({ path: freshFile(), merkleTree: false }),
  ] as const;
  const appends = [workload(batch), workload(batch)] as const;
  const spent: [bigint, bigint] = [0n, 0n];
  const timed = async (which: 0 | 1, i: number) => {
    const { stream, revision, events } = appends[which][i]!;
    const started = process.hrtime.bigint();
    await stores[which].appendToStream(stream, events, revision === 0 ? NO_STREAM : BigInt(revision - 1));
    spent[which] += process.hrtime.bigint() - started;
  };
  for (let i = 0; i < APPENDS_PER_ROUND; i += 1)
    for (const which of i % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const)) await timed(which, i);
  const started = process.hrtime.bigint();
  // Every event's leaf written, not only those of the full batches of leaves.
  await stores[0].tree?.catchUp();
  spent[0] += process.hrtime.bigint() - started;
  await Promise.all(stores.map((store) => store.close()));
  const rate = (nanoseconds: bigint) => APPENDS_PER_ROUND / (Number(nanoseconds) / 1e9);
  return { tree: rate(spent[0]), treeless: rate(spent[1]) };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const measure = async (batch: number) => {
  const raw: number[] = [];
  const adapter: number[] = [];
  const unindexed: number[] = [];
  const treeless: number[] = [];
  const treeRatios: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternate which goes first, so neither always meets a warm or a cold disk.
    if (round % 2 === 0) {
      raw.push(timeRaw(workload(batch)));
      adapter.push(await timeAdapter(workload(batch)));
      unindexed.push(timeRaw(workload(batch), true));
    } else {
      unindexed.push(timeRaw(workload(batch), true));
      adapter.push(await timeAdapter(workload(batch)));
      raw.push(timeRaw(workload(batch)));
    }
    const paired = await timeTreeAgainstTreeless(batch);
    treeless.push(paired.treeless);
    treeRatios.push(paired.tree / paired.treeless);
  }
  return {
    batch,
    raw: median(raw),
    adapter: median(adapter),
    unindexed: median(unindexed),
    treeless: median(treeless),
    treeRatio: median(treeRatios),
  };
};

const main = async () => {
  console.log(`bench:store: ${APPENDS_PER_ROUND} durable appends per round, ${ROUNDS} rounds, median shown`);
  console.log(
    'batch | raw better-sqlite3 appends/s | adapter appends/s | adapter events/s | adapter / raw | raw / raw without command index | adapter without tree appends/s | with tree / without tree (taking turns)',
  );
  for (const batch of [1, 10]) {
    const { raw, adapter, unindexed, treeless, treeRatio } = await measure(batch);
    console.log(
      `${String(batch).padStart(5)} | ${raw.toFixed(0).padStart(28)} | ${adapter.toFixed(0).padStart(17)} | ${(
        adapter * batch
      )
        .toFixed(0)
        .padStart(
          16,
        )} | ${(adapter / raw).toFixed(2).padStart(13)} | ${(raw / unindexed).toFixed(2).padStart(31)} | ${treeless
        .toFixed(0)
        .padStart(30)} | ${treeRatio.toFixed(2)}`,
    );
  }
  rmSync(folder, { recursive: true, force: true });
};

void main();
