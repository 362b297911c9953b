/**
 * The dashboard at /dashboard: the static files `npm run build` writes to dashboard/dist (Vite),
 * served by the ledger itself so it works with no network. It is a client of the public GraphQL
 * API like any other: this module only hands out files, never data or tokens.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';

const BUILT = join(__dirname, '..', '..', 'dashboard', 'dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Scripts only from the ledger itself (no inline script); styles may be inline because the charts
 * carry their own <style>; the API over HTTP and WebSocket on the same origin; nothing else.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

interface File {
  readonly body: Buffer;
  readonly contentType: string;
}

/** Every built file by its URL path under /dashboard/, read once: nothing outside the build is reachable. */
const builtFiles = (folder: string): Map<string, File> => {
  const files = new Map<string, File>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        files.set(relative(folder, path).split(sep).join('/'), {
          body: readFileSync(path),
          contentType: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
        });
    }
  };
  if (existsSync(join(folder, 'index.html'))) walk(folder);
  return files;
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dashboard not built</title></head>
<body><h1>The dashboard has not been built</h1><p>Run <code>npm run build</code> (or <code>npm start</code>), then reload.
The GraphQL API is at <a href="/graphql">/graphql</a> and its explorer at <a href="/">/</a>.</p></body></html>`;

type Handler = (request: IncomingMessage, response: ServerResponse, path: string) => boolean;

/** Serves the build in `folder`: `/dashboard` and `/dashboard/…`; answers false for anything else. */
export const dashboardFrom = (folder: string): Handler & { readonly built: boolean } => {
  const files = builtFiles(folder);
  const handler: Handler = (request, response, path) => {
    if (path !== '/dashboard' && !path.startsWith('/dashboard/')) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    if (path === '/dashboard') {
      response.writeHead(308, { location: '/dashboard/' }).end();
      return true;
    }
    const name = path.slice('/dashboard/'.length);
    const asset = name.startsWith('assets/') ? files.get(name) : undefined;
    const page = files.get('index.html');
    if (!asset && !page) {
      response.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : NOT_BUILT);
      return true;
    }
    if (name.startsWith('assets/') && !asset) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No such dashboard file');
      return true;
    }
    const file = asset ?? page!;
    response.writeHead(200, {
      'content-type': file.contentType,
      'content-length': file.body.length,
      // Built assets carry a content hash in their names; the page itself is always fetched afresh.
      'cache-control': asset ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': DASHBOARD_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
    return true;
  };
  return Object.assign(handler, { built: files.size > 0 });
};

let served: ReturnType<typeof dashboardFrom> | undefined;

/** The server's hook: the build in dashboard/dist, read at the first request for it (until it exists). */
export const serveDashboard: Handler = (request, response, path) => {
  if (path !== '/dashboard' && !path.startsWith('/dashboard/')) return false;
  if (!served?.built) served = dashboardFrom(BUILT);
  return served(request, response, path);
};
