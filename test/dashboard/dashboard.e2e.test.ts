/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core) on the demo
 * programme: what a person signed in would see, checked against the API's own answers, each view
 * checked with axe-core and photographed at desktop and phone widths under test-output/dashboard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startDemoLedger, type DemoLedger } from '../support/demoLedger';
import type { Json } from '../support/ledgerApi';
import {
  accessibilityViolations,
  browserUnavailable,
  DESKTOP,
  launchBrowser,
  rawEnumValues,
  readmeScreenshot,
  resizeTo,
  requireBuiltDashboard,
  SCREENSHOTS,
  screenshots,
  signIn,
  watchConsole,
} from './browser';

const unavailable = browserUnavailable();
if (unavailable) console.log(`Skipping the dashboard's browser suite: ${unavailable}`);
const suite = unavailable ? describe.skip : describe;

const PROGRAMME = 'programme-harrowmere';

/** Rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
const readCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field, i] = [[], '', i + 1];
    } else field += c;
  }
  return rows;
};
const at = (view: string, query = '') => `dashboard/#/${PROGRAMME}/${view}${query}`;
/** What a person reads for the API's values, written out here by hand (not by the dashboard's tables). */
const SAID: Record<string, string> = {
  ADDED: 'added',
  REVISED: 'revised',
  REMOVED: 'removed',
  SHIFT: 'shift',
  TREND: 'trend',
  ASTRONOMICAL: 'astronomical point',
  ABOVE: 'above',
  BELOW: 'below',
  RISING: 'rising',
  FALLING: 'falling',
};

suite('the dashboard in a browser, on the demo programme', () => {
  let demo: DemoLedger;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const api = async (query: string, role = 'evaluator') => {
    const answer = await demo.post({ authorization: `Bearer ${demo.tokens.get(role)}` }, query);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data as Json;
  };
  const open = async (view: string, query = '') => {
    await page.goto(`${demo.home}${at(view, query)}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  };
  const checkView = async (name: string) => {
    const violations = await accessibilityViolations(page);
    expect(violations).toEqual([]);
    expect(rawEnumValues(await page.locator('body').innerText())).toEqual([]);
    const { phoneScrollWidth } = await screenshots(page, name);
    expect(phoneScrollWidth).toBeLessThanOrEqual(390);
  };

  beforeAll(async () => {
    requireBuiltDashboard();
    [demo, browser] = await Promise.all([startDemoLedger(), launchBrowser()]);
    context = browser.context;
    context.setDefaultTimeout(10_000);
    page = context.pages()[0] ?? (await context.newPage());
    problems = watchConsole(page);
    await signIn(page, demo.home, demo.tokens.get('evaluator')!);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  afterEach(() => {
    // No script error and no refusal by the page's Content-Security-Policy, on any view.
    expect(problems.splice(0)).toEqual([]);
  });

  it('keeps the token in the tab session only, never in the URL or lasting storage, and shows who is signed in', async () => {
    const token = demo.tokens.get('evaluator')!;
    expect(page.url()).not.toContain(token);
    expect(await page.evaluate('sessionStorage.getItem("ledger-dashboard-token")')).toBe(token);
    expect(await page.evaluate('localStorage.length')).toBe(0);
    expect(await page.locator('.who').innerText()).toContain('Signed in as evaluator-demo (evaluator)');
    const response = await page.request.get(`${demo.home}dashboard/`);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  });

  it('lists the programmes the key may read', async () => {
    await page.goto(`${demo.home}dashboard/#/`);
    await page.getByRole('heading', { name: 'Programmes' }).waitFor();
    expect(await page.getByRole('link', { name: 'Harrowmere: time for relationships' }).count()).toBe(1);
    await checkView('programmes');
  });

  it('shows the overview with the numbers the API gives: funnels against the target, experiments, barriers, co-ownership', async () => {
    const { overview } = await api(`{ overview(programmeId: "${PROGRAMME}") {
      target { count } teams { name implementedWithinTarget smallChanges { kept adapted reverted declined escalated } }
      experiments { supported notSupported stoppedEarly } barriers { localOpen nationalOpen }
      coProduction { smallChangesProposedByPractitioners } } }`);
    await open('overview');
    await page.getByRole('heading', { name: 'Phases' }).waitFor();
    expect(await page.locator('.plot svg').first().textContent()).toContain('Today,');
    for (const team of overview.teams) {
      const funnel = page.locator('.funnel', { has: page.getByText(team.name, { exact: true }) });
      expect(await funnel.getByTestId('within-target').innerText()).toBe(
        `${team.implementedWithinTarget} of ${overview.target.count}`,
      );
      const counts = await funnel.locator('dl').innerText();
      expect(counts).toMatch(new RegExp(`Kept\\s+${team.smallChanges.kept}\\b`));
      expect(counts).toMatch(new RegExp(`Reverted\\s+${team.smallChanges.reverted}\\b`));
      expect(counts).toMatch(new RegExp(`Escalated \\(national\\)\\s+${team.smallChanges.escalated}\\b`));
    }
    const stats = await page.getByRole('list', { name: 'Experiments by state and result' }).innerText();
    expect(stats).toMatch(new RegExp(`${overview.experiments.supported}\\s+supported`));
    expect(stats).toMatch(new RegExp(`${overview.experiments.notSupported}\\s+not supported`));
    expect(stats).toMatch(new RegExp(`${overview.experiments.stoppedEarly}\\s+stopped early`));
    // Failures carry their learning as plainly as successes.
    const failures = page.locator('h3', { hasText: 'What did not work' }).locator('..');
    expect(await failures.getByText('Paired first visits').count()).toBe(1);
    expect(await failures.innerText()).toContain('Learnt:');
    const barriers = await page.getByRole('table', { name: 'Barriers by scope' }).innerText();
    expect(barriers).toMatch(
      new RegExp(`Local \\(within the authority's power\\)\\s+${overview.barriers.localOpen}`),
    );
    expect(barriers).toMatch(new RegExp(`National .*\\s+${overview.barriers.nationalOpen}`));
    expect(await page.getByTestId('proposed-by-practitioners').innerText()).toBe(
      `${Math.round(overview.coProduction.smallChangesProposedByPractitioners * 100)}%`,
    );
    await checkView('overview');
    // Tall enough for the README's picture to reach the funnels.
    await resizeTo(page, { width: DESKTOP.width, height: 1240 });
    await readmeScreenshot(page, 'dashboard-overview.png');
    await resizeTo(page, DESKTOP);
  });

  const wholeJourney = async () => {
    const entries: Json[] = [];
    let after = '';
    for (;;) {
      const { journey } = await api(`{ journey(programmeId: "${PROGRAMME}", first: 100${after}) {
        pageInfo { hasNextPage endCursor } edges { node { summary links { id } } } } }`);
      entries.push(...journey.edges.map((edge: Json) => edge.node));
      if (!journey.pageInfo.hasNextPage) return entries;
      after = `, after: "${journey.pageInfo.endCursor}"`;
    }
  };

  it('shows the journey in business time with who recorded each entry, in which role, and how late', async () => {
    const { journey } =
      await api(`{ journey(programmeId: "${PROGRAMME}", filter: { kinds: [EXPERIMENT] }, first: 100) {
      totalCount edges { node { summary actorName actorRole occurredAt recordedAt } } } }`);
    expect(journey.edges.length).toBe(journey.totalCount);
    await open('journey');
    await page.getByLabel('Kind').selectOption('experiment');
    await page.getByTestId('journey-count').getByText(`Showing all ${journey.totalCount} entries`).waitFor();
    expect(page.url()).toContain('kind=experiment');
    const entries = page.locator('.entry');
    expect(await entries.count()).toBe(journey.totalCount);
    const first = journey.edges[0].node;
    const shown = await entries.first().innerText();
    expect(shown).toContain(first.summary);
    expect(shown).toContain(`Recorded by ${first.actorName} as ${first.actorRole}`);
    const days =
      (Date.parse(first.recordedAt.slice(0, 10)) - Date.parse(first.occurredAt.slice(0, 10))) / 86_400_000;
    expect(shown).toContain(`recorded ${days} days after it happened`);
    await checkView('journey');
  });

  it('shows the journey a hundred entries at a time, and all of it when asked, counting every entry', async () => {
    const { journey } = await api(`{ journey(programmeId: "${PROGRAMME}", first: 1) { totalCount } }`);
    expect(journey.totalCount).toBeGreaterThan(200);
    await open('journey');
    const count = page.getByTestId('journey-count');
    await count.getByText(`Showing 100 of ${journey.totalCount} entries`).waitFor();
    expect(await page.locator('.entry').count()).toBe(100);
    await page.getByRole('button', { name: 'Show 100 more' }).click();
    await count.getByText(`Showing 200 of ${journey.totalCount} entries`).waitFor();
    await page.getByRole('button', { name: `Show all ${journey.totalCount} entries` }).click();
    await count.getByText(`Showing all ${journey.totalCount} entries`).waitFor();
    expect(await page.locator('.entry').count()).toBe(journey.totalCount);
    expect(await page.getByRole('button', { name: /^Show all/ }).count()).toBe(0);
  });

  it('narrows the journey to one item from a link on an entry', async () => {
    const all = await wholeJourney();
    await open('journey', '?kind=experiment');
    await page.getByRole('link', { name: 'experiment: Paired first visits' }).first().click();
    await page.getByText('Only entries about').waitFor();
    const id = decodeURIComponent(/item=experiment%3A([^&]+)/.exec(page.url())![1]!);
    const about = all.filter((entry) => entry.links.some((link: Json) => link.id === id));
    await page
      .getByTestId('journey-count')
      .getByText(`${about.length} entries about Paired first visits`)
      .waitFor();
    expect(await page.locator('.entry .summary').allInnerTexts()).toEqual(
      about.map((entry) => entry.summary),
    );
  });

  it('compares two blueprint versions element by element, with the rationale and evidence of each change', async () => {
    const { blueprintDiff } = await api(`{ blueprintDiff(programmeId: "${PROGRAMME}", from: 1, to: 3) {
      differences { change title } changes { title rationale evidence { summary } } } }`);
    await open('blueprint', '?from=1&to=3');
    await page.getByRole('heading', { name: /From version 1 to version 3/ }).waitFor();
    const differences = page.getByRole('list', { name: 'Differences' }).locator(':scope > li');
    expect(await differences.count()).toBe(blueprintDiff.differences.length);
    for (const [index, difference] of blueprintDiff.differences.entries()) {
      const text = await differences.nth(index).innerText();
      expect(text).toContain(SAID[difference.change]);
      expect(text).toContain(difference.title);
    }
    const changes = await page.locator('.changes').innerText();
    for (const change of blueprintDiff.changes) {
      if (change.rationale) expect(changes).toContain(change.rationale);
      for (const evidence of change.evidence) expect(changes).toContain(evidence.summary);
    }
    await page.getByLabel('From version').selectOption('2');
    await page.getByRole('heading', { name: /From version 2 to version 3/ }).waitFor();
    await checkView('blueprint');
  });

  it('marks the run-chart signals the API finds, with the changes recorded around them, and too few runs', async () => {
    const { runChart } =
      await api(`{ runChart(programmeId: "${PROGRAMME}", metricId: "metric-time-with-families") {
      baseline { median } signals { rule direction points { measurementId } changesAround { title }
      runs { runs usefulObservations fewest most } } } }`);
    // Counted by hand on the demo's series: 32 fortnights about the median of 19.5, in 8 runs (four
    // short ones each side of the median before the first change, then everything above it).
    expect(runChart.signals.at(-1)).toMatchObject({
      rule: 'RUNS',
      direction: 'TOO_FEW',
      runs: { runs: 8, usefulObservations: 32, fewest: 11, most: 23 },
    });
    await open('charts', '?metric=metric-time-with-families');
    const chart = page.locator('section.run-chart');
    await chart.locator('svg').first().waitFor();
    await readmeScreenshot(chart, 'dashboard-run-chart.png');
    // Diamonds mark the points the shift, trend and astronomical rules pick out; runs read the whole series.
    const signalPoints = new Set(
      runChart.signals
        .filter((s: Json) => s.rule !== 'RUNS')
        .flatMap((s: Json) => s.points.map((p: Json) => p.measurementId)),
    );
    expect(await chart.locator('g.signal-point > *').count()).toBe(signalPoints.size);
    expect(await chart.locator('svg').first().textContent()).toContain(`median ${runChart.baseline.median}`);
    const rows = chart.getByRole('table', { name: 'Signals' }).locator('tbody tr');
    expect(await rows.count()).toBe(runChart.signals.length);
    const [first] = runChart.signals;
    const firstRow = await rows.first().innerText();
    expect(firstRow).toContain(`${SAID[first.rule]} (${SAID[first.direction]})`);
    for (const change of first.changesAround) expect(firstRow).toContain(change.title);
    const runs = '8 runs in 32 points off the median; chance gives 11 to 23.';
    expect(await rows.last().innerText()).toContain('too few runs');
    expect(await rows.last().innerText()).toContain(runs);
    expect(await chart.getByTestId('runs').innerText()).toBe(
      `Runs: ${runs} Too few runs: a signal that the level changed.`,
    );
    await open('charts');
    expect(await page.locator('section.run-chart').count()).toBe(2);
    await page.locator('section.run-chart svg').nth(1).waitFor();
    await checkView('charts');
  });

  /** Presses a download button on a view and reads the CSV file it saves. */
  const download = async (view: string, button: string, query = '') => {
    await open(view, query);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const rows = readCsv(readFileSync((await file.path())!, 'utf8'));
    return { filename: file.suggestedFilename(), header: rows[0]!, rows: rows.slice(1) };
  };
  const learnt = (heading: string) =>
    page
      .locator('h3', { hasText: heading })
      .locator('..')
      .locator('ul.learning > li > strong')
      .allInnerTexts();
  const chartSummary = () =>
    page.locator('section.run-chart svg[role="img"]').first().getAttribute('aria-label');

  it('travels in time to what had happened by a past date: every view, the lists behind them and their exports', async () => {
    const asOf = 'asOf: { occurredAt: "2025-03-31" }';
    const then = await api(`{
      overview(programmeId: "${PROGRAMME}", ${asOf}) { experiments { running supported notSupported stoppedEarly } }
      blueprint(programmeId: "${PROGRAMME}", ${asOf}) { versions { version } }
      experiments(programmeId: "${PROGRAMME}", ${asOf}, first: 100) { edges { node { title conclusion { result } stoppedEarly { stoppedAt } } } }
      runChart(programmeId: "${PROGRAMME}", metricId: "metric-time-with-families", ${asOf}) { points { measurementId } signals { rule } }
      metrics(programmeId: "${PROGRAMME}", ${asOf}, first: 100) { edges { node { measurements { measurementId } } } }
      smallChanges(programmeId: "${PROGRAMME}", ${asOf}, first: 100) { totalCount edges { node { smallChangeId } } }
      today: runChart(programmeId: "${PROGRAMME}", metricId: "metric-time-with-families") { points { measurementId } } }`);
    const experiments = then.experiments.edges.map((edge: Json) => edge.node);
    const worked = experiments
      .filter((e: Json) => e.conclusion?.result === 'SUPPORTED')
      .map((e: Json) => e.title);
    const failed = experiments
      .filter((e: Json) => e.stoppedEarly || (e.conclusion && e.conclusion.result !== 'SUPPORTED'))
      .map((e: Json) => e.title);
    // The date matters: by then one experiment had been stopped early and one had not been supported
    // (two more ended later), and the chart was shorter.
    expect([worked.length, failed.length]).toEqual([0, 2]);
    expect(then.runChart.points.length).toBeLessThan(then.today.points.length);

    await open('overview');
    await page.getByText('Time travel').click();
    await page.getByLabel('as it happened by').check();
    await page.getByLabel('Date').fill('2025-03-31');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('Showing the ledger as it happened by 31 Mar 2025').waitFor();
    expect(page.url()).toContain('at=2025-03-31&as=occurred');
    await page.getByRole('heading', { name: 'Phases' }).waitFor();
    expect(await page.locator('.plot svg').first().textContent()).toContain('As of 31 Mar 2025');
    const stats = await page.getByRole('list', { name: 'Experiments by state and result' }).innerText();
    expect(stats).toMatch(new RegExp(`${then.overview.experiments.running}\\s+running`));
    expect(stats).toMatch(new RegExp(`${then.overview.experiments.stoppedEarly}\\s+stopped early`));
    await page.locator('h3', { hasText: 'What worked' }).waitFor();
    expect([await learnt('What worked'), await learnt('What did not work')]).toEqual([worked, failed]);
    await checkView('time-travel-overview');
    await page.getByRole('link', { name: 'Blueprint' }).click();
    await page.getByRole('heading', { name: 'Blueprint' }).waitFor();
    expect(await page.locator('ol.versions > li').count()).toBe(then.blueprint.versions.length);

    const travel = '?at=2025-03-31&as=occurred';
    const changes = await download('overview', 'Download small changes (CSV)', travel);
    expect(changes.filename).toBe(`${PROGRAMME}-small-changes-as-occurred-by-2025-03-31.csv`);
    expect(changes.rows.map((row) => row[0])).toEqual(
      then.smallChanges.edges.map((edge: Json) => edge.node.smallChangeId),
    );
    const measured = await download('charts', 'Download measurements (CSV)', travel);
    expect(measured.filename).toBe(`${PROGRAMME}-measurements-as-occurred-by-2025-03-31.csv`);
    expect(measured.rows.map((row) => row[3]).sort()).toEqual(
      then.metrics.edges
        .flatMap((edge: Json) => edge.node.measurements.map((m: Json) => m.measurementId))
        .sort(),
    );
    await open('charts', `${travel}&metric=metric-time-with-families`);
    await page.locator('section.run-chart svg').first().waitFor();
    expect(await chartSummary()).toMatch(
      new RegExp(
        `^% of time with families: ${then.runChart.points.length} points, ${then.runChart.signals.length} signals?`,
      ),
    );
    await checkView('time-travel-charts');

    await open('overview', '?at=2020-01-01&as=recorded');
    await page.getByText('The ledger held nothing of this programme by 1 Jan 2020.').waitFor();
  });

  it('travels in time on the journey: the entries and their count as they stood, and links that keep the date', async () => {
    const { then, today } = await api(`{
      then: journey(programmeId: "${PROGRAMME}", asOf: { occurredAt: "2025-03-31" }, first: 100) {
        totalCount edges { node { summary occurredAt } } }
      today: journey(programmeId: "${PROGRAMME}", first: 1) { totalCount } }`);
    // By 31 Mar 2025 more than a page had happened, and much more has happened since.
    expect(then.totalCount).toBeGreaterThan(100);
    expect(then.totalCount).toBeLessThan(today.totalCount);
    await open('journey', '?at=2025-03-31&as=occurred');
    await page.getByTestId('journey-count').getByText(`Showing 100 of ${then.totalCount} entries`).waitFor();
    expect(await page.locator('.entry .summary').allInnerTexts()).toEqual(
      then.edges.map((edge: Json) => edge.node.summary),
    );
    const links = await page
      .locator('.entry a[href*="item="]')
      .evaluateAll((found) => found.slice(0, 5).map((link) => link.getAttribute('href')));
    expect(links).toHaveLength(5);
    for (const link of links) expect(link).toContain('at=2025-03-31');
    await checkView('time-travel-journey');
  });

  it('travels in time to what the ledger knew at a past moment: run charts, what experiments taught, exports', async () => {
    const moment = new Date().toISOString();
    const leader = async (mutation: string) => {
      const answer = await demo.post(
        { authorization: `Bearer ${demo.tokens.get('leader')}` },
        `mutation { ${mutation} }`,
      );
      expect(answer.errors).toBeUndefined();
    };
    const today = moment.slice(0, 10);
    const experiment = `programmeId: "${PROGRAMME}", experimentId: "experiment-evening-write-up"`;
    await leader(`recordMeasurement(input: { programmeId: "${PROGRAMME}", metricId: "metric-time-with-families",
      periodStart: "2025-11-22", periodEnd: "2025-12-05", value: 33, source: { kind: TIME_DIARY } }) { commandId }`);
    await leader(`designExperiment(input: { ${experiment}, title: "An evening write-up hour",
      hypothesis: { ifWe: "write up in one protected hour", weExpect: "fewer evenings lost", because: "notes get done at once" },
      barrierIds: ["barrier-triple-recording"], measureIds: ["metric-time-with-families"],
      plannedStart: "${today}", reviewDate: "${today}" }) { commandId }`);
    await leader(`startExperiment(input: { ${experiment} }) { commandId }`);
    await leader(`concludeExperiment(input: { ${experiment}, result: SUPPORTED,
      learning: "The hour held when the team kept it free", nextStep: ADOPT }) { commandId }`);
    const asOf = `asOf: { recordedAt: "${moment}" }`;
    const { then, now, metrics } = await api(`{
      then: runChart(programmeId: "${PROGRAMME}", metricId: "metric-time-with-families", ${asOf}) { points { measurementId } }
      now: runChart(programmeId: "${PROGRAMME}", metricId: "metric-time-with-families") { points { measurementId } }
      metrics(programmeId: "${PROGRAMME}", ${asOf}, first: 100) { edges { node { measurements { measurementId } } } } }`);
    expect(now.points.length).toBe(then.points.length + 1);

    const travel = `?at=${encodeURIComponent(moment)}&as=recorded`;
    await open('charts', `${travel}&metric=metric-time-with-families`);
    await page.getByText(/^Showing the ledger as recorded by/).waitFor();
    await page.locator('section.run-chart svg').first().waitFor();
    expect(await chartSummary()).toMatch(
      new RegExp(`^% of time with families: ${then.points.length} points`),
    );
    await open('charts', '?metric=metric-time-with-families');
    await page.locator('section.run-chart svg').first().waitFor();
    expect(await chartSummary()).toMatch(new RegExp(`^% of time with families: ${now.points.length} points`));

    const measured = await download('charts', 'Download measurements (CSV)', travel);
    expect(measured.filename).toBe(
      `${PROGRAMME}-measurements-as-recorded-by-${moment.slice(0, 19).replace(/:/g, '-')}Z.csv`,
    );
    expect(measured.rows).toHaveLength(metrics.edges.flatMap((edge: Json) => edge.node.measurements).length);

    await open('overview', travel);
    await page.locator('h3', { hasText: 'What worked' }).waitFor();
    expect(await learnt('What worked')).not.toContain('An evening write-up hour');
    await open('overview');
    await page.locator('h3', { hasText: 'What worked' }).waitFor();
    expect(await learnt('What worked')).toContain('An evening write-up hour');
  });

  it('exports measurements, small changes and the journey as CSV with one row per item', async () => {
    const { metrics, smallChanges } = await api(`{
      metrics(programmeId: "${PROGRAMME}", first: 100) { edges { node { measurements { measurementId } } } }
      smallChanges(programmeId: "${PROGRAMME}", first: 100) { edges { node { smallChangeId } } } }`);
    const measurements = metrics.edges.flatMap((edge: Json) => edge.node.measurements);
    const measured = await download('charts', 'Download measurements (CSV)');
    expect(measured.filename).toBe(`${PROGRAMME}-measurements.csv`);
    expect(measured.header.join(',')).toMatch(
      /^metricId,metric,unit,measurementId,periodStart,periodEnd,value,inForce/,
    );
    expect(measured.rows).toHaveLength(measurements.length);
    expect((await download('overview', 'Download small changes (CSV)')).rows).toHaveLength(
      smallChanges.edges.length,
    );
    expect((await download('journey', 'Download the journey (CSV)')).rows).toHaveLength(
      (await wholeJourney()).length,
    );
  });

  it('prints the whole journey as a clean document (print CSS)', async () => {
    const total = (await wholeJourney()).length;
    await open('journey');
    // The browser's print dialog cannot open headless: the stand-in notes how many entries it would print.
    await page.evaluate(
      `window.print = () => { document.body.dataset.printedEntries = document.querySelectorAll('.entry').length; }`,
    );
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    const printed = page.locator('body[data-printed-entries]');
    await printed.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await printed.getAttribute('data-printed-entries')).toBe(String(total));
    await page.pdf({ path: join(SCREENSHOTS, 'journey.pdf') });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await page.locator('.entry').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows entries recorded after the page opened, live, in their place', async () => {
    await open('journey', '?kind=smallChange');
    await page
      .getByTestId('journey-count')
      .getByText(/^Showing all \d+ entries$/)
      .waitFor();
    const before = await page.locator('.entry').count();
    const answer = await demo.post(
      { authorization: `Bearer ${demo.tokens.get('practitioner')}` },
      `mutation { proposeSmallChange(input: { programmeId: "${PROGRAMME}", teamId: "team-front-door",
        title: "Duty notes written once", description: "One note for the duty visit",
        proposedBy: ["person-ines"], barrierIds: ["barrier-triple-recording"] }) { commandId } }`,
    );
    expect(answer.errors).toBeUndefined();
    const fresh = page.locator('.entry.fresh');
    await fresh.waitFor();
    expect(await fresh.innerText()).toContain('Duty notes written once');
    expect(await page.locator('.entry').count()).toBe(before + 1);
  });
});
