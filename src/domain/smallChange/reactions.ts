import type { BarrierCommand } from '../barrier/events';
import type { SmallChangeEvent } from './events';

/**
 * DOMAIN: a small change that needs national change is escalated and becomes a national barrier.
 * The escalation is recorded first; this follow-up identifies the barrier (the handler gives it a
 * command id derived from the escalation's, so a retried escalation identifies it only once).
 */
export const identifyEscalatedBarrier = (
  event: SmallChangeEvent,
): Pick<Extract<BarrierCommand, { type: 'IdentifyBarrier' }>, 'type' | 'data'> | null => {
  if (event.type !== 'SmallChangeEscalated') return null;
  const { programmeId, smallChangeId, nationalBarrierId, nationalBarrierTitle, escalatedBy, rationale } =
    event.data;
  return {
    type: 'IdentifyBarrier',
    data: {
      programmeId,
      barrierId: nationalBarrierId,
      title: nationalBarrierTitle,
      description: rationale,
      kind: 'rule',
      scope: 'national',
      source: { kind: 'smallChange', id: smallChangeId },
      identifiedBy: escalatedBy,
    },
  };
};
