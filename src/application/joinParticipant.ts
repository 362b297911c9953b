import type { Level, ParticipantRole } from '../domain/programme/events';
import type { CommandHandler, CommandOptions, CommandResult } from './commandHandler';
import type { PersonalDataRegister, PersonalDetails } from './ports/personalDataRegister';

export interface JoinParticipantRequest extends PersonalDetails {
  readonly programmeId: string;
  readonly participantId: string;
  readonly teamId?: string;
  readonly role: ParticipantRole;
  readonly level: Level;
}

/**
 * A participant joins: the event carries only their id, role and level; their name goes to the
 * personal-data register. The event is recorded first, so a refused join leaves no personal data
 * behind; retrying with the same command id records nothing twice and completes the register.
 */
export const joinParticipant = async (
  handler: CommandHandler,
  register: PersonalDataRegister,
  { displayName, contact, ...data }: JoinParticipantRequest,
  options: CommandOptions,
): Promise<CommandResult> => {
  const result = await handler.execute({ type: 'JoinParticipant', data }, options);
  await register.record(data.participantId, contact ? { displayName, contact } : { displayName });
  return result;
};
