import {
  ErrorType,
  MaxAppendSizeExceededError,
  WrongExpectedVersionError,
  isCommandError,
} from '@eventstore/db-client';
import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  type ExpectedRevision,
  type StreamRevision,
} from '../../../application/ports/eventStore';
import {
  AppendTooLargeError,
  DuplicateEventError,
  RevisionConflictError,
  StoreUnavailableError,
} from '../../../application/ports/eventStoreErrors';

const UNREACHABLE_TYPES: readonly string[] = [
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
  // The server cancelled the call (it is shutting down); a cancellation of our own is not reported.
  ErrorType.CANCELLED,
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

/** The server reports a stream that does not exist as revision -1 on some paths, or not at all. */
export const revisionReported = (actual: unknown): StreamRevision =>
  typeof actual === 'bigint' && actual >= 0n ? actual : NO_STREAM;

/**
 * A "wrong expected version" on `any` (or on `stream_exists` for a stream that exists) cannot be
 * a revision conflict: it is the server refusing an append that repeats only some of a stored
 * append's event ids.
 */
export const wrongExpectedVersion = (
  streamName: string,
  expected: ExpectedRevision,
  actual: StreamRevision,
  eventIds: readonly string[],
): Error =>
  expected === ANY || (expected === STREAM_EXISTS && actual !== NO_STREAM)
    ? new DuplicateEventError(streamName, eventIds)
    : new RevisionConflictError(streamName, expected, actual);

/** What an append's failure means in the port's words. */
export const translateAppendError = (
  error: unknown,
  streamName: string,
  expected: ExpectedRevision,
  eventIds: readonly string[],
): Error => {
  if (error instanceof WrongExpectedVersionError)
    return wrongExpectedVersion(streamName, expected, revisionReported(error.actualVersion), eventIds);
  if (error instanceof MaxAppendSizeExceededError)
    return new AppendTooLargeError(streamName, undefined, error.maxAppendSize);
  return translateClientError(error, `append to ${streamName}`);
};
