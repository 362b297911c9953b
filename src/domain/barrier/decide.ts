import { unhandled } from '../shared/command';
import { IllegalStateError } from '../shared/errors';
import { requireNonEmpty, requireOneOf, requireRationale, requireText } from '../shared/validation';
import { existing, fresh, openProgramme, requireParticipants, type Facts } from '../facts';
import {
  BARRIER_KINDS,
  BARRIER_SCOPES,
  BARRIER_SOURCES,
  type BarrierCommand,
  type BarrierEvent,
} from './events';
import type { Barrier } from './state';

export const decideBarrier = (command: BarrierCommand, state: Barrier, facts: Facts): BarrierEvent[] => {
  const programme = openProgramme(facts.programme);
  const { programmeId, barrierId } = command.data;
  switch (command.type) {
    case 'IdentifyBarrier': {
      fresh(state, 'barrier');
      const { title, description, kind, scope, source, identifiedBy } = command.data;
      requireParticipants(programme, requireNonEmpty(identifiedBy, 'identified by'), 'identified by');
      return [
        {
          type: 'BarrierIdentified',
          data: {
            barrierId,
            programmeId,
            title: requireText(title, 'title', 300),
            description: requireText(description, 'description'),
            kind: requireOneOf(kind, BARRIER_KINDS, 'kind'),
            scope: requireOneOf(scope, BARRIER_SCOPES, 'scope'),
            source: {
              kind: requireOneOf(source.kind, BARRIER_SOURCES, 'source'),
              ...(source.id ? { id: source.id } : {}),
            },
            identifiedBy,
          },
        },
      ];
    }
    case 'RescopeBarrier': {
      const barrier = existing(state, programmeId, 'barrier');
      const scope = requireOneOf(command.data.scope, BARRIER_SCOPES, 'scope');
      if (barrier.scope === scope)
        throw new IllegalStateError('RescopeChangesScope', `The barrier is already ${scope}`);
      const rationale = requireRationale(command.data.rationale, 're-scoping a barrier');
      return [{ type: 'BarrierRescoped', data: { barrierId, programmeId, scope, rationale } }];
    }
    case 'ResolveBarrier': {
      const barrier = existing(state, programmeId, 'barrier');
      if (barrier.status === 'Resolved')
        throw new IllegalStateError('ResolveOnce', 'The barrier is already resolved');
      return [
        {
          type: 'BarrierResolved',
          data: { barrierId, programmeId, resolution: requireText(command.data.resolution, 'resolution') },
        },
      ];
    }
    default:
      return unhandled(command);
  }
};
