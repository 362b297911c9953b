/**
 * npm run bench:rebuild
 *
 * Records 200,000+ events through the domain (random programme histories, two writer processes),
 * then rebuilds every read model from the log and reports its rate next to the raw rate of
 * reading and JSON-parsing the same rows from SQLite with better-sqlite3, measured in the same
 * run, with the ratio and the rebuild's peak memory.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { SqliteReadModelStore } from '../src/infrastructure/readModels/sqliteReadModelStore';
import { LEDGER_PROJECTIONS } from '../src/projections/projections';
import { rebuildReadModels } from '../src/projections/rebuild';

const TARGET_EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const STEPS_PER_PROGRAMME = 2000; // about 1,950 events each
const WRITERS = 2;
const RAW_ROUNDS = 3;

const folder = mkdtempSync(join(tmpdir(), 'ledger-bench-rebuild-'));
const ledgerPath = join(folder, 'ledger.db');

const writer = (first: number, programmes: number) =>
  new Promise<number>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        join(__dirname, 'support', 'generateHistory.ts'),
        ledgerPath,
        String(first),
        String(programmes),
        String(STEPS_PER_PROGRAMME),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(Number(output.trim())) : reject(new Error(`writer exited with ${code}`)),
    );
  });

const countEvents = () => {
  const db = new Database(ledgerPath, { readonly: true });
  const count = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  db.close();
  return count;
};

const generate = async () => {
  await new SqliteEventStore({ path: ledgerPath }).close(); // creates the schema the writers share
  const started = Date.now();
  let next = 1;
  while (countEvents() < TARGET_EVENTS) {
    const missing = TARGET_EVENTS - countEvents();
    const programmes = Math.max(1, Math.ceil(missing / 1900 / WRITERS));
    await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(next + i * programmes, programmes)));
    next += WRITERS * programmes;
    console.log(
      `  ${countEvents().toLocaleString('en-GB')} events recorded through the domain (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
};

/** The baseline: every row read and its data and metadata parsed, nothing else. */
const rawRead = () => {
  const db = new Database(ledgerPath, { readonly: true });
  const started = process.hrtime.bigint();
  let rows = 0;
  for (const row of db.prepare('SELECT * FROM events ORDER BY position').iterate() as Iterable<{
    data: string;
    metadata: string;
  }>) {
    JSON.parse(row.data);
    JSON.parse(row.metadata);
    rows += 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return rows / seconds;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rate = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en-GB')} events/s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const main = async () => {
  console.log(
    `Recording ${TARGET_EVENTS.toLocaleString('en-GB')}+ events through the command handler with ${WRITERS} writers…`,
  );
  await generate();
  const events = countEvents();

  const store = new SqliteEventStore({ path: ledgerPath });
  const readModels = new SqliteReadModelStore(join(folder, 'read-models.db'));
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const rebuilt = await rebuildReadModels(store, readModels, LEDGER_PROJECTIONS, sample);
  clearInterval(timer);
  sample();
  readModels.close();
  await store.close();
  const rebuildRate = rebuilt.events / rebuilt.seconds;

  const raw = median(Array.from({ length: RAW_ROUNDS }, rawRead));
  console.log(
    `\nRebuild of every read model from ${events.toLocaleString('en-GB')} events (node ${process.version}):`,
  );
  console.log(`  rebuild:           ${rate(rebuildRate)} (${rebuilt.seconds.toFixed(1)} s)`);
  console.log(`  raw read + parse:  ${rate(raw)} (median of ${RAW_ROUNDS})`);
  console.log(`  rebuild/raw:       ${(rebuildRate / raw).toFixed(3)}`);
  console.log(
    `  peak memory:       ${megabytes(peakRss)} resident (${megabytes(rssBefore)} before), ${megabytes(peakHeap)} heap`,
  );
  rmSync(folder, { recursive: true, force: true });
};

main().catch((error: unknown) => {
  console.error(error);
  rmSync(folder, { recursive: true, force: true });
  process.exit(1);
});
