/**
 * POST/GET /graphql: rate limits, the body (413 over the limit, 400 when it is not JSON), Apollo,
 * then the request's correlation id on every error answered and one JSON log line and one metric
 * per request, whatever became of it (refused sign-ins, 4xx and 429 included).
 */
import { HeaderMap, type ApolloServer } from '@apollo/server';
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

export const serveGraphQL = (http: GraphQLOverHttp) => {
  const { services, metrics } = http;
  return async (request: IncomingMessage, response: ServerResponse, search: string): Promise<void> => {
    const started = process.hrtime.bigint();
    const correlationId = correlationIdOf(request);
    response.setHeader('x-correlation-id', correlationId);
    const report: RequestReport = { operation: null, rootField: null };
    let caller: Caller | undefined;
    const finish = (status: number, codes: readonly string[]) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.request(report.rootField ?? 'none', status, seconds, codes);
      services.log.info({
        msg: 'request',
        correlationId,
        method: request.method ?? null,
        status,
        operation: report.operation,
        durationMs: seconds * 1000,
        actor: caller?.actorId ?? null,
        credential: caller?.credential ?? null,
        errors: codes,
      });
    };
    const refuse = (refusal: Omit<Parameters<typeof replyRefusal>[1], 'correlationId'>) => {
      replyRefusal(response, { ...refusal, correlationId });
      finish(refusal.status, [refusal.code]);
    };

    const throttled = await http.rateLimits.admit(request);
    if (throttled)
      return refuse({
        status: 429,
        code: 'RATE_LIMITED',
        message: `Too many requests: ${throttled.reason}. Try again in ${throttled.retryAfterSeconds} s.`,
        headers: { 'retry-after': String(throttled.retryAfterSeconds) },
        extensions: { retryAfterSeconds: throttled.retryAfterSeconds },
      });
    const body = await readBody(request, http.maxBodyBytes);
    if (body.kind === 'tooLarge')
      return refuse({
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `The request body is larger than ${http.maxBodyBytes} bytes; send a shorter document or fewer variables.`,
        headers: { connection: 'close' },
      });
    if (body.kind === 'broken')
      return refuse({ status: 400, code: 'BAD_REQUEST', message: 'The request body could not be read.' });
    const headers = headersOf(request);
    let parsed: unknown = body.text;
    if (body.text && (headers.get('content-type') ?? '').includes('json')) {
      try {
        parsed = JSON.parse(body.text);
      } catch {
        return refuse({ status: 400, code: 'BAD_REQUEST', message: 'The request body is not JSON.' });
      }
    }
    const answer = await inAccessScope(
      () => report.rootField,
      (scope) =>
        http.apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: request.method ?? 'GET', headers, search, body: parsed },
          context: async () => {
            try {
              caller = await authenticate(request.headers.authorization, services);
              scope.actor = actorOf(caller, correlationId, addressOf(request));
              return http.contextFor(caller, correlationId, report);
            } catch (error) {
              throw toGraphQLError(error, { correlationId, log: services.log });
            }
          },
        }),
    );
    const status = answer.status ?? 200;
    for (const [key, value] of answer.headers) if (key !== 'content-length') response.setHeader(key, value);
    response.statusCode = status;
    if (status === 401) await http.rateLimits.signInRefused(request);
    if (answer.body.kind === 'complete') {
      const { text, codes } = withCorrelationId(answer.body.string, correlationId);
      response.end(text);
      recordRefusals(services.audit.access, request, {
        status,
        codes,
        caller,
        correlationId,
        operation: report.rootField,
      });
      return finish(status, codes);
    }
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
    finish(status, []);
  };
};
