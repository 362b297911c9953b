import { unhandled } from '../shared/command';
import type { SmallChangeEvent, Verdict } from './events';

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
      readonly implementedAt: string | null;
      readonly lastVerdict: Verdict | null;
    };

export const initialSmallChange: SmallChange = { status: 'None' };

export const evolveSmallChange = (state: SmallChange, event: SmallChangeEvent): SmallChange => {
  if (event.type === 'SmallChangeProposed') {
    const { smallChangeId, programmeId, teamId, barrierIds } = event.data;
    return {
      status: 'Proposed',
      id: smallChangeId,
      programmeId,
      teamId,
      barrierIds,
      implementedAt: null,
      lastVerdict: null,
    };
  }
  if (state.status === 'None') return state;
  switch (event.type) {
    case 'SmallChangeAgreed':
      return { ...state, status: 'Agreed' };
    case 'SmallChangeDeclined':
      return { ...state, status: 'Declined' };
    case 'SmallChangeImplemented':
      return { ...state, status: 'Implemented', implementedAt: event.data.implementedAt };
    case 'SmallChangeReviewed':
      return { ...state, status: 'Reviewed', lastVerdict: event.data.verdict };
    case 'SmallChangeAdapted':
      return { ...state, status: 'Adapted' };
    case 'SmallChangeReverted':
      return { ...state, status: 'Reverted' };
    case 'SmallChangeEscalated':
      return {
        ...state,
        status: 'Escalated',
        barrierIds: [...state.barrierIds, event.data.nationalBarrierId],
      };
    default:
      return unhandled(event);
  }
};
