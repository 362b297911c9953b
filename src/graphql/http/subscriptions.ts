/**
 * Subscriptions over WebSocket (graphql-ws) on /graphql: the same limits as over HTTP, a token in
 * connectionParams, rate limits per address and credential, and a sweep every few seconds that
 * closes the connections of revoked API keys and expired JSON Web Tokens with 4403 (Forbidden),
 * the close code graphql-ws uses for a refused connection.
 */
import {
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, type Context, type SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { authenticate } from '../auth/authenticate';
import type { Caller } from '../auth/roles';
import type { LedgerContext, LedgerServices } from '../context';
import { TOKENS_OVER, tokensMessage } from '../errors';
import { checkCost, limitRules, parseOptions, tooComplex, type QueryLimits } from '../limits';
import { recordSubscriptionRefusal } from './accessRecording';
import { credentialKey, type RateLimits } from './rateLimits';

type LiveContext = Context<Record<string, unknown>, Extra & { context?: LedgerContext }>;

export interface SubscriptionOptions {
  readonly schema: GraphQLSchema;
  readonly services: LedgerServices;
  readonly limits: QueryLimits;
  readonly rateLimits: RateLimits;
  readonly maxPayloadBytes: number;
  readonly revocationCheckMs: number;
  readonly contextFor: (caller: Caller | undefined, request: IncomingMessage) => LedgerContext;
}

/** Why a connection's credential no longer holds, or undefined while it does. */
const revoked = (
  caller: Caller,
  services: Pick<LedgerServices, 'apiKeys'>,
  now: number,
): string | undefined => {
  if (caller.expiresAt && caller.expiresAt.getTime() <= now) return 'Forbidden: the token has expired';
  if (caller.credential !== 'jwt' && !services.apiKeys.isActive(caller.credential))
    return 'Forbidden: the API key has been revoked';
  return undefined;
};

const refusedDocument = (error: unknown): GraphQLError[] => {
  const message = (error as Error).message;
  return [TOKENS_OVER.test(message) ? tooComplex(tokensMessage(message)) : (error as GraphQLError)];
};

const prepare = (
  options: SubscriptionOptions,
  payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
): DocumentNode | readonly GraphQLError[] => {
  let document: DocumentNode;
  try {
    document = parse(payload.query, parseOptions(options.limits));
  } catch (error) {
    return refusedDocument(error);
  }
  const invalid = validate(options.schema, document, [...specifiedRules, ...limitRules(options.limits)]);
  if (invalid.length > 0) return invalid;
  const refusal = checkCost(
    options.schema,
    document,
    payload.variables,
    payload.operationName,
    options.limits,
  );
  return refusal ? [refusal] : document;
};

/** The root field a document subscribes to, as the access record names an operation. */
const rootFieldOf = (document: DocumentNode): string | null => {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  return field?.name.value ?? null;
};

const isRefusal = (prepared: DocumentNode | readonly GraphQLError[]): prepared is readonly GraphQLError[] =>
  Array.isArray(prepared);

/** Errors over WebSocket carry a documented code and the connection's correlation id, never an HTTP status. */
const withCode = (error: GraphQLError, correlationId: string) => {
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  void _http;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    extensions: { ...extensions, code: extensions.code ?? 'GRAPHQL_VALIDATION_FAILED', correlationId },
  });
};

/** Upgrades are handed over by path, so the HTTP server's own errors (a port in use) stay with it. */
const acceptUpgrades = (httpServer: Server, sockets: WebSocketServer) =>
  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (request.url?.split('?')[0] !== '/graphql') return socket.destroy();
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  });

/** A connection is admitted within the rate limits and with a credential that holds (else closed). */
const admitConnection =
  (options: SubscriptionOptions, sessions: Set<LiveContext>) =>
  async (ctx: LiveContext): Promise<boolean> => {
    const { services } = options;
    const given = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
    const authorization = typeof given === 'string' ? given : undefined;
    const throttled = await options.rateLimits.admit(ctx.extra.request, credentialKey(authorization));
    if (throttled) {
      ctx.extra.socket.close(4429, `Too many requests: try again in ${throttled.retryAfterSeconds} s`);
      return false;
    }
    try {
      const caller = await authenticate(authorization, services);
      ctx.extra.context = options.contextFor(caller, ctx.extra.request);
      sessions.add(ctx);
      return true;
    } catch {
      await options.rateLimits.signInRefused(ctx.extra.request);
      recordSubscriptionRefusal(services.audit.access, ctx.extra.request, { kind: 'signIn' });
      services.log.info({ msg: 'subscription connection refused', errors: ['UNAUTHENTICATED'] });
      return false;
    }
  };

/** An operation runs under the same limits as over HTTP; one log line for each, refused or not. */
const startSubscription =
  (options: SubscriptionOptions) =>
  (ctx: LiveContext, _id: string, payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[] => {
    const context = ctx.extra.context!;
    const prepared = prepare(options, payload);
    context.log.info({
      msg: 'subscription',
      correlationId: context.correlationId,
      operation: payload.operationName ?? null,
      actor: context.caller?.actorId ?? null,
      credential: context.caller?.credential ?? null,
      errors: isRefusal(prepared)
        ? prepared.map((error) => error.extensions.code ?? 'GRAPHQL_VALIDATION_FAILED')
        : [],
    });
    if (isRefusal(prepared)) return prepared.map((error) => withCode(error, context.correlationId));
    return {
      schema: options.schema,
      document: prepared,
      contextValue: context,
      variableValues: payload.variables ?? null,
      operationName: payload.operationName ?? null,
    };
  };

/** A refusal while the operation runs (FORBIDDEN from a resolver) goes to the access record. */
const recordRunRefusal =
  (options: SubscriptionOptions) =>
  (
    ctx: LiveContext,
    _id: string,
    _payload: unknown,
    args: ExecutionArgs,
    result: { errors?: readonly GraphQLError[] },
  ) => {
    if (!result.errors?.length) return;
    const context = ctx.extra.context!;
    recordSubscriptionRefusal(options.services.audit.access, ctx.extra.request, {
      kind: 'errors',
      caller: context.caller,
      correlationId: context.correlationId,
      operation: rootFieldOf(args.document),
      errors: result.errors,
    });
  };

/** Every few seconds, closes the connections whose API key was revoked or whose token expired. */
const sweepRevoked = (sessions: Set<LiveContext>, options: SubscriptionOptions) => {
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const session of sessions) {
      const caller = session.extra.context?.caller;
      const reason = caller && revoked(caller, options.services, now);
      if (reason) {
        sessions.delete(session);
        session.extra.socket.close(CloseCode.Forbidden, reason);
        const { correlationId } = session.extra.context!;
        recordSubscriptionRefusal(options.services.audit.access, session.extra.request, {
          kind: 'closed',
          caller,
          correlationId,
          reason,
        });
      }
    }
  }, options.revocationCheckMs);
  sweep.unref();
  return sweep;
};

export const serveSubscriptions = (httpServer: Server, options: SubscriptionOptions) => {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  acceptUpgrades(httpServer, sockets);
  const sessions = new Set<LiveContext>();
  const server = useServer<Record<string, unknown>, { context?: LedgerContext }>(
    {
      schema: options.schema,
      context: (ctx) => ctx.extra.context!,
      onConnect: admitConnection(options, sessions),
      onClose: (ctx) => {
        sessions.delete(ctx);
      },
      onSubscribe: startSubscription(options),
      onNext: recordRunRefusal(options),
    },
    sockets,
  );
  const sweep = sweepRevoked(sessions, options);
  return {
    openSubscriptions: () =>
      // Counted once the server follows the log for them (graphql-ws holds null until then).
      [...sessions].reduce(
        (open, session) => open + Object.values(session.subscriptions).filter(Boolean).length,
        0,
      ),
    dispose: async () => {
      clearInterval(sweep);
      await server.dispose();
    },
    close: () => sockets.close(),
  };
};
