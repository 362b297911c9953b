/**
 * Recording a command for a caller: their rights, their membership of the programme, the handler,
 * then waiting until the read models show what was recorded, so the payload reads its own write.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { LedgerCommandRequest } from '../domain/ledger';
import type { CommandOptions, CommandResult } from '../application/commandHandler';
import { actingRole, membershipCheck } from './auth/rights';
import type { LedgerContext } from './context';
import { unauthenticated } from './errors';
import type { RecordingArgs } from './inputs/recording';

export interface Recorded {
  readonly commandId: string;
  readonly streamRevision: bigint;
  readonly alreadyApplied: boolean;
  readonly eventTypes: readonly string[];
  /** False when the read models had not caught up with the command when it was answered. */
  readonly readModelsUpToDate: boolean;
}

/**
 * The id of an item a command creates, when the caller left it out. With a command id it is
 * derived from it, so a retried command addresses the same item and records nothing twice.
 */
export const newItemId = (recording: RecordingArgs, purpose: string): string => {
  if (!recording.commandId) return randomUUID();
  const hex = createHash('sha256').update(`${purpose}:${recording.commandId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/**
 * Records for the caller: `perform` runs the command with the options this builds (the actor from
 * the token, the role it acts in, membership of the programme, the caller's command id, expected
 * revision and business time).
 */
export const recordAs = async (
  context: LedgerContext,
  commandType: LedgerCommandRequest['type'],
  recording: RecordingArgs,
  perform: (options: CommandOptions) => Promise<CommandResult>,
): Promise<Recorded> => {
  const caller = context.caller;
  if (!caller) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>" with the request');
  const role = actingRole(caller, commandType);
  const { runner, readYourWritesMs, log } = context.services;
  const commandId = recording.commandId ?? randomUUID();
  const result = await perform({
    actor: { id: caller.actorId, role },
    commandId,
    correlationId: context.correlationId,
    // null, like leaving it out, means no expectation / now.
    ...(recording.expectedRevision != null ? { expectedRevision: recording.expectedRevision } : {}),
    ...(recording.occurredAt != null ? { occurredAt: recording.occurredAt } : {}),
    authorise: membershipCheck(caller, role),
  });
  const readModelsUpToDate = await runner.waitFor(result.lastPosition, readYourWritesMs, { failFast: true });
  if (!readModelsUpToDate) {
    log.warn({
      msg: 'read models behind after a command',
      correlationId: context.correlationId,
      position: result.lastPosition.toString(),
    });
  }
  return {
    commandId,
    streamRevision: result.streamRevision,
    alreadyApplied: result.alreadyApplied,
    eventTypes: result.events.map((event) => event.type),
    readModelsUpToDate,
  };
};

/** Inputs arrive as class instances with unset optional fields; commands are plain data. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
