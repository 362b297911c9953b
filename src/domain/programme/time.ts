import type { BusinessTime } from '../shared/businessTime';
import type { ProgrammeEvent } from './events';

const threadOf = (event: ProgrammeEvent): string => {
  switch (event.type) {
    case 'VisionSet':
    case 'VisionRevised':
      return 'vision';
    case 'PhaseStarted':
    case 'PhaseCompleted':
      return `phase:${event.data.phaseId}`;
    case 'ParticipantJoined':
    case 'ParticipantLeft':
    case 'ParticipantMovedTeam':
      return `participant:${event.data.participantId}`;
    default:
      return event.type;
  }
};

/**
 * DOMAIN: vision revisions in order, a phase completes no earlier than it started, a participant
 * leaves no earlier than they joined. The programme's other facts keep no order among themselves.
 */
export const programmeTime: BusinessTime<ProgrammeEvent> = {
  thread: threadOf,
  ordering: (earlier, later) => {
    if (earlier.thread !== later.thread) return undefined;
    const dates = `on ${later.occurredAt}, before the step it follows (${earlier.occurredAt})`;
    if (later.thread === 'vision')
      return { rule: 'VisionRevisionsInOrder', message: `The vision cannot be revised ${dates}` };
    if (later.thread.startsWith('phase:'))
      return {
        rule: 'PhaseCannotCompleteBeforeItStarts',
        message: `Phase ${later.thread.slice('phase:'.length)} cannot complete on ${later.occurredAt}, before it started (${earlier.occurredAt})`,
      };
    if (later.thread.startsWith('participant:') && later.type === 'ParticipantMovedTeam')
      return { rule: 'ParticipantMovesWhileInProgramme', message: `A participant cannot move team ${dates}` };
    if (later.thread.startsWith('participant:'))
      return { rule: 'ParticipantLeavesAfterJoining', message: `A participant cannot leave ${dates}` };
    return undefined;
  },
};
