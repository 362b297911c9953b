/**
 * What a request over HTTP leaves in the access record: a refused sign-in (a token that did not
 * check out: 401), a request refused as FORBIDDEN, and (through the scope every request runs in)
 * each read of someone's details from the personal-data register, against the caller.
 */
import type { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AccessActor, AccessRecorder } from '../../application/audit/accessRecorder';
import { accessScope, type RequestScope } from '../../application/audit/accessScope';
import type { Caller } from '../auth/rights';
import { addressOf } from './rateLimits';

export const actorOf = (caller: Caller | undefined, correlationId: string, address: string): AccessActor => ({
  actorId: caller?.actorId ?? null,
  roles: caller?.roles ?? [],
  credential: caller?.credential ?? null,
  correlationId,
  address,
});

/** Runs the request in a scope that names its caller once known (see recordingReads). */
export const inAccessScope = <T>(
  operation: () => string | null,
  run: (scope: RequestScope) => Promise<T>,
) => {
  const scope: RequestScope = { actor: undefined, operation };
  return accessScope.run(scope, () => run(scope));
};

export const recordRefusals = (
  access: AccessRecorder,
  request: IncomingMessage,
  answer: {
    readonly status: number;
    readonly codes: readonly string[];
    readonly caller: Caller | undefined;
    readonly correlationId: string;
    readonly operation: string | null;
  },
): void => {
  const actor = actorOf(answer.caller, answer.correlationId, addressOf(request));
  if (answer.status === 401)
    access.record('signInRefused', actor, { operation: answer.operation, code: 'UNAUTHENTICATED' });
  else if (answer.codes.includes('FORBIDDEN'))
    access.record('requestRefused', actor, { operation: answer.operation, code: 'FORBIDDEN' });
};

/** The code of an error a subscription ended with: the mapped code, or the domain error's own. */
const codeOf = (error: GraphQLError): unknown =>
  error.extensions?.code ?? (error.originalError as { code?: unknown } | undefined)?.code;

/**
 * What a subscription over WebSocket leaves in the access record, as a request over HTTP would: a
 * connection whose token did not check out (a refused sign-in), a subscription refused as
 * FORBIDDEN (out of its programmes), and a connection closed because its credential stopped
 * holding (revoked or expired). `transport` tells them from requests over HTTP.
 */
export const recordSubscriptionRefusal = (
  access: AccessRecorder,
  request: IncomingMessage,
  refusal:
    | { readonly kind: 'signIn' }
    | {
        readonly kind: 'errors';
        readonly caller: Caller | undefined;
        readonly correlationId: string;
        readonly operation: string | null;
        readonly errors: readonly GraphQLError[];
      }
    | {
        readonly kind: 'closed';
        readonly caller: Caller;
        readonly correlationId: string;
        readonly reason: string;
      },
): void => {
  const transport = 'websocket';
  if (refusal.kind === 'signIn') {
    const actor = actorOf(undefined, randomUUID(), addressOf(request));
    access.record('signInRefused', actor, { operation: null, code: 'UNAUTHENTICATED', transport });
    return;
  }
  const actor = actorOf(refusal.caller, refusal.correlationId, addressOf(request));
  if (refusal.kind === 'closed')
    access.record('requestRefused', actor, {
      operation: null,
      code: 'FORBIDDEN',
      transport,
      reason: refusal.reason,
    });
  else if (refusal.errors.some((error) => codeOf(error) === 'FORBIDDEN'))
    access.record('requestRefused', actor, { operation: refusal.operation, code: 'FORBIDDEN', transport });
};
