/** Serving the built dashboard: only its own files, a strict script policy, and a clear page when it is not built. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dashboardFrom } from '../../src/dashboard/serveDashboard';

const serve = async (folder: string) => {
  const handler = dashboardFrom(folder);
  const server: Server = createServer((request, response) => {
    if (!handler(request, response, (request.url ?? '/').split('?')[0]!)) response.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const base = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    get: (path: string, init?: RequestInit) => fetch(`${base}${path}`, { redirect: 'manual', ...init }),
    /** The path exactly as written (fetch would resolve "..") */
    raw: (path: string) =>
      new Promise<number>((resolve, reject) =>
        get(`${base}/`, { path }, (response) => resolve(response.resume().statusCode!)).on('error', reject),
      ),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
};

describe('serving the dashboard', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-build-'));
  beforeAll(() => {
    mkdirSync(join(folder, 'assets'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(join(folder, 'assets', 'index-abc123.js'), 'console.log(1)');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('serves the page with a policy that allows scripts only from the ledger itself, never cached', async () => {
    const site = await serve(folder);
    const page = await site.get('/dashboard/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toBe('<!doctype html><title>dashboard</title>');
    expect((await site.get('/dashboard')).headers.get('location')).toBe('/dashboard/');
    await site.close();
  });

  it('serves built assets by their hashed names, cached for good, and nothing outside the build', async () => {
    const site = await serve(folder);
    const script = await site.get('/dashboard/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await site.get('/dashboard/assets/missing.js')).status).toBe(404);
    expect(await site.raw('/dashboard/assets/../../package.json')).toBe(404);
    expect(await site.raw('/dashboard/assets/..%2f..%2fpackage.json')).toBe(404);
    expect((await site.get('/dashboard/', { method: 'POST' })).status).toBe(405);
    expect((await site.get('/explorer/')).status).toBe(418);
    await site.close();
  });

  it('says how to build it when it has not been built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dashboard-unbuilt-'));
    const site = await serve(empty);
    const page = await site.get('/dashboard/');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('Run <code>npm run build</code>');
    await site.close();
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('the built dashboard', () => {
  it('has no inline script or style element, so a strict Content-Security-Policy needs no exception', () => {
    const built = readFileSync(join(__dirname, '..', '..', 'dashboard', 'dist', 'index.html'), 'utf8');
    const scripts = [...built.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [tag, body] of scripts) {
      expect(tag).toMatch(/ src="\/dashboard\/assets\/[\w-]+\.js"/);
      expect(body).toBe('');
    }
    expect(built).not.toMatch(/<style\b/);
    expect(built).not.toMatch(/https?:\/\//);
  });
});
