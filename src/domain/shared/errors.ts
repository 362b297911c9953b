/**
 * Rule violations, each with a code (mapped to GraphQL extensions.code in one place) and the
 * name of the rule it enforces. Messages are written for the person who made the request.
 */
export type DomainErrorCode = 'VALIDATION' | 'ILLEGAL_STATE' | 'NOT_FOUND' | 'CONCURRENCY' | 'FORBIDDEN';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  constructor(
    /** A stable identifier of the rule, e.g. 'RationaleRequired'. */
    readonly rule: string,
    message: string,
    /** The field of the command's data the rule is about, when it is about one (e.g. 'rationale'). */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request itself is malformed or incomplete. */
export class ValidationError extends DomainError {
  readonly code = 'VALIDATION';
}

/** The request is well formed but the item is not in a state that allows it. */
export class IllegalStateError extends DomainError {
  readonly code = 'ILLEGAL_STATE';
}

/** The request names something that does not exist in this programme. */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

/** Someone else changed the item first, and retrying did not resolve it. */
export class ConcurrencyError extends DomainError {
  readonly code = 'CONCURRENCY';
}

/** The caller may not do this. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}
