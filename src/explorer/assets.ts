/**
 * The explorer's files, served by the ledger itself so that it works with no network: GraphiQL's
 * browser build with the React it needs, the graphql-ws client for live updates, and our script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The installed package's own folder (walks up from its entry point, whatever its exports allow). */
const packageFolder = (name: string): string => {
  for (let folder = dirname(require.resolve(name)); folder !== dirname(folder); folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name
    )
      return folder;
  }
  throw new Error(`The ${name} package is not installed`);
};

const PROJECT_ROOT = join(__dirname, '..', '..');

export interface Asset {
  readonly path: string;
  readonly contentType: string;
}

const script = (path: string): Asset => ({ path, contentType: 'text/javascript; charset=utf-8' });

/** By the name they are served under, at /explorer/<name>. */
export const explorerAssets = (): ReadonlyMap<string, Asset> =>
  new Map([
    ['react.production.min.js', script(join(packageFolder('react'), 'umd', 'react.production.min.js'))],
    [
      'react-dom.production.min.js',
      script(join(packageFolder('react-dom'), 'umd', 'react-dom.production.min.js')),
    ],
    ['graphql-ws.min.js', script(join(packageFolder('graphql-ws'), 'umd', 'graphql-ws.min.js'))],
    ['graphiql.min.js', script(join(packageFolder('graphiql'), 'graphiql.min.js'))],
    [
      'graphiql.min.css',
      { path: join(packageFolder('graphiql'), 'graphiql.min.css'), contentType: 'text/css; charset=utf-8' },
    ],
    ['explorer.js', script(join(PROJECT_ROOT, 'public', 'explorer.js'))],
    [
      'explorer.css',
      { path: join(PROJECT_ROOT, 'public', 'explorer.css'), contentType: 'text/css; charset=utf-8' },
    ],
  ]);
