/**
 * The README's examples, run as written against the demo programme: every GraphQL example as the
 * role its `# Run as:` line names, and every `npx ledger` and `curl` line of its shell blocks (those
 * after a "with the ledger stopped" marker once the ledger has stopped). `npx ledger` runs the
 * package's bin from a scratch folder, so that files the lines write land there.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PROGRAMME } from '../src/demo/cast';
import { startDemoLedger, type DemoLedger } from './support/demoLedger';
import type { Json } from './support/ledgerApi';
import { untilSubscriptionsOpen } from './support/liveSubscriptions';
import { projectRoot } from './support/runTypeScript';
import { waitFor } from './support/waitFor';

interface Block {
  readonly language: string;
  readonly body: string;
  readonly ledgerStopped: boolean;
}

const README = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const BLOCKS: Block[] = [
  ...README.matchAll(/(<!-- readme-test: with the ledger stopped -->\s*)?```(\w*)\n([\s\S]*?)```/g),
].map(([, stopped, language, body]) => ({
  language: language!,
  body: body!,
  ledgerStopped: Boolean(stopped),
}));
const GRAPHQL = BLOCKS.filter(({ language }) => language === 'graphql');
const commandsIn = (blocks: Block[]) =>
  blocks
    .filter(({ language }) => language === 'sh')
    .flatMap(({ body }) => body.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.startsWith('npx ledger') || line.startsWith('curl '));
const WHILE_RUNNING = commandsIn(BLOCKS.filter(({ ledgerStopped }) => !ledgerStopped));
const WHEN_STOPPED = commandsIn(BLOCKS.filter(({ ledgerStopped }) => ledgerStopped));

let demo: DemoLedger;
let scratch: string;
let build: string;
beforeAll(async () => {
  // `npx ledger` runs the compiled tool: compile these sources into a temporary folder (never
  // the repository's dist/), and run it from there with the project's node_modules.
  build = mkdtempSync(join(tmpdir(), 'ledger-readme-build-'));
  execFileSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.build.json',
      '--outDir',
      join(build, 'dist'),
    ],
    { cwd: projectRoot },
  );
  // The tool loads the stand-alone proof verifier from beside dist/, as in the repository.
  symlinkSync(join(projectRoot, 'verifier'), join(build, 'verifier'));
  demo = await startDemoLedger();
  scratch = mkdtempSync(join(tmpdir(), 'ledger-readme-'));
}, 120_000);
afterAll(async () => {
  await demo.close();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(build, { recursive: true, force: true });
});

const roleOf = (query: string) => /^# Run as: (\w+)$/m.exec(query)?.[1];

/** Every file under a folder, by its path inside it. */
const filesIn = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) =>
    statSync(join(folder, path)).isFile(),
  );

/** Runs a line in bash (asynchronously: the ledger answering it runs in this process). */
const run = async (line: string) => {
  const command = line
    .replace(/^npx ledger/, `"${process.execPath}" "${join(build, 'dist', 'cli', 'ledger.js')}"`)
    .replace(/localhost:4000/g, `localhost:${demo.server.port}`);
  const before = new Set(filesIn(scratch));
  // The scratch folder stands in for your home: `~/ledger-exports/…` lands there.
  const child = spawn('bash', ['-c', command], {
    cwd: scratch,
    env: {
      ...process.env,
      ...demo.env,
      HOME: scratch,
      LEDGER_TOKEN: demo.tokens.get('leader'),
      NODE_PATH: join(projectRoot, 'node_modules'),
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const written = filesIn(scratch).filter((file) => !before.has(file));
  return { status, stdout, stderr, written };
};

describe('the README', () => {
  it('has examples for each kind of user, each naming the role to run it as', () => {
    expect(GRAPHQL.length).toBeGreaterThanOrEqual(10);
    expect(WHILE_RUNNING.length).toBeGreaterThanOrEqual(8);
    expect(WHEN_STOPPED).toEqual(expect.arrayContaining([expect.stringMatching(/^npx ledger rebuild/)]));
    for (const { body } of GRAPHQL)
      expect([body.slice(0, 60), roleOf(body)]).toEqual([body.slice(0, 60), expect.any(String)]);
  });

  it('has GraphQL examples that answer on the demo programme as their role', async () => {
    for (const { body } of GRAPHQL.filter(({ body }) => !/^subscription/m.test(body))) {
      const answer = await demo.post({ Authorization: `Bearer ${demo.tokens.get(roleOf(body)!)}` }, body);
      expect([body.slice(0, 80), answer.errors]).toEqual([body.slice(0, 80), undefined]);
      for (const value of Object.values(answer.data as Record<string, Json>)) expect(value).not.toBeNull();
    }
  });

  it('has subscription examples that deliver what is recorded next', async () => {
    const subscriptions = GRAPHQL.filter(({ body }) => /^subscription/m.test(body));
    expect(subscriptions.length).toBeGreaterThanOrEqual(2);
    for (const [n, { body }] of subscriptions.entries()) {
      await untilSubscriptionsOpen(demo.server.url, 0);
      const client = createClient({
        url: demo.server.url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${demo.tokens.get(roleOf(body)!)}` },
        retryAttempts: 0,
      });
      const received: Json[] = [];
      const stop = client.subscribe(
        { query: body },
        {
          next: (value) => received.push(value),
          error: (error) => received.push({ error }),
          complete: () => undefined,
        },
      );
      try {
        await untilSubscriptionsOpen(demo.server.url, 1);
        const recorded = await demo.post(
          { Authorization: `Bearer ${demo.tokens.get('facilitator')}` },
          `mutation { identifyBarrier(input: { programmeId: "${DEMO_PROGRAMME}", title: "Barrier for README example ${n}", description: "Recorded by the README test", kind: PROCESS, scope: LOCAL, source: { kind: SENSEMAKING }, identifiedBy: ["person-kofi"] }) { commandId } }`,
        );
        expect(recorded.errors).toBeUndefined();
        await waitFor(() => received.length > 0, 5000, `an answer to ${body.slice(0, 60)}`);
        expect(received[0].errors).toBeUndefined();
        expect(received[0].data).toBeDefined();
      } finally {
        stop();
        await client.dispose();
      }
    }
  });

  it('has command lines that run as written while the ledger runs', async () => {
    for (const line of WHILE_RUNNING) {
      const outcome = await run(line);
      expect([line, outcome.status, outcome.stderr]).toEqual([
        line,
        0,
        expect.not.stringMatching(/\n\s+at /),
      ]);
      const output =
        outcome.stdout || outcome.written.map((file) => readFileSync(join(scratch, file), 'utf8')).join('');
      expect([line, output.length > 0]).toEqual([line, true]);
      if (line.startsWith('curl ')) expect(JSON.parse(outcome.stdout).errors).toBeUndefined();
      for (const file of outcome.written) expect(statSync(join(scratch, file)).size).toBeGreaterThan(0);
    }
  }, 180_000);

  it('has maintenance lines that run as written once the ledger has stopped', async () => {
    await demo.stop();
    for (const line of WHEN_STOPPED) {
      const outcome = await run(line);
      expect([line, outcome.status, outcome.stderr]).toEqual([
        line,
        0,
        expect.not.stringMatching(/\n\s+at /),
      ]);
    }
  });

  it('runs `npx ledger` as the package’s own bin', () => {
    const outcome = spawnSync('npx', ['--no', 'ledger', 'help'], { cwd: projectRoot, encoding: 'utf8' });
    expect([outcome.status, outcome.stdout]).toEqual([
      0,
      expect.stringContaining('Usage: ledger <command> [options]'),
    ]);
  });
});
