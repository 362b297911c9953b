/**
 * The ledger served over HTTP as its users meet it: the GraphQL API with the explorer at / (unless
 * the configuration turns it off) and the dashboard at /dashboard/. The API knows nothing of either
 * page; they are wired here.
 */
import { serveDashboard } from '../dashboard/serveDashboard';
import { serveExplorer } from '../explorer/serveExplorer';
import { startApiServer, type LedgerServer, type ServedLedger, type ServerOptions } from '../graphql/server';

export type { LedgerServer, ServerOptions } from '../graphql/server';

export const startLedgerServer = (ledger: ServedLedger, options: ServerOptions): Promise<LedgerServer> =>
  startApiServer(ledger, {
    ...options,
    pages: [...(options.http?.explorer === false ? [] : [serveExplorer()]), serveDashboard],
  });
