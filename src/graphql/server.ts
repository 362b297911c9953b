/**
 * The ledger's API over HTTP: /graphql (queries and mutations), the same path over WebSocket
 * (graphql-ws subscriptions), /health, /ready and /metrics, and whatever pages the composition root
 * hands it (the explorer at /, the dashboard). Security headers on every answer, CORS for the
 * configured origins only. SIGTERM-style shutdown stops accepting, lets requests in flight finish,
 * then closes subscriptions.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import DataLoader from 'dataloader';
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEFAULT_HOST,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_RATE_LIMITS,
  type HttpConfig,
} from '../infrastructure/config';
import { serveHealth, replyJson } from '../infrastructure/health';
import { LedgerMetrics } from '../infrastructure/metrics';
import { UNKNOWN } from '../application/ports/personalDataRegister';
import type { EventStore } from '../application/ports/eventStore';
import type { ProjectionRunner } from '../projections/projectionRunner';
import type { StorageHealth } from '../infrastructure/storageFaults';
import type { Caller } from './auth/roles';
import type { LedgerContext, LedgerServices, RequestReport } from './context';
import { formatError } from './errors';
import { correlationIdOf, serveGraphQL } from './http/graphqlOverHttp';
import { pageHeaders } from './http/pageHeaders';
import { RateLimits } from './http/rateLimits';
import { serveSubscriptions } from './http/subscriptions';
import { costChecker, limitRules, parseOptions, type QueryLimits } from './limits';
import { ledgerSchema } from './schema';

export interface LedgerServer {
  readonly url: string;
  readonly port: number;
  readonly httpServer: Server;
  /** Stops accepting, finishes requests in flight, closes subscriptions. Does not close the ledger. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  readonly port: number;
  readonly limits: QueryLimits;
  /** From the configuration; tests may leave it out for the defaults (explorer and schema on). */
  readonly http?: Partial<HttpConfig>;
  /** Files whose size /metrics reports (the SQLite ledger and its WAL; the read models). */
  readonly files?: { readonly store: readonly string[]; readonly readModels: readonly string[] };
  /** How often live subscriptions check that their credential still holds. */
  readonly revocationCheckMs?: number;
  /** Pages served beside the API (the explorer, the dashboard), asked in order; each says whether it answered. */
  readonly pages?: readonly PageHandler[];
}

/** What the API serves: the ledger's services, and its store and runner for /health, /ready and /metrics. */
export interface ServedLedger {
  readonly services: LedgerServices;
  readonly store: EventStore;
  readonly runner: ProjectionRunner;
  /** Storage faults seen while recording: /ready is not ready while one lasts. */
  readonly storage?: StorageHealth;
}

/** Serves a page when the path is its own, and says whether it did. */
export type PageHandler = (request: IncomingMessage, response: ServerResponse, path: string) => boolean;

const HTTP_DEFAULTS: HttpConfig = {
  host: DEFAULT_HOST,
  corsOrigins: [],
  introspection: true,
  explorer: true,
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  rateLimits: DEFAULT_RATE_LIMITS,
};

const contextFor = (
  services: LedgerServices,
  caller: Caller | undefined,
  correlationId: string,
  report?: RequestReport,
): LedgerContext => ({
  services,
  caller,
  correlationId,
  log: services.log,
  ...(report ? { report } : {}),
  names: new DataLoader(async (ids: readonly string[]) => {
    const names = await services.readModels.names(ids);
    return ids.map((id) => names.get(id) ?? UNKNOWN);
  }),
});

const rootFieldOf = (operation: OperationDefinitionNode | undefined): string | null => {
  const first = operation?.selectionSet.selections[0];
  return first?.kind === Kind.FIELD ? first.name.value : first ? 'fragment' : null;
};

/** Notes the operation for the request's log line, and refuses one that costs too much before it runs. */
const limitsPlugin = (schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<LedgerContext> => {
  const refusalOf = costChecker(schema, limits);
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didResolveOperation({ document, request, operationName, operation }) {
          if (contextValue.report) {
            contextValue.report.operation = operationName ?? null;
            contextValue.report.rootField = rootFieldOf(operation);
          }
          const refusal = refusalOf(document, request.variables, operationName);
          if (refusal) throw refusal;
        },
      };
    },
  };
};

const listen = (httpServer: Server, port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });

/** localhost for the loopback and wildcard addresses, so the printed address opens in a browser. */
const hostInUrl = (host: string) =>
  ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host) ? 'localhost' : host;

type Subscriptions = ReturnType<typeof serveSubscriptions>;

/** Apollo with the query limits, no landing page, no cache policy, and a drain that closes subscriptions last. */
const apolloServer = (
  schema: GraphQLSchema,
  httpServer: Server,
  http: HttpConfig,
  limits: QueryLimits,
  live: Subscriptions,
) =>
  new ApolloServer<LedgerContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: http.introspection,
    hideSchemaDetailsFromClientErrors: !http.introspection,
    parseOptions: parseOptions(limits),
    validationRules: limitRules(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No answer is cacheable (graphqlOverHttp sends no-store on each): without this, Apollo works
      // out a cache policy field by field on every request (with the resolver wrapping that needs, a
      // quarter of a journey page's CPU; bench/RESULTS.md, issue 14).
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(schema, limits),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await live.dispose();
            },
          };
        },
      },
    ],
  });

interface Routes {
  readonly headers: ReturnType<typeof pageHeaders>;
  readonly health: ReturnType<typeof serveHealth>;
  readonly metrics: LedgerMetrics;
  readonly pages: readonly PageHandler[];
  readonly graphql: ReturnType<typeof serveGraphQL>;
  readonly explorer: boolean;
}

/** Security headers and CORS first, then /health and /ready, /metrics, the pages, /graphql; else 404. */
const routeRequests =
  (routes: Routes) =>
  async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (await routes.headers(request, response)) return;
    if (routes.health(request, response)) return;
    const [path = '/', search = ''] = (request.url ?? '/').split('?');
    if (path === '/metrics' && request.method === 'GET') {
      response.writeHead(200, { 'content-type': routes.metrics.registry.contentType });
      return void response.end(await routes.metrics.text());
    }
    if (routes.pages.some((page) => page(request, response, path))) return;
    if (path === '/graphql') return routes.graphql(request, response, search);
    replyJson(response, 404, {
      error: routes.explorer
        ? `Nothing is served at ${path}; the API is at /graphql and its explorer at /`
        : `Nothing is served at ${path}; the API is at /graphql (the explorer is off: LEDGER_EXPLORER)`,
    });
  };

/** A request that failed on our side: logged with its correlation id, answered 500 without details. */
const answerFailure =
  (log: LedgerServices['log'], request: IncomingMessage, response: ServerResponse) => (error: unknown) => {
    const correlationId = String(response.getHeader('x-correlation-id') ?? correlationIdOf(request));
    log.error({ msg: 'request failed', correlationId, error: String(error) });
    if (!response.headersSent)
      replyJson(response, 500, {
        errors: [
          {
            message: 'Something went wrong on our side.',
            extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
          },
        ],
      });
    else response.end();
  };

export const startApiServer = async (ledger: ServedLedger, options: ServerOptions): Promise<LedgerServer> => {
  const { services } = ledger;
  const http = { ...HTTP_DEFAULTS, ...options.http };
  const schema = await ledgerSchema();
  const httpServer = createServer();
  const rateLimits = new RateLimits(http.rateLimits);
  const live = serveSubscriptions(httpServer, {
    schema,
    services,
    limits: options.limits,
    rateLimits,
    maxPayloadBytes: http.maxBodyBytes,
    revocationCheckMs: options.revocationCheckMs ?? 1000,
    contextFor: (caller, request) => contextFor(services, caller, correlationIdOf(request)),
  });
  const metrics = new LedgerMetrics({
    store: ledger.store,
    runner: ledger.runner,
    storeFiles: options.files?.store ?? [],
    readModelsFiles: options.files?.readModels ?? [],
    openSubscriptions: live.openSubscriptions,
  });
  const apollo = apolloServer(schema, httpServer, http, options.limits, live);
  await apollo.start();
  const route = routeRequests({
    headers: pageHeaders(http.corsOrigins),
    health: serveHealth(ledger.store, ledger.runner, ledger.storage),
    metrics,
    pages: options.pages ?? [],
    graphql: serveGraphQL({
      apollo,
      services,
      rateLimits,
      metrics,
      maxBodyBytes: http.maxBodyBytes,
      contextFor: (caller, correlationId, report) => contextFor(services, caller, correlationId, report),
    }),
    explorer: http.explorer,
  });
  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    route(request, response).catch(answerFailure(services.log, request, response));
  });

  await listen(httpServer, options.port, http.host);
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${hostInUrl(http.host)}:${port}/graphql`,
    port,
    httpServer,
    stop: async () => {
      await apollo.stop();
      live.close();
    },
  };
};
