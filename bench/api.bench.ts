/**
 * npm run bench:api
 *
 * Records a plausible programme history through the command handler and grows it to 50,000+ events
 * with copies of its streams (see support/replicateProgramme.ts), builds its read models, then
 * loads two servers from this process over loopback HTTP, each in a process of its own, taking
 * turns of half a second (see loadTakingTurns): the ledger, and a bare Apollo server with the same
 * schema answering the same documents from memory (the baseline). Reports requests per second and p50/p99 latency of a programme overview
 * and a 50-entry journey page for both, and the ratios. As-of reads have a bench of their own
 * (asOf.bench.ts). The baseline is Apollo with its defaults, as the issue set it; the ledger turns
 * Apollo's cache policy off (it answers no-store), and BENCH_BARE_CACHE_POLICY=off turns it off in
 * the baseline too, for the comparison of like with like.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { SqliteReadModelStore } from '../src/infrastructure/readModels/sqliteReadModelStore';
import { LEDGER_PROJECTIONS } from '../src/projections/projections';
import { rebuildReadModels } from '../src/projections/rebuild';
import { BENCH_TOKEN } from './support/apiServer';
import { node, post, startServer, stopHttp } from './support/http';
import { replicateProgramme } from './support/replicateProgramme';

const TARGET_EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PROGRAMME = 'programme-random-1';
const folder = process.env.BENCH_FOLDER ?? mkdtempSync(join(tmpdir(), 'ledger-bench-api-'));
const ledgerPath = join(folder, 'ledger.db');

const OVERVIEW = `query Overview($programmeId: ID!) { overview(programmeId: $programmeId) {
  programme { name localAuthority status vision { statement revisions } phases { phaseId name status } }
  currentPhase { name } target { count withinWeeks from until }
  teams { name smallChanges { proposed agreed implemented kept reverted } implementedWithinTarget }
  smallChanges { proposed agreed declined implemented kept adapted reverted escalated }
  experiments { running concluded notSupported } barriers { localOpen nationalOpen }
  reviewsHeld decisionsRecorded blueprint { currentVersion workingElements unpublishedChanges }
  metrics { name latest { value periodEnd } progressToTarget } coProduction { smallChangesProposedByPractitioners } } }`;
const JOURNEY = `query Journey($programmeId: ID!, $after: String) { journey(programmeId: $programmeId, first: 50, after: $after) {
  edges { cursor node { position occurredAt recordedAt actorName actorRole kind eventType teamId phaseId summary rationale links { kind id label } } }
  pageInfo { hasNextPage endCursor } } }`;

const countEvents = () => {
  const db = new Database(ledgerPath, { readonly: true });
  const count = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  db.close();
  return count;
};

const generate = async () => {
  await new SqliteEventStore({ path: ledgerPath }).close();
  if (countEvents() >= TARGET_EVENTS) return;
  const started = Date.now();
  const writer = node([join(__dirname, 'support', 'generateHistory.ts'), ledgerPath, '1', '1', '3000']);
  await new Promise<void>((resolve, reject) =>
    writer.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited with ${code}`)))),
  );
  const recorded = countEvents();
  const store = new SqliteEventStore({ path: ledgerPath });
  const total = await replicateProgramme(store, TARGET_EVENTS);
  await store.close();
  console.log(
    `  ${recorded.toLocaleString('en-GB')} events recorded through the command handler, grown to ${total.toLocaleString('en-GB')} with copies of its streams (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
};

interface Load {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

/** Where one server's answers to one document are tallied, across its turns. */
interface Tally {
  readonly latencies: number[];
  seconds: number;
}

interface Target {
  readonly port: number;
  readonly body: string;
  readonly token?: string;
}

const warmUp = async ({ port, body, token }: Target) => {
  const warmUntil = Date.now() + 2000;
  while (Date.now() < warmUntil) await post(port, body, token);
};

/** CONCURRENCY callers posting the same document for `seconds`, tallied. */
const loadFor = async ({ port, body, token }: Target, seconds: number, tally: Tally) => {
  const until = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const sent = process.hrtime.bigint();
        const text = await post(port, body, token);
        if (text.includes('"errors"')) throw new Error(text.slice(0, 500));
        tally.latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      }
    }),
  );
  tally.seconds += Number(process.hrtime.bigint() - started) / 1e9;
};

const TURN_SECONDS = 0.5;

/**
 * The ledger and bare Apollo loaded in turns of half a second each, SECONDS in all for each, so
 * that the machine's swings (bare Apollo's own rate moved 1,548 to 2,697 requests a second between
 * runs when each server had five seconds of its own) fall on both alike.
 */
const loadTakingTurns = async (ledger: Target, bare: Target): Promise<[Load, Load]> => {
  const tallies: [Tally, Tally] = [
    { latencies: [], seconds: 0 },
    { latencies: [], seconds: 0 },
  ];
  await warmUp(ledger);
  await warmUp(bare);
  for (let turn = 0; turn < SECONDS / TURN_SECONDS; turn += 1) {
    const order = turn % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
    for (const which of order) await loadFor([ledger, bare][which]!, TURN_SECONDS, tallies[which]);
  }
  return [summary(tallies[0]), summary(tallies[1])];
};

const summary = ({ latencies, seconds }: Tally): Load => {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { perSecond: sorted.length / seconds, p50: at(0.5), p99: at(0.99) };
};

const row = (name: string, result: Load) =>
  `  ${name.padEnd(34)} ${result.perSecond.toFixed(0).padStart(7)} req/s   p50 ${result.p50.toFixed(2).padStart(7)} ms   p99 ${result.p99.toFixed(2).padStart(7)} ms`;

const main = async () => {
  console.log(`Building a programme of ${TARGET_EVENTS.toLocaleString('en-GB')}+ events…`);
  await generate();
  const store = new SqliteEventStore({ path: ledgerPath });
  const readModels = new SqliteReadModelStore(join(folder, 'read-models.db'));
  const rebuilt = await rebuildReadModels(store, readModels, LEDGER_PROJECTIONS);
  readModels.close();
  await store.close();
  console.log(`  read models built from ${rebuilt.events.toLocaleString('en-GB')} events`);

  const ledger = await startServer(['ledger', folder]);
  const variables = { programmeId: PROGRAMME };
  const overviewBody = JSON.stringify({ query: OVERVIEW, variables });
  const firstPage = JSON.parse(
    await post(ledger.port, JSON.stringify({ query: JOURNEY, variables }), BENCH_TOKEN),
  );
  // A page from the middle of the journey, as an auditor paging through would ask for.
  let after: string | undefined;
  for (let page = 0, answer = firstPage; page < 400 && answer.data.journey.pageInfo.hasNextPage; page += 1) {
    after = answer.data.journey.pageInfo.endCursor;
    answer = JSON.parse(
      await post(
        ledger.port,
        JSON.stringify({ query: JOURNEY, variables: { ...variables, after } }),
        BENCH_TOKEN,
      ),
    );
  }
  const journeyBody = JSON.stringify({ query: JOURNEY, variables: { ...variables, after } });
  const answers = {
    overview: JSON.parse(await post(ledger.port, overviewBody, BENCH_TOKEN)).data.overview,
    journey: JSON.parse(await post(ledger.port, journeyBody, BENCH_TOKEN)).data.journey,
  };
  const answersFile = join(folder, 'answers.json');
  writeFileSync(answersFile, JSON.stringify(answers));

  console.log(
    `\nLoad: ${CONCURRENCY} concurrent callers for ${SECONDS} s per query and server, in turns of ${TURN_SECONDS} s, keep-alive, loopback; 2-core machine.`,
  );
  const bare = await startServer(['bare', answersFile]);
  const [ledgerOverview, bareOverview] = await loadTakingTurns(
    { port: ledger.port, body: overviewBody, token: BENCH_TOKEN },
    { port: bare.port, body: overviewBody },
  );
  const [ledgerJourney, bareJourney] = await loadTakingTurns(
    { port: ledger.port, body: journeyBody, token: BENCH_TOKEN },
    { port: bare.port, body: journeyBody },
  );
  ledger.child.kill('SIGTERM');
  bare.child.kill('SIGTERM');

  console.log(row('ledger: programme overview', ledgerOverview));
  console.log(row('bare Apollo: same overview', bareOverview));
  console.log(row('ledger: 50-entry journey page', ledgerJourney));
  console.log(row('bare Apollo: same journey page', bareJourney));
  const ratio = (a: Load, b: Load) =>
    `throughput ${(a.perSecond / b.perSecond).toFixed(2)}×, p50 ${(a.p50 / b.p50).toFixed(2)}×, p99 ${(a.p99 / b.p99).toFixed(2)}×`;
  console.log(`\n  overview, ledger vs bare:     ${ratio(ledgerOverview, bareOverview)}`);
  console.log(`  journey page, ledger vs bare: ${ratio(ledgerJourney, bareJourney)}`);
  stopHttp();
  if (!process.env.BENCH_FOLDER) rmSync(folder, { recursive: true, force: true });
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
