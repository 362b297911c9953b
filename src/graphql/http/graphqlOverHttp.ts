/**
 * POST/GET /graphql: rate limits, the body (413 over the limit, 400 when it is not JSON), Apollo,
 * then the request's correlation id on every error answered, `cache-control: no-store` on every
 * answer, and one JSON log line and one metric per request, whatever became of it (refused
 * sign-ins, 4xx and 429 included).
 */
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LedgerMetrics } from '../../infrastructure/metrics';
import { authenticate } from '../auth/authenticate';
import type { Caller } from '../auth/roles';
import type { LedgerContext, LedgerServices, RequestReport } from '../context';
import { toGraphQLError } from '../errors';
import { actorOf, inAccessScope, recordRefusals } from './accessRecording';
import { readBody } from './readBody';
import { addressOf, type RateLimits } from './rateLimits';
import { replyRefusal } from './refusals';

const CORRELATION_ID = /^[\w.:-]{1,100}$/;

export const correlationIdOf = (request: IncomingMessage): string => {
  const given = request.headers['x-correlation-id'];
  return typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
};

export interface GraphQLOverHttp {
  readonly apollo: ApolloServer<LedgerContext>;
  readonly services: LedgerServices;
  readonly rateLimits: RateLimits;
  readonly metrics: LedgerMetrics;
  readonly maxBodyBytes: number;
  readonly contextFor: (
    caller: Caller | undefined,
    correlationId: string,
    report: RequestReport,
  ) => LedgerContext;
}

/** Puts the correlation id on every error of an answer; returns the answer and the errors' codes. */
const withCorrelationId = (text: string, correlationId: string): { text: string; codes: string[] } => {
  if (!text.includes('"errors"')) return { text, codes: [] };
  const answer = JSON.parse(text) as { errors?: { extensions?: Record<string, unknown> }[] };
  if (!Array.isArray(answer.errors)) return { text, codes: [] };
  for (const error of answer.errors) error.extensions = { ...error.extensions, correlationId };
  const codes = answer.errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  return { text: JSON.stringify(answer), codes };
};

const headersOf = (request: IncomingMessage) => {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
};

type Refusal = Omit<Parameters<typeof replyRefusal>[1], 'correlationId'>;

/** One request on /graphql: its correlation id, what it asked and who asked, and how it ends. */
interface Exchange {
  readonly correlationId: string;
  readonly report: RequestReport;
  caller: Caller | undefined;
  /** One metric and one JSON log line, whatever became of the request. */
  finish(status: number, codes: readonly string[]): void;
  refuse(refusal: Refusal): void;
}

const beginExchange = (
  http: GraphQLOverHttp,
  request: IncomingMessage,
  response: ServerResponse,
): Exchange => {
  const started = process.hrtime.bigint();
  const correlationId = correlationIdOf(request);
  response.setHeader('x-correlation-id', correlationId);
  // What the ledger answers is never to be kept by a cache or a browser, refusals included.
  response.setHeader('cache-control', 'no-store');
  const exchange: Exchange = {
    correlationId,
    report: { operation: null, rootField: null },
    caller: undefined,
    finish: (status, codes) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      http.metrics.request(exchange.report.rootField ?? 'none', status, seconds, codes);
      http.services.log.info({
        msg: 'request',
        correlationId,
        method: request.method ?? null,
        status,
        operation: exchange.report.operation,
        durationMs: seconds * 1000,
        actor: exchange.caller?.actorId ?? null,
        credential: exchange.caller?.credential ?? null,
        errors: codes,
      });
    },
    refuse: (refusal) => {
      replyRefusal(response, { ...refusal, correlationId });
      exchange.finish(refusal.status, [refusal.code]);
    },
  };
  return exchange;
};

/**
 * The rate limits, then the body: too large, unreadable or not the JSON it says it is, the request
 * is refused; otherwise the body as Apollo takes it.
 */
const admit = async (
  http: GraphQLOverHttp,
  request: IncomingMessage,
  headers: HeaderMap,
): Promise<{ readonly refusal: Refusal } | { readonly body: unknown }> => {
  const throttled = await http.rateLimits.admit(request);
  if (throttled)
    return {
      refusal: {
        status: 429,
        code: 'RATE_LIMITED',
        message: `Too many requests: ${throttled.reason}. Try again in ${throttled.retryAfterSeconds} s.`,
        headers: { 'retry-after': String(throttled.retryAfterSeconds) },
        extensions: { retryAfterSeconds: throttled.retryAfterSeconds },
      },
    };
  const body = await readBody(request, http.maxBodyBytes);
  if (body.kind === 'tooLarge')
    return {
      refusal: {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `The request body is larger than ${http.maxBodyBytes} bytes; send a shorter document or fewer variables.`,
        headers: { connection: 'close' },
      },
    };
  if (body.kind === 'broken')
    return { refusal: { status: 400, code: 'BAD_REQUEST', message: 'The request body could not be read.' } };
  if (!body.text || !(headers.get('content-type') ?? '').includes('json')) return { body: body.text };
  try {
    return { body: JSON.parse(body.text) as unknown };
  } catch {
    return { refusal: { status: 400, code: 'BAD_REQUEST', message: 'The request body is not JSON.' } };
  }
};

/** Apollo runs the operation for the caller the credential names, inside the access record's scope. */
const execute = (
  http: GraphQLOverHttp,
  request: IncomingMessage,
  graphQLRequest: { readonly headers: HeaderMap; readonly search: string; readonly body: unknown },
  exchange: Exchange,
) =>
  inAccessScope(
    () => exchange.report.rootField,
    (scope) =>
      http.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', ...graphQLRequest },
        context: async () => {
          try {
            exchange.caller = await authenticate(request.headers.authorization, http.services);
            scope.actor = actorOf(exchange.caller, exchange.correlationId, addressOf(request));
            return http.contextFor(exchange.caller, exchange.correlationId, exchange.report);
          } catch (error) {
            throw toGraphQLError(error, { correlationId: exchange.correlationId, log: http.services.log });
          }
        },
      }),
  );

/**
 * Apollo's answer, with the correlation id on each error; a refused sign-in counts against the
 * caller's address, and refusals go in the access record.
 */
const reply = async (
  http: GraphQLOverHttp,
  request: IncomingMessage,
  response: ServerResponse,
  answer: HTTPGraphQLResponse,
  exchange: Exchange,
): Promise<void> => {
  const status = answer.status ?? 200;
  for (const [key, value] of answer.headers) if (key !== 'content-length') response.setHeader(key, value);
  response.statusCode = status;
  if (status === 401) await http.rateLimits.signInRefused(request);
  if (answer.body.kind === 'complete') {
    const { text, codes } = withCorrelationId(answer.body.string, exchange.correlationId);
    response.end(text);
    recordRefusals(http.services.audit.access, request, {
      status,
      codes,
      caller: exchange.caller,
      correlationId: exchange.correlationId,
      operation: exchange.report.rootField,
    });
    return exchange.finish(status, codes);
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
  exchange.finish(status, []);
};

export const serveGraphQL =
  (http: GraphQLOverHttp) =>
  async (request: IncomingMessage, response: ServerResponse, search: string): Promise<void> => {
    const exchange = beginExchange(http, request, response);
    const headers = headersOf(request);
    const admitted = await admit(http, request, headers);
    if ('refusal' in admitted) return exchange.refuse(admitted.refusal);
    const answer = await execute(http, request, { headers, search, body: admitted.body }, exchange);
    await reply(http, request, response, answer, exchange);
  };
