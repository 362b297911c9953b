import type { BusinessTime } from '../shared/businessTime';
import type { BarrierEvent } from './events';

const DONE: Readonly<Record<BarrierEvent['type'], string>> = {
  BarrierIdentified: 'identified',
  BarrierRescoped: 're-scoped',
  BarrierResolved: 'resolved',
  BarrierNotResolved: 'recorded as not resolved',
  OccurredDateCorrected: 'given a corrected date',
};

/** DOMAIN: identified ≤ re-scoped ≤ resolved. */
export const barrierTime: BusinessTime<BarrierEvent> = {
  thread: () => 'barrier',
  ordering: (earlier, later) => ({
    rule: 'BarrierStepsInOrder',
    message: `A barrier cannot be ${DONE[later.type as BarrierEvent['type']]} on ${later.occurredAt}, before it was ${DONE[earlier.type as BarrierEvent['type']]} on ${earlier.occurredAt}`,
  }),
};
