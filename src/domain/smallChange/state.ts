import { unhandled } from '../shared/command';
import { stepOf, type Occurrence, type Step } from '../shared/businessTime';
import { stepsCorrectedBy } from '../shared/dateCorrection';
import type { SmallChangeEvent, Verdict } from './events';
import { smallChangeTime } from './time';

export type SmallChangeStatus =
  'Proposed' | 'Agreed' | 'Declined' | 'Implemented' | 'Reviewed' | 'Adapted' | 'Reverted' | 'Escalated';

export type SmallChange =
  | { readonly status: 'None' }
  | {
      readonly status: SmallChangeStatus;
      readonly id: string;
      readonly programmeId: string;
      readonly teamId: string;
      readonly barrierIds: readonly string[];
      readonly lastVerdict: Verdict | null;
      /** An escalation closed without result. */
      readonly escalationClosed: boolean;
      /** Every step so far, with when it occurred (corrections applied). */
      readonly steps: readonly Step[];
    };

export const initialSmallChange: SmallChange = { status: 'None' };

const STATUS_AFTER: Readonly<Partial<Record<SmallChangeEvent['type'], SmallChangeStatus>>> = {
  SmallChangeAgreed: 'Agreed',
  SmallChangeDeclined: 'Declined',
  SmallChangeImplemented: 'Implemented',
  SmallChangeReviewed: 'Reviewed',
  SmallChangeAdapted: 'Adapted',
  SmallChangeReverted: 'Reverted',
};

export const evolveSmallChange = (
  state: SmallChange,
  event: SmallChangeEvent,
  occurrence: Occurrence,
): SmallChange => {
  const step = stepOf(smallChangeTime, event, occurrence);
  if (event.type === 'SmallChangeProposed') {
    const { smallChangeId, programmeId, teamId, barrierIds } = event.data;
    return {
      status: 'Proposed',
      id: smallChangeId,
      programmeId,
      teamId,
      barrierIds,
      lastVerdict: null,
      escalationClosed: false,
      steps: [step],
    };
  }
  if (state.status === 'None') return state;
  const stepped = { ...state, steps: [...state.steps, step] };
  switch (event.type) {
    case 'SmallChangeAgreed':
    case 'SmallChangeDeclined':
    case 'SmallChangeImplemented':
    case 'SmallChangeAdapted':
    case 'SmallChangeReverted':
      return { ...stepped, status: STATUS_AFTER[event.type]! };
    case 'SmallChangeReviewed':
      return { ...stepped, status: 'Reviewed', lastVerdict: event.data.verdict };
    case 'SmallChangeEscalated':
      return {
        ...stepped,
        status: 'Escalated',
        barrierIds: [...state.barrierIds, event.data.nationalBarrierId],
      };
    case 'SmallChangeEscalationClosed':
      return { ...stepped, escalationClosed: true };
    case 'OccurredDateCorrected':
      return { ...state, steps: stepsCorrectedBy(state.steps, event) };
    default:
      return unhandled(event);
  }
};
