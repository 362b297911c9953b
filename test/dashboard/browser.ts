/**
 * Headless Chromium from the operating system (Debian's `chromium` package; never a browser
 * downloaded by npm), driven by playwright-core, for the dashboard's browser suite.
 */
import { buildSchema, GraphQLEnumType } from 'graphql';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

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

/**
 * Resolves once every chart has been drawn again for the width its holder now has (a chart redraws
 * when its holder is resized), checked frame by frame in the page: a state to wait for, not a delay.
 */
const CHARTS_FIT = `new Promise((resolve) => {
  const fits = () => [...document.querySelectorAll('.plot')].every((holder) => {
    const svg = holder.querySelector('svg');
    return !svg || Math.abs(Number(svg.getAttribute('width')) - holder.clientWidth) <= 5;
  });
  const check = () => (fits() ? resolve(true) : requestAnimationFrame(check));
  requestAnimationFrame(() => requestAnimationFrame(check));
})`;

export const resizeTo = async (page: Page, size: { width: number; height: number }) => {
  await page.setViewportSize(size);
  await page.evaluate(CHARTS_FIT);
};

/** Saves the page at desktop and phone widths under test-output/dashboard (git-ignored). */
export const screenshots = async (page: Page, name: string) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await resizeTo(page, DESKTOP);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  await resizeTo(page, PHONE);
  const overflow = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await resizeTo(page, DESKTOP);
  return { phoneScrollWidth: overflow };
};

/**
 * The README's pictures of the dashboard, taken by the browser suite: always under
 * test-output/dashboard/readme, and into docs/ (committed, linked from the README) when the suite
 * runs with README_SCREENSHOTS=1.
 */
export const README_SCREENSHOTS = join(SCREENSHOTS, 'readme');
export const readmeScreenshot = async (target: Page | Locator, file: string) => {
  mkdirSync(README_SCREENSHOTS, { recursive: true });
  const image = await target.screenshot({ path: join(README_SCREENSHOTS, file) });
  if (process.env.README_SCREENSHOTS === '1') writeFileSync(join(ROOT, 'docs', file), image);
  return image;
};

/**
 * Enum values as the API spells them (every value of every enum in schema.graphql) found as words
 * in `text`: a person should read "not supported", never NOT_SUPPORTED.
 */
const SCHEMA = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
const ENUM_VALUES = new Set(
  Object.values(SCHEMA.getTypeMap())
    .filter((type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__'))
    .flatMap((type) => type.getValues().map((value) => value.name)),
);
export const rawEnumValues = (text: string): string[] =>
  [...new Set(text.match(/\b[A-Z][A-Z_]+\b/g) ?? [])].filter((word) => ENUM_VALUES.has(word));
