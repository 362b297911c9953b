/**
 * npm run bench:dashboard
 *
 * How long the dashboard takes to load, in Debian's headless Chromium, on the demo programme served
 * by the ledger on this machine: from navigation until the overview shows its numbers (every team's
 * funnel drawn), with an empty browser cache ("cold") and with the built assets cached ("warm"); then,
 * warm, the journey until its first hundred entries and their count are shown, and the run charts
 * until both charts and their runs lines are drawn. Beside them, in the same run, the explorer
 * (GraphiQL, the ledger's other page) until its editor is ready, as a baseline for this machine.
 * Medians of BENCH_LOADS loads (default 7).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { prepareDemo } from '../src/demo/prepareDemo';
import { startLedgerServer } from '../src/composition/ledgerServer';
import { loadConfig } from '../src/infrastructure/config';
import { silentLogger } from '../src/infrastructure/logger';
import { openLedger } from '../src/composition/openLedger';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const describe = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;

const timed = async (page: Page, url: string, ready: () => Promise<unknown>, cold: boolean) => {
  await page.goto('about:blank');
  if (cold) await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
  const started = performance.now();
  await page.goto(url);
  await ready();
  return performance.now() - started;
};

const main = async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-bench-dashboard-'));
  const config = loadConfig({ SQLITE_PATH: join(folder, 'ledger.db') });
  const ledger = openLedger(config, { log: silentLogger });
  const demo = await prepareDemo(ledger, config.demo);
  if (demo.kind !== 'ready') throw new Error(`The demo was not recorded (${demo.kind})`);
  const server = await startLedgerServer(ledger, { port: 0, limits: config.limits });
  await ledger.runner.start();
  await ledger.runner.waitFor((await ledger.store.lastPosition())!);
  const home = `http://localhost:${server.port}/`;
  const token = demo.tokens.find((t) => t.role === 'leader')!.token;
  const profile = mkdtempSync(join(tmpdir(), 'ledger-bench-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`${home}dashboard/`);
    await page.evaluate(`sessionStorage.setItem('ledger-dashboard-token', ${JSON.stringify(token)})`);
    const overview = `${home}dashboard/#/programme-harrowmere/overview`;
    const overviewReady = () =>
      page.locator('.funnel svg').nth(2).waitFor({ state: 'visible', timeout: 20_000 });
    const journey = `${home}dashboard/#/programme-harrowmere/journey`;
    const journeyReady = () =>
      page
        .getByTestId('journey-count')
        .getByText(/^Showing 100 of \d+ entries$/)
        .waitFor({ timeout: 20_000 });
    const charts = `${home}dashboard/#/programme-harrowmere/charts`;
    const chartsReady = () => page.getByTestId('runs').nth(1).waitFor({ state: 'visible', timeout: 20_000 });
    const explorerReady = () => page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    const figures: Record<string, number[]> = { cold: [], warm: [], journey: [], charts: [], explorer: [] };
    await timed(page, overview, overviewReady, false); // one unmeasured load to settle the server
    for (let round = 0; round < LOADS; round += 1) {
      figures.cold!.push(await timed(page, overview, overviewReady, true));
      figures.warm!.push(await timed(page, overview, overviewReady, false));
      figures.journey!.push(await timed(page, journey, journeyReady, false));
      figures.charts!.push(await timed(page, charts, chartsReady, false));
      figures.explorer!.push(await timed(page, home, explorerReady, false));
    }
    console.log(`dashboard overview, cold cache: ${describe(figures.cold!)}`);
    console.log(`dashboard overview, warm cache: ${describe(figures.warm!)}`);
    console.log(`dashboard journey, warm cache: ${describe(figures.journey!)}`);
    console.log(`dashboard run charts, warm cache: ${describe(figures.charts!)}`);
    console.log(`explorer (baseline), warm cache: ${describe(figures.explorer!)}`);
    for (const name of ['cold', 'warm', 'journey', 'charts'])
      console.log(
        `ratio ${name} / explorer: ${(median(figures[name]!) / median(figures.explorer!)).toFixed(2)}`,
      );
  } finally {
    await browser.close();
    await server.stop();
    await ledger.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
