/**
 * The dashboard on an empty ledger and on a programme that has only just been launched: every view
 * says plainly that there is nothing yet (and what would put something there), never an error.
 * Also sign-in refusals and signing out.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { setUpProgramme, startTestLedger, tokenOf, type TestLedger } from '../support/ledgerApi';
import {
  accessibilityViolations,
  browserUnavailable,
  launchBrowser,
  rawEnumValues,
  requireBuiltDashboard,
  screenshots,
  signIn,
  watchConsole,
} from './browser';

const unavailable = browserUnavailable();
const suite = unavailable ? describe.skip : describe;

suite('the dashboard on an empty ledger', () => {
  let ledger: TestLedger;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let home: string;

  beforeAll(async () => {
    requireBuiltDashboard();
    [ledger, browser] = await Promise.all([startTestLedger(), launchBrowser()]);
    home = `http://localhost:${ledger.server.port}/`;
    context = browser.context;
    context.setDefaultTimeout(10_000);
    page = context.pages()[0] ?? (await context.newPage());
    problems = watchConsole(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.close();
  });

  it('refuses a key the ledger does not accept, and says so', async () => {
    await page.goto(`${home}dashboard/`);
    await page.getByLabel('API key or token').fill('ledger_not_a_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The ledger did not accept that key or token').waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshots(page, 'sign-in-refused');
    // The browser logs the refused request (401); that one was expected.
    expect(problems).toEqual([
      'Failed to load resource: the server responded with a status of 401 (Unauthorized)',
    ]);
    problems.splice(0);
  });

  it('says the ledger holds no programme yet', async () => {
    await signIn(page, home, tokenOf('evaluator'));
    await page.getByText('The ledger holds no programme yet.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshots(page, 'empty-ledger');
  });

  it('shows a just-launched programme with an empty state in every view', async () => {
    await setUpProgramme(ledger);
    await page.reload();
    await page.getByRole('link', { name: 'Riverside family time' }).click();
    const expectations: [string, string][] = [
      ['overview', 'No experiment has been designed yet.'],
      ['blueprint', 'The blueprint has not been drafted yet.'],
      ['charts', 'No measure has been defined yet.'],
      ['journey?kind=experiment', 'No entry matches.'],
    ];
    for (const [view, text] of expectations) {
      await page.goto(`${home}dashboard/#/p1/${view}`);
      await page.getByText(text).first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(rawEnumValues(await page.locator('body').innerText())).toEqual([]);
      const { phoneScrollWidth } = await screenshots(page, `empty-${view.replace(/\?.*/, '')}`);
      expect(phoneScrollWidth).toBeLessThanOrEqual(390);
    }
    await page.goto(`${home}dashboard/#/p1/overview`);
    await page.getByText('No barrier has been identified yet.').waitFor();
    await page.getByText('No measure has been defined yet.').waitFor();
    expect(problems).toEqual([]);
  });

  it('forgets the key on signing out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key or token').waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
  });
});
