import { ErrorType, isCommandError } from '@eventstore/db-client';
import { StoreUnavailableError } from '../errors';

const UNREACHABLE_TYPES: readonly string[] = [
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
];
/** gRPC status codes the client passes through untyped when no connection could be made. */
const UNREACHABLE_GRPC_CODES: readonly unknown[] = [4 /* DEADLINE_EXCEEDED */, 14 /* UNAVAILABLE */];

const isUnreachable = (error: Error): boolean =>
  isCommandError(error)
    ? UNREACHABLE_TYPES.includes(error.type)
    : UNREACHABLE_GRPC_CODES.includes((error as { code?: unknown }).code);

/** Turns the client's "cannot reach the server" family into the port's StoreUnavailableError. */
export const translateClientError = (error: unknown, attempted: string): Error => {
  const failure = error instanceof Error ? error : new Error(String(error));
  if (failure instanceof StoreUnavailableError || !isUnreachable(failure)) return failure;
  return new StoreUnavailableError(`EventStoreDB could not ${attempted}: ${failure.message}`, {
    cause: failure,
  });
};
