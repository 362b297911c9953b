/**
 * Who was in the programme, and in which team, on a date: read from each participant's dated
 * steps (joined, moved, left) as they stand, corrected dates included.
 */
import type { ParticipantDocument, ProgrammeDocument } from './programme';

const notAfter = (occurredAt: string, date: string) => occurredAt.slice(0, date.length) <= date;

/**
 * DOMAIN: someone is in the programme on a date when they joined on or before it and had not left
 * by it (on the day they leave they no longer count), in the team of their latest move by then.
 */
export const participantOn = (
  participant: ParticipantDocument,
  date: string,
): ParticipantDocument | undefined => {
  if (!notAfter(participant.joined.occurredAt, date)) return undefined;
  if (participant.left && notAfter(participant.left.occurredAt.slice(0, 10), date.slice(0, 10)))
    return undefined;
  const spells = [...participant.teamHistory]
    .filter((spell) => notAfter(spell.since.occurredAt, date))
    .sort((a, b) => a.since.occurredAt.localeCompare(b.since.occurredAt));
  return {
    ...participant,
    teamId: spells.at(-1)?.teamId ?? participant.teamHistory[0]?.teamId ?? null,
    active: true,
  };
};

/** Everyone in the programme on the date (in one team, when given), with the team they were in then. */
export const membersOn = (
  programme: ProgrammeDocument,
  date: string,
  teamId?: string,
): ParticipantDocument[] =>
  programme.participants.flatMap((participant) => {
    const then = participantOn(participant, date);
    return then && (teamId === undefined || then.teamId === teamId) ? [then] : [];
  });
