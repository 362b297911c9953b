import { ValidationError } from '../../domain/shared/errors';
import { describeRevision, type ExpectedRevision, type StreamRevision } from './eventStore';

/** The writer's expected revision did not hold: someone else appended first, or the stream's existence differs. */
export class RevisionConflictError extends Error {
  readonly code = 'CONFLICT';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    readonly actual: StreamRevision,
  ) {
    super(
      `Stream ${streamName} was expected at ${describeRevision(expected)} but is at ${describeRevision(actual)}`,
    );
    this.name = 'RevisionConflictError';
  }
}

/** The store could not be reached or answered with a failure that is not the caller's fault. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The caller asked the store for something malformed (an empty append, an invalid stream name). */
export class InvalidAppendError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAppendError';
  }
}

/**
 * An append larger than the port's limit (MAX_APPEND_BYTES), or than the server's own: refused
 * whole, nothing written. A rule of the ledger the caller can act on (record less at once), so it
 * reaches API callers as BAD_USER_INPUT with rule AppendSizeLimit.
 */
export class AppendTooLargeError extends ValidationError {
  constructor(
    readonly streamName: string,
    readonly bytes: number | undefined,
    readonly limit: number,
  ) {
    super(
      'AppendSizeLimit',
      `What was to be recorded in ${streamName} is too large${bytes === undefined ? '' : ` (${bytes.toLocaleString('en-GB')} bytes)`}: ` +
        `the ledger records at most ${limit.toLocaleString('en-GB')} bytes at once; shorten the text or record it in parts`,
    );
  }
}

/** An append reused the id of a stored event without being a repeat of the append that stored it. */
export class DuplicateEventError extends Error {
  readonly code = 'DUPLICATE_EVENT';
  constructor(
    readonly streamName: string,
    readonly eventIds: readonly string[],
  ) {
    super(
      `An append to ${streamName} reuses the id of an event already stored (${eventIds.join(', ')}) without repeating the append that stored it; give each new event a fresh id`,
    );
    this.name = 'DuplicateEventError';
  }
}
