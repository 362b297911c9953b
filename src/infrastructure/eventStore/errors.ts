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
