/**
 * A command id names one command across the whole ledger. Sending it again with the same request
 * is a retry, answered with the first result; using it for anything else is refused, so a client
 * that reuses an id by mistake learns of it instead of having its new request silently dropped.
 */
import { createHash } from 'node:crypto';
import { configure } from 'safe-stable-stringify';
import type { LedgerCommandRequest } from '../domain/ledger';
import type { Actor } from '../domain/shared/command';
import { ValidationError } from '../domain/shared/errors';
import type { EventMetadata } from '../domain/shared/metadata';
import type { StoredEvent } from './ports/eventStore';

/** Keys sorted at every level, so the same request always hashes the same, whatever its key order. */
const canonicalJson = configure({ deterministic: true, bigint: true });

/** What makes a request this command: a retry repeats all of it. */
export const commandHash = (
  request: LedgerCommandRequest,
  options: { readonly actor: Actor; readonly occurredAt?: string | undefined },
): string =>
  `sha256:${createHash('sha256')
    .update(
      canonicalJson({
        type: request.type,
        data: request.data,
        occurredAt: options.occurredAt ?? null,
        actorId: options.actor.id,
      }) ?? '',
    )
    .digest('hex')}`;

const reused = (commandId: string) =>
  new ValidationError(
    'CommandIdReused',
    `Command id "${commandId}" has already been used for a different request; a retry must repeat the first request exactly, and a new request needs a new command id`,
  );

/**
 * Checks that events already recorded under a command id came from this very request. Events
 * recorded before command hashes were kept (version 0.1) are taken as this request when they are
 * in its stream, since nothing shows otherwise; in another stream they are another command.
 */
export const assertSameCommand = (
  previous: readonly StoredEvent[],
  request: { readonly streamName: string; readonly commandId: string; readonly hash: string },
): void => {
  const [first] = previous;
  if (!first) return;
  const recordedHash = (first.metadata as Partial<EventMetadata>).commandHash;
  if (first.streamName !== request.streamName) throw reused(request.commandId);
  if (recordedHash !== undefined && recordedHash !== request.hash) throw reused(request.commandId);
};
