/**
 * Headless Chromium from the operating system (Debian's `chromium` package; never a browser
 * downloaded by npm), driven by playwright-core, for the dashboard's browser suite.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

const ROOT = join(__dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-output', 'dashboard');
const BUILT_PAGE = join(ROOT, 'dashboard', 'dist', 'index.html');

/** Why the suite cannot run here, or null when it can. */
export const browserUnavailable = (): string | null =>
  existsSync(CHROMIUM)
    ? null
    : `Chromium is not installed at ${CHROMIUM} (as root: apt-get update && apt-get install -y chromium)`;

export const requireBuiltDashboard = () => {
  if (!existsSync(BUILT_PAGE))
    throw new Error('The dashboard is not built: run `npm run build` (or `npm run dashboard:bundle`) first');
};

/** A fresh profile in a temporary folder, removed on close. */
export const launchBrowser = async () => {
  const profile = mkdtempSync(join(tmpdir(), 'ledger-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: DESKTOP,
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
};

/** Console messages a person would never see but a broken page leaves: errors and CSP refusals. */
export const watchConsole = (page: Page) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
};

export const signIn = async (page: Page, home: string, token: string) => {
  await page.goto(`${home}dashboard/`);
  await page.getByLabel('API key or token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
};

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A and AA checks on the page as it stands. */
export const accessibilityViolations = async (page: Page): Promise<AxeViolation[]> => {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as AxeViolation[];
  return violations.map(({ id, impact, help, nodes }) => ({
    id,
    impact,
    help,
    nodes: nodes.slice(0, 3).map((node) => ({ target: node.target })),
  }));
};

/** Saves the page at desktop and phone widths under test-output/dashboard (git-ignored). */
export const screenshots = async (page: Page, name: string) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(250);
  const overflow = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(150);
  return { phoneScrollWidth: overflow };
};
