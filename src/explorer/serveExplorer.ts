/**
 * The explorer at the root URL: GraphiQL, served with all its files by the ledger (no CDN), opened
 * on one example tab per kind of user. The page carries no token: each tab's headers say which
 * role's token to paste (npm start prints the demo tokens), and the explorer asks for it until then.
 * No inline script, so it runs under the ledger's content security policy (scripts from 'self').
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { explorerAssets } from './assets';
import { EXAMPLE_OPERATIONS } from './examples';

const SCRIPTS = [
  'react.production.min.js',
  'react-dom.production.min.js',
  'graphql-ws.min.js',
  'graphiql.min.js',
];

/** JSON inside a <script> element: nothing in it may close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** What a tab's Authorization header holds until a token is pasted over it. */
export const tokenPlaceholder = (role: string) => `Bearer <paste the ${role} token that npm start printed>`;

const explorerTabs = () =>
  EXAMPLE_OPERATIONS.map(({ title, role, query, variables }) => ({
    title,
    query,
    variables: JSON.stringify(variables, null, 2),
    headers: JSON.stringify({ Authorization: tokenPlaceholder(role) }, null, 2),
  }));

const page = () => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Change-programme ledger: explorer</title>
    <link rel="stylesheet" href="/explorer/graphiql.min.css">
    <link rel="stylesheet" href="/explorer/explorer.css">
  </head>
  <body>
    <div id="explorer">Loading the explorer…</div>
    <script id="explorer-tabs" type="application/json">${scriptJson(explorerTabs())}</script>
${SCRIPTS.map((name) => `    <script src="/explorer/${name}"></script>`).join('\n')}
    <script src="/explorer/explorer.js"></script>
  </body>
</html>
`;

/** Handles `/` and `/explorer/…`; answers false for anything else. */
export const serveExplorer = () => {
  const assets = explorerAssets();
  const html = page();
  return (request: IncomingMessage, response: ServerResponse, path: string): boolean => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (path === '/') {
      // Never cached, so a new version of the ledger shows its own examples.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : html);
      return true;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return true;
    }
    const asset = path.startsWith('/explorer/') ? assets.get(path.slice('/explorer/'.length)) : undefined;
    if (!asset) return false;
    response.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'public, max-age=3600' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(asset.path).pipe(response);
    return true;
  };
};
