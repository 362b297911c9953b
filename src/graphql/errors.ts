/**
 * The one place errors become GraphQL errors. Domain rule violations keep their message and gain
 * an `extensions.code` (and the rule's name); invalid input lists every invalid field; anything
 * unexpected is logged with the request's correlation id and answered without internals.
 */
import { HeaderMap } from '@apollo/server';
import type { ValidationError as FieldError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, type DomainErrorCode } from '../domain/shared/errors';
import { isStorageFault, storageUnavailable } from '../infrastructure/storageFaults';
import type { LedgerContext } from './context';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INTERNAL_SERVER_ERROR'
  | 'QUERY_TOO_COMPLEX'
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'STORAGE_UNAVAILABLE';

/**
 * CONFLICT means "someone changed it first: reload and try again". A request the item's state
 * does not allow (agreeing a declined change) cannot succeed by retrying, so it is bad input.
 */
const CODES: Readonly<Record<DomainErrorCode, ErrorCode>> = {
  VALIDATION: 'BAD_USER_INPUT',
  ILLEGAL_STATE: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONCURRENCY: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
};

export const ledgerError = (code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { ...extensions, code } });

export const unauthenticated = (message: string) => ledgerError('UNAUTHENTICATED', message);

/** Codes whose GraphQL errors are safe to show as they are (from graphql-js, Apollo or here). */
const SHOWN = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'STORAGE_UNAVAILABLE',
]);

interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

/** Each invalid field's problems, and the domain rule each problem enforces (from the constraint's context). */
const fieldProblems = (
  errors: readonly FieldError[],
  path: string,
): (FieldProblem & { rules: (string | undefined)[] })[] =>
  errors.flatMap((error) => {
    const field = path ? `${path}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const rules = constraints.map(
      ([name]) => (error.contexts?.[name] as { rule?: string } | undefined)?.rule,
    );
    const own = constraints.map(([, problem]) => problem);
    return [
      ...(own.length ? [{ field, problems: own, rules }] : []),
      ...fieldProblems(error.children ?? [], field),
    ];
  });

/** Invalid input lists every field; when every problem breaks one domain rule, `rule` names it as the domain would. */
const invalidInput = (error: ArgumentValidationError): GraphQLError => {
  const found = fieldProblems(error.extensions.validationErrors, '');
  const fields = found.map(({ field, problems }) => ({ field, problems }));
  const rules = new Set(found.flatMap(({ rules }) => rules));
  const [rule] = rules;
  const listed = fields.map(({ field, problems }) => `${field}: ${problems.join('; ')}`).join(' | ');
  return ledgerError('BAD_USER_INPUT', `Some fields are not valid. ${listed}`, {
    ...(rules.size === 1 && rule ? { rule } : {}),
    fields,
  });
};

/** A domain rule about one field of the input reads like invalid input: the same `fields` list. */
const ruleBroken = (error: DomainError) =>
  ledgerError(CODES[error.code], error.message, {
    rule: error.rule,
    ...(error.field ? { fields: [{ field: error.field, problems: [error.message] }] } : {}),
  });

/** Seconds a client is asked to wait before trying again after a storage fault. */
const STORAGE_RETRY_AFTER_SECONDS = 30;

/**
 * A full or failing disk is neither the caller's mistake nor a bug: 503 with Retry-After, a code
 * that says so, and the reassurance that retrying with the same command id records nothing twice.
 */
const storageFault = (error: unknown, context: Pick<LedgerContext, 'correlationId' | 'log'>) => {
  const { message } = storageUnavailable(error, 'do this');
  context.log.warn({ msg: 'storage unavailable', correlationId: context.correlationId, error: message });
  return ledgerError(
    'STORAGE_UNAVAILABLE',
    `${message}. Try again in a little while: sending the same commandId again never records anything twice.`,
    {
      correlationId: context.correlationId,
      http: {
        status: 503,
        headers: new HeaderMap([['retry-after', String(STORAGE_RETRY_AFTER_SECONDS)]]),
      },
    },
  );
};

/** Turns what a resolver threw into the error the caller sees; unexpected ones are logged first. */
export const toGraphQLError = (error: unknown, context: Pick<LedgerContext, 'correlationId' | 'log'>) => {
  if (isStorageFault(error)) return storageFault(error, context);
  if (error instanceof DomainError) return ruleBroken(error);
  if (error instanceof ArgumentValidationError) return invalidInput(error);
  if (error instanceof GraphQLError && SHOWN.has(String(error.extensions.code))) return error;
  context.log.error({
    msg: 'unexpected error',
    correlationId: context.correlationId,
    error: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
  return internalError(context.correlationId);
};

export const internalError = (correlationId: string) =>
  ledgerError(
    'INTERNAL_SERVER_ERROR',
    `Something went wrong on our side; nothing you sent was recorded twice. Quote ${correlationId} when you report it.`,
    { correlationId },
  );

/** Every resolver's errors pass through here, where the request's correlation id is known. */
export const ErrorMapping: MiddlewareFn<LedgerContext> = async ({ context }, next) => {
  try {
    return await next();
  } catch (error) {
    throw toGraphQLError(error, context);
  }
};

/**
 * Apollo files a query over the limits (a validation rule's report) under
 * GRAPHQL_VALIDATION_FAILED, and a document over the token limit under GRAPHQL_PARSE_FAILED; both
 * are answered as QUERY_TOO_COMPLEX, the code callers can act on (ask for less).
 */
const limitCode = (formatted: GraphQLFormattedError, original: unknown): string | undefined => {
  if (original instanceof GraphQLError && original.extensions.code === 'QUERY_TOO_COMPLEX')
    return 'QUERY_TOO_COMPLEX';
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOKENS_OVER.test(formatted.message))
    return 'QUERY_TOO_COMPLEX';
  return undefined;
};

/** graphql-js's words for a document over maxTokens ("contains more that 5000 tokens", sic). */
export const TOKENS_OVER = /contains more th\w+ (\d+) tokens/;

export const tokensMessage = (message: string) =>
  `This document has more than ${TOKENS_OVER.exec(message)?.[1] ?? 'the allowed number of'} tokens (names, punctuation and values); send a shorter one.`;

/**
 * The last guard before a response leaves: errors raised outside resolvers (validation of the
 * document, variables) keep their code; anything else loses its internals.
 */
export const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof ArgumentValidationError) {
    const mapped = invalidInput(original);
    return { ...formatted, message: mapped.message, extensions: mapped.extensions };
  }
  const code = limitCode(formatted, original) ?? String(formatted.extensions?.code ?? '');
  const ours = code === 'INTERNAL_SERVER_ERROR' && formatted.extensions?.correlationId !== undefined;
  if (SHOWN.has(code) || ours) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    void _stacktrace;
    const message = TOKENS_OVER.test(formatted.message)
      ? tokensMessage(formatted.message)
      : formatted.message;
    return { ...formatted, message, extensions: { ...extensions, code } };
  }
  return { message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
};
