/**
 * Team membership over time. People join and leave the programme and move between teams on dated
 * events; who was in the programme on a date is read from those steps as they stand (corrected
 * dates included), so co-ownership across levels counts who was actually there at the time.
 */
import { occursBefore } from '../shared/businessTime';
import { IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import { LIMITS } from '../shared/limits';
import { requireText } from '../shared/validation';
import type { Command } from '../shared/command';
import type { Level } from './events';
import type { Participant, ProgrammeDetails } from './state';

export type MoveParticipantToTeam = Command<
  'MoveParticipantToTeam',
  { programmeId: string; participantId: string; teamId: string; reason?: string }
>;

const stepOfParticipant = (programme: ProgrammeDetails, participantId: string, type: string) =>
  programme.steps.find((step) => step.thread === `participant:${participantId}` && step.type === type);

/**
 * DOMAIN: a participant is in the programme on a date when they joined on or before it and had not
 * left by it (someone who leaves on a day no longer counts on that day).
 */
export const inProgrammeOn = (programme: ProgrammeDetails, participantId: string, date: string): boolean => {
  const joined = stepOfParticipant(programme, participantId, 'ParticipantJoined');
  if (!joined || occursBefore(date, joined.occurredAt)) return false;
  const left = stepOfParticipant(programme, participantId, 'ParticipantLeft');
  return !left || occursBefore(date, left.occurredAt);
};

/** Each id must name a participant who was in the programme on the date (rule named by the caller). */
export const requireParticipantsOn = (
  programme: ProgrammeDetails,
  ids: readonly string[],
  date: string,
  rule: string,
  field: string,
): Participant[] =>
  ids.map((id) => {
    const participant = programme.participants[id];
    if (!participant)
      throw new NotFoundError(
        'ParticipantInProgramme',
        `${field}: ${id} is not a participant of this programme`,
      );
    if (!inProgrammeOn(programme, id, date))
      throw new ValidationError(
        rule,
        `${field}: participant ${id} was not in the programme on ${date.slice(0, 10)} (they had left, or not yet joined), so they do not count`,
      );
    return participant;
  });

export const levelsOn = (participants: readonly Participant[]): Set<Level> =>
  new Set(participants.map((participant) => participant.level));

export const moveToTeam = ({ data }: MoveParticipantToTeam, programme: ProgrammeDetails) => {
  const participant = programme.participants[data.participantId];
  if (!participant)
    throw new NotFoundError(
      'ParticipantInProgramme',
      `participant: ${data.participantId} is not a participant of this programme`,
    );
  if (!participant.active)
    throw new IllegalStateError(
      'ParticipantActive',
      `participant: ${data.participantId} has left the programme`,
    );
  if (!programme.teams[data.teamId])
    throw new NotFoundError('TeamInProgramme', `Team ${data.teamId} is not enrolled in this programme`);
  if (participant.teamId === data.teamId)
    throw new IllegalStateError(
      'MoveToAnotherTeam',
      `Participant ${data.participantId} is already in team ${data.teamId}`,
    );
  return {
    type: 'ParticipantMovedTeam' as const,
    data: {
      programmeId: programme.id,
      participantId: data.participantId,
      fromTeamId: participant.teamId,
      toTeamId: data.teamId,
      reason: data.reason === undefined ? null : requireText(data.reason, 'reason', LIMITS.statement),
    },
  };
};
