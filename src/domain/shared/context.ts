import type { Actor, CommandContext } from './command';
import { ValidationError } from './errors';
import { isBefore, requireDate } from './validation';

/** Clock skew tolerated between a client's "now" and the server's. */
const SKEW_MS = 5 * 60 * 1000;

/** DOMAIN: nothing occurs more than the allowed clock skew after the time of recording. */
export const requireNotInFuture = (occurredAt: string, recordedAt: string, what = 'occurred at'): void => {
  if (isBefore(new Date(Date.parse(recordedAt) + SKEW_MS).toISOString(), occurredAt)) {
    throw new ValidationError(
      'OccurredNotInFuture',
      `${what} (${occurredAt}) is in the future; record things once they have happened`,
    );
  }
};

/**
 * DOMAIN: business time may be in the past (a meeting recorded a week later), never in the
 * future; it defaults to the time of recording.
 */
export const commandContext = (actor: Actor, recordedAt: string, occurredAt?: string): CommandContext => {
  const occurred = occurredAt === undefined ? recordedAt : requireDate(occurredAt, 'occurred at');
  requireNotInFuture(occurred, recordedAt);
  return { actor, recordedAt, occurredAt: occurred };
};
