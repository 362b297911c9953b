import { unhandled } from '../shared/command';
import type { BarrierEvent, BarrierKind, BarrierScope } from './events';

export type Barrier =
  | { readonly status: 'None' }
  | {
      readonly status: 'Open' | 'Resolved';
      readonly id: string;
      readonly programmeId: string;
      readonly title: string;
      readonly kind: BarrierKind;
      readonly scope: BarrierScope;
    };

export const initialBarrier: Barrier = { status: 'None' };

export const evolveBarrier = (state: Barrier, event: BarrierEvent): Barrier => {
  switch (event.type) {
    case 'BarrierIdentified': {
      const { barrierId, programmeId, title, kind, scope } = event.data;
      return { status: 'Open', id: barrierId, programmeId, title, kind, scope };
    }
    case 'BarrierRescoped':
      return state.status === 'None' ? state : { ...state, scope: event.data.scope };
    case 'BarrierResolved':
      return state.status === 'None' ? state : { ...state, status: 'Resolved' };
    default:
      return unhandled(event);
  }
};
