import type { BusinessTime } from '../shared/businessTime';
import type { SmallChangeEvent } from './events';

const DONE: Readonly<Record<SmallChangeEvent['type'], string>> = {
  SmallChangeProposed: 'proposed',
  SmallChangeAgreed: 'agreed',
  SmallChangeDeclined: 'declined',
  SmallChangeImplemented: 'implemented',
  SmallChangeReviewed: 'reviewed',
  SmallChangeAdapted: 'adapted',
  SmallChangeReverted: 'reverted',
  SmallChangeEscalated: 'escalated',
  SmallChangeEscalationClosed: 'closed as an escalation',
  OccurredDateCorrected: 'given a corrected date',
};

/** DOMAIN: proposed ≤ agreed, declined or escalated ≤ implemented ≤ reviewed ≤ adapted or reverted. */
export const smallChangeTime: BusinessTime<SmallChangeEvent> = {
  thread: () => 'smallChange',
  ordering: (earlier, later) => ({
    rule: 'SmallChangeStepsInOrder',
    message: `A small change cannot be ${DONE[later.type as SmallChangeEvent['type']]} on ${later.occurredAt}, before it was ${DONE[earlier.type as SmallChangeEvent['type']]} on ${earlier.occurredAt}`,
  }),
};
