/**
 * npm run probe: replays hostile requests against a running ledger and prints what came back.
 * It passes when no request was answered 5xx or lost its connection, every answer came within
 * PROBE_LIMIT_MS (and /health kept answering meanwhile, so nothing froze the event loop), and
 * the ledger's memory settled: the heap after the last fuzz round is within PROBE_MAX_GROWTH_MB
 * of the heap after the first (read from /metrics).
 *
 *   PROBE_URL          the ledger (http://localhost:4000)
 *   PROBE_TOKEN        a token to send (default: the evaluator's from data/demo-tokens.json)
 *   PROBE_ROUNDS       fuzz rounds (5), PROBE_REQUESTS per round (400), PROBE_CONCURRENCY (8)
 */
import { readFileSync } from 'node:fs';
import { HOSTILE, mutated, nestedFragments, type HostileRequest } from './probe/cases';
import { probeSubscriptions } from './probe/subscriptions';

const BASE = (process.env.PROBE_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const LIMIT_MS = Number(process.env.PROBE_LIMIT_MS ?? 5000);
const ROUNDS = Number(process.env.PROBE_ROUNDS ?? 5);
const REQUESTS = Number(process.env.PROBE_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.PROBE_CONCURRENCY ?? 8);
const MAX_GROWTH_MB = Number(process.env.PROBE_MAX_GROWTH_MB ?? 64);

const demoToken = (): string | undefined => {
  try {
    const tokens = JSON.parse(readFileSync('data/demo-tokens.json', 'utf8')) as {
      role: string;
      token: string;
    }[];
    return tokens.find(({ role }) => role === 'evaluator')?.token;
  } catch {
    return undefined;
  }
};
const TOKEN = process.env.PROBE_TOKEN ?? demoToken();

interface Outcome {
  readonly name: string;
  readonly status: number | 'lost';
  readonly ms: number;
  readonly codes: readonly string[];
}

const send = async (request: HostileRequest): Promise<Outcome> => {
  const started = performance.now();
  const authorization =
    request.authorization === undefined ? TOKEN && `Bearer ${TOKEN}` : request.authorization;
  try {
    const response = await fetch(`${BASE}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': request.contentType ?? 'application/json',
        ...(authorization ? { authorization } : {}),
      },
      body: request.body,
      signal: AbortSignal.timeout(LIMIT_MS * 5),
    });
    const text = await response.text();
    const codes = [...text.matchAll(/"code":"(\w+)"/g)].map(([, code]) => code!);
    return { name: request.name, status: response.status, ms: performance.now() - started, codes };
  } catch {
    return { name: request.name, status: 'lost', ms: performance.now() - started, codes: [] };
  }
};

const runAll = async (requests: readonly HostileRequest[]): Promise<Outcome[]> => {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) outcomes.push(await send(requests[next++]!));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
};

/** Polls /health while the probe runs: the longest wait says whether anything froze the server. */
const heartbeat = () => {
  let longest = 0;
  let running = true;
  const beat = async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${BASE}/health`).catch(() => undefined);
      longest = Math.max(longest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const done = beat();
  return async () => {
    running = false;
    await done;
    return longest;
  };
};

const memory = async () => {
  const text = await (await fetch(`${BASE}/metrics`)).text();
  const value = (name: string) =>
    Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
  return { rssMb: value('process_resident_memory_bytes'), heapMb: value('nodejs_heap_size_used_bytes') };
};

const seeded = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const tally = (outcomes: readonly Outcome[]) => {
  const byStatus = new Map<string, number>();
  for (const { status } of outcomes) byStatus.set(String(status), (byStatus.get(String(status)) ?? 0) + 1);
  return [...byStatus]
    .sort()
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
};

const main = async () => {
  const stopHeartbeat = heartbeat();
  const before = await memory();
  const hostile = await runAll(HOSTILE);
  for (const { name, status, ms, codes } of hostile)
    console.log(
      `${String(status).padEnd(5)} ${ms.toFixed(0).padStart(6)} ms  ${name}  ${codes.slice(0, 3).join(' ')}`,
    );
  const random = seeded(20);
  const rounds: { outcomes: Outcome[]; heapMb: number; rssMb: number }[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const outcomes = await runAll(
      Array.from({ length: REQUESTS }, (_, n) =>
        n % 50 === 0
          ? { name: 'fragments', body: JSON.stringify({ query: nestedFragments(30) }) }
          : mutated(random),
      ),
    );
    rounds.push({ outcomes, ...(await memory()) });
    console.log(
      `fuzz round ${round + 1}: ${tally(outcomes)}; heap ${rounds.at(-1)!.heapMb.toFixed(0)} MB, rss ${rounds.at(-1)!.rssMb.toFixed(0)} MB`,
    );
  }
  const live = await probeSubscriptions(BASE, TOKEN);
  const longestBeat = await stopHeartbeat();
  const all = [...hostile, ...rounds.flatMap(({ outcomes }) => outcomes)];
  const failures = all.filter(({ status }) => status === 'lost' || status >= 500).length + live.failures;
  const freezes = all.filter(({ ms }) => ms > LIMIT_MS).length + (longestBeat > LIMIT_MS ? 1 : 0);
  const growth = rounds.length > 1 ? rounds.at(-1)!.heapMb - rounds[0]!.heapMb : 0;
  console.log(
    [
      '',
      `requests: ${all.length} (${tally(all)}); subscriptions: ${live.summary}`,
      `5xx or lost: ${failures}`,
      `freezes (answer or /health slower than ${LIMIT_MS} ms): ${freezes}; slowest answer ${Math.max(...all.map(({ ms }) => ms)).toFixed(0)} ms, longest /health wait ${longestBeat.toFixed(0)} ms`,
      `memory: heap ${before.heapMb.toFixed(0)} MB before, ${rounds.map(({ heapMb }) => heapMb.toFixed(0)).join(' → ')} MB after each round (growth after round 1: ${growth.toFixed(0)} MB, limit ${MAX_GROWTH_MB}); rss ${before.rssMb.toFixed(0)} → ${rounds.at(-1)?.rssMb.toFixed(0)} MB`,
    ].join('\n'),
  );
  const passed = failures === 0 && freezes === 0 && growth <= MAX_GROWTH_MB;
  console.log(passed ? 'probe passed' : 'probe FAILED');
  process.exit(passed ? 0 : 1);
};

main().catch((error: unknown) => {
  console.error(`The probe could not run: ${(error as Error).message} (is a ledger serving ${BASE}?)`);
  process.exit(2);
});
