/**
 * The ledger over HTTP: /graphql (queries and mutations), the same path over WebSocket
 * (graphql-ws subscriptions), /health and /ready. One JSON log line per request; SIGTERM-style
 * shutdown stops accepting, lets requests in flight finish, then closes subscriptions.
 */
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import DataLoader from 'dataloader';
import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { DemoToken } from '../demo/prepareDemo';
import { serveExplorer } from '../explorer/serveExplorer';
import { serveHealth, replyJson } from '../infrastructure/health';
import { UNKNOWN } from '../infrastructure/personalData/personalDataRegister';
import type { Ledger } from '../ledger';
import { authenticate } from './auth/authenticate';
import type { Caller } from './auth/rights';
import type { LedgerContext, LedgerServices } from './context';
import { formatError, toGraphQLError } from './errors';
import { checkLimits, type QueryLimits } from './limits';
import { ledgerSchema } from './schema';

export interface LedgerServer {
  readonly url: string;
  readonly port: number;
  readonly httpServer: Server;
  /** Stops accepting, finishes requests in flight, closes subscriptions. Does not close the ledger. */
  stop(): Promise<void>;
}

const CORRELATION_ID = /^[\w.:-]{1,100}$/;
const MAX_BODY_BYTES = 1_000_000;

const correlationIdOf = (request: IncomingMessage): string => {
  const given = request.headers['x-correlation-id'];
  return typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
};

const contextFor = (
  services: LedgerServices,
  caller: Caller | undefined,
  correlationId: string,
): LedgerContext => ({
  services,
  caller,
  correlationId,
  log: services.log,
  names: new DataLoader(async (ids: readonly string[]) => {
    const names = await services.readModels.names(ids);
    return ids.map((id) => names.get(id) ?? UNKNOWN);
  }),
});

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

/** Logs each operation once it is answered, and refuses queries over the limits before they run. */
const operationsPlugin = (schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<LedgerContext> => ({
  async requestDidStart({ contextValue }) {
    const started = process.hrtime.bigint();
    return {
      async didResolveOperation({ document, request, operationName }) {
        const refusal = checkLimits(schema, document, request.variables, operationName, limits);
        if (refusal) throw refusal;
      },
      async willSendResponse({ operationName, errors }) {
        contextValue.log.info({
          msg: 'request',
          correlationId: contextValue.correlationId,
          operation: operationName ?? null,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          actor: contextValue.caller?.actorId ?? null,
          credential: contextValue.caller?.credential ?? null,
          errors: errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') ?? [],
        });
      },
    };
  },
});

export const startLedgerServer = async (
  ledger: Pick<Ledger, 'services' | 'store' | 'runner'> & Partial<Pick<Ledger, 'storage'>>,
  options: { port: number; limits: QueryLimits; demoTokens?: readonly DemoToken[] },
): Promise<LedgerServer> => {
  const { services } = ledger;
  const schema = await ledgerSchema();
  const httpServer = createServer();
  const sockets = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const subscriptions = useServer<Record<string, unknown>, { context?: LedgerContext }>(
    {
      schema,
      context: (ctx) => ctx.extra.context!,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          const caller = await authenticate(
            typeof authorization === 'string' ? authorization : undefined,
            services,
          );
          ctx.extra.context = contextFor(services, caller, correlationIdOf(ctx.extra.request));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const context = ctx.extra.context!;
        context.log.info({
          msg: 'subscription',
          correlationId: context.correlationId,
          operation: payload.operationName ?? null,
          actor: context.caller?.actorId ?? null,
        });
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) return invalid;
        const refusal = checkLimits(
          schema,
          document,
          payload.variables ?? undefined,
          payload.operationName,
          options.limits,
        );
        if (refusal) return [refusal];
        return {
          schema,
          document,
          contextValue: context,
          variableValues: payload.variables ?? null,
          operationName: payload.operationName ?? null,
        };
      },
    },
    sockets,
  );
  const apollo = new ApolloServer<LedgerContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      operationsPlugin(schema, options.limits),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await subscriptions.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  const health = serveHealth(ledger.store, ledger.runner, ledger.storage);
  const explorer = serveExplorer(options.demoTokens ?? []);

  httpServer.on('request', (request, response) => {
    if (health(request, response)) return;
    const [path = '/', search = ''] = (request.url ?? '/').split('?');
    if (explorer(request, response, path)) return;
    if (path !== '/graphql')
      return replyJson(response, 404, {
        error: `Nothing is served at ${path}; the API is at /graphql and its explorer at /`,
      });
    const correlationId = correlationIdOf(request);
    response.setHeader('x-correlation-id', correlationId);
    void (async () => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown;
      try {
        const text = await readBody(request);
        body = text && (headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
      } catch {
        return replyJson(response, 400, {
          errors: [
            {
              message: 'The request body is not JSON, or is larger than 1 MB',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
      }
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search, body },
        context: async () => {
          try {
            return contextFor(
              services,
              await authenticate(request.headers.authorization, services),
              correlationId,
            );
          } catch (error) {
            throw toGraphQLError(error, { correlationId, log: services.log });
          }
        },
      });
      for (const [key, value] of answer.headers) response.setHeader(key, value);
      response.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') return response.end(answer.body.string);
      for await (const chunk of answer.body.asyncIterator) response.write(chunk);
      response.end();
    })().catch((error: unknown) => {
      services.log.error({ msg: 'request failed', correlationId, error: String(error) });
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
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    httpServer,
    stop: async () => {
      await apollo.stop();
      sockets.close();
    },
  };
};
