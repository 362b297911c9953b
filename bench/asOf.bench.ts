/**
 * npm run bench:asof
 *
 * As-of reads on both axes as a programme's history grows. A plausible history is recorded through
 * the command handler once (BENCH_ASOF_STEPS commands), then, for each size in BENCH_ASOF_SIZES
 * (default 10000,100000), a copy of it is grown to that many events (support/replicateProgramme.ts),
 * its read models are built and the ledger serves it in a process of its own, as an operator runs
 * it: `node dist/main.js`, compiled first (its resident memory is what the bench reports). Each as-of request
 * asks for the programme as of its last recorded (or occurred) time, so the answer covers every
 * event of the programme: the bench prints how many that is, from the log itself. Reported: p50
 * and max of BENCH_ASOF_REQUESTS requests of an overview, a 50-entry journey page, and issue 21's
 * whole-programme reads (the case study written output, a page of failures), on each axis; the
 * server's resident memory after them; and, as the same-run baseline, the same overview read now
 * (without asOf). The first request of each axis folds the programme (no kept base yet): its time
 * is the max of the first row of that axis.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { SqliteReadModelStore } from '../src/infrastructure/readModels/sqliteReadModelStore';
import { LEDGER_PROJECTIONS } from '../src/projections/projections';
import { rebuildReadModels } from '../src/projections/rebuild';
import { BENCH_LEDGER_ENV, BENCH_TOKEN } from './support/apiServer';
import { buildLedger, node, post, startBuiltLedger, stopHttp } from './support/http';
import { replicateProgramme } from './support/replicateProgramme';

const SIZES = (process.env.BENCH_ASOF_SIZES ?? '10000,100000').split(',').map(Number);
const STEPS = Number(process.env.BENCH_ASOF_STEPS ?? 1500);
const REQUESTS = Number(process.env.BENCH_ASOF_REQUESTS ?? 7);
const PROGRAMME = 'programme-random-1';
const folder = mkdtempSync(join(tmpdir(), 'ledger-bench-asof-'));

const OVERVIEW = `query($programmeId: ID!, $asOf: AsOfInput) { overview(programmeId: $programmeId, asOf: $asOf) {
  programme { name status phases { phaseId status } } smallChanges { proposed agreed implemented kept reverted }
  experiments { running concluded } barriers { localOpen nationalOpen } reviewsHeld
  blueprint { currentVersion workingElements } metrics { name latest { value periodEnd } } } }`;
const JOURNEY = `query($programmeId: ID!, $asOf: AsOfInput) { journey(programmeId: $programmeId, first: 50, asOf: $asOf) {
  edges { node { position occurredAt kind eventType summary } } pageInfo { hasNextPage endCursor } } }`;

/** Issue 21's whole-programme reads that take asOf: a written output composed from every event, and the failures. */
const CASE_STUDY = `query($programmeId: ID!, $asOf: AsOfInput) { writtenOutput(programmeId: $programmeId, output: CASE_STUDY, asOf: $asOf) {
  title sections { heading statements { text eventIds } } } }`;
const FAILURES = `query($programmeId: ID!, $asOf: AsOfInput) { failures(programmeId: $programmeId, first: 50, asOf: $asOf) {
  edges { node { eventId kind learning } } totalCount } }`;

const generateBase = async (path: string) => {
  await new SqliteEventStore({ path }).close();
  const writer = node([join(__dirname, 'support', 'generateHistory.ts'), path, '1', '1', String(STEPS)]);
  await new Promise<void>((resolve, reject) =>
    writer.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited with ${code}`)))),
  );
};

/** The programme's events, its last recorded and occurred times: read from the log, not from the ledger. */
const extent = (path: string) => {
  const db = new Database(path, { readonly: true });
  const row = db
    .prepare(
      `SELECT count(*) AS events, max(json_extract(metadata, '$.recordedAt')) AS recordedAt,
              max(json_extract(metadata, '$.occurredAt')) AS occurredAt
         FROM events WHERE json_extract(data, '$.programmeId') = ?`,
    )
    .get(PROGRAMME) as { events: number; recordedAt: string; occurredAt: string };
  const all = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  db.close();
  return { ...row, all };
};

const timed = async (port: number, query: string, asOf?: Record<string, string>) => {
  const body = JSON.stringify({ query, variables: { programmeId: PROGRAMME, ...(asOf ? { asOf } : {}) } });
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const sent = process.hrtime.bigint();
    const text = await post(port, body, BENCH_TOKEN);
    if (text.includes('"errors"')) throw new Error(text.slice(0, 500));
    times.push(Number(process.hrtime.bigint() - sent) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, max: times.at(-1)! };
};

const residentMb = async (port: number) => {
  const text = await (await fetch(`http://localhost:${port}/metrics`)).text();
  return Number(/^process_resident_memory_bytes (\S+)$/m.exec(text)?.[1] ?? NaN) / 2 ** 20;
};

const measureSize = async (base: string, size: number) => {
  const sized = join(folder, `size-${size}`);
  rmSync(sized, { recursive: true, force: true });
  mkdirSync(sized);
  copyFileSync(base, join(sized, 'ledger.db'));
  const store = new SqliteEventStore({ path: join(sized, 'ledger.db') });
  await replicateProgramme(store, size);
  const readModels = new SqliteReadModelStore(join(sized, 'read-models.db'));
  await rebuildReadModels(store, readModels, LEDGER_PROJECTIONS);
  readModels.close();
  await store.close();
  const { events, all, recordedAt, occurredAt } = extent(join(sized, 'ledger.db'));
  const server = await startBuiltLedger(sized, BENCH_LEDGER_ENV);
  const rssStart = await residentMb(server.port);
  const now = await timed(server.port, OVERVIEW);
  const rows = [];
  for (const [axis, asOf] of [
    ['recordedAt', { recordedAt }],
    ['occurredAt', { occurredAt }],
  ] as const) {
    rows.push({ what: `overview as of ${axis}`, ...(await timed(server.port, OVERVIEW, asOf)) });
    rows.push({ what: `journey page as of ${axis}`, ...(await timed(server.port, JOURNEY, asOf)) });
    rows.push({ what: `case study as of ${axis}`, ...(await timed(server.port, CASE_STUDY, asOf)) });
    rows.push({ what: `failures page as of ${axis}`, ...(await timed(server.port, FAILURES, asOf)) });
  }
  const rss = await residentMb(server.port);
  server.child.kill('SIGTERM');
  console.log(
    `\n${all.toLocaleString('en-GB')} events in the log; each as-of answer covers the programme's ${events.toLocaleString('en-GB')} events (as of its last recorded time ${recordedAt}, last occurred time ${occurredAt}):`,
  );
  console.log(`  baseline, the overview now:      p50 ${now.p50.toFixed(1).padStart(8)} ms`);
  for (const { what, p50, max } of rows)
    console.log(
      `  ${what.padEnd(32)} p50 ${p50.toFixed(1).padStart(8)} ms (${(p50 / now.p50).toFixed(1)}× the overview now), max ${max.toFixed(1)} ms`,
    );
  console.log(
    `  server resident memory: ${rssStart.toFixed(0)} MB before the as-of requests, ${rss.toFixed(0)} MB after`,
  );
  rmSync(sized, { recursive: true, force: true });
};

const main = async () => {
  buildLedger();
  const base = join(folder, 'base.db');
  console.log(`Recording a programme's history (${STEPS} commands) through the command handler…`);
  await generateBase(base);
  for (const size of SIZES) await measureSize(base, size);
  console.log(`  goals: p50 < 50 ms at 10,000 events and < 100 ms at 100,000; resident memory < 250 MB`);
  stopHttp();
  rmSync(folder, { recursive: true, force: true });
};

main().catch((error: unknown) => {
  console.error(error);
  rmSync(folder, { recursive: true, force: true });
  process.exit(1);
});
