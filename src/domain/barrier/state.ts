import { unhandled } from '../shared/command';
import { stepOf, type Occurrence, type Step } from '../shared/businessTime';
import { stepsCorrectedBy } from '../shared/dateCorrection';
import type { BarrierEvent, BarrierKind, BarrierScope } from './events';
import { barrierTime } from './time';

export type Barrier =
  | { readonly status: 'None' }
  | {
      readonly status: 'Open' | 'Resolved';
      readonly id: string;
      readonly programmeId: string;
      readonly title: string;
      readonly kind: BarrierKind;
      readonly scope: BarrierScope;
      /** The programme recorded that it could not resolve it. */
      readonly notResolved: boolean;
      readonly steps: readonly Step[];
    };

export const initialBarrier: Barrier = { status: 'None' };

export const evolveBarrier = (state: Barrier, event: BarrierEvent, occurrence: Occurrence): Barrier => {
  const step = stepOf(barrierTime, event, occurrence);
  if (event.type === 'BarrierIdentified') {
    const { barrierId, programmeId, title, kind, scope } = event.data;
    return {
      status: 'Open',
      id: barrierId,
      programmeId,
      title,
      kind,
      scope,
      notResolved: false,
      steps: [step],
    };
  }
  if (state.status === 'None') return state;
  switch (event.type) {
    case 'BarrierRescoped':
      return { ...state, scope: event.data.scope, steps: [...state.steps, step] };
    case 'BarrierResolved':
      return { ...state, status: 'Resolved', steps: [...state.steps, step] };
    case 'BarrierNotResolved':
      return { ...state, notResolved: true, steps: [...state.steps, step] };
    case 'OccurredDateCorrected':
      return { ...state, steps: stepsCorrectedBy(state.steps, event) };
    default:
      return unhandled(event);
  }
};
