import { LIMITS } from '../shared/limits';
import { unhandled } from '../shared/command';
import { requireNewStepsInOrder } from '../shared/businessTime';
import { decideDateCorrection } from '../shared/dateCorrection';
import { IllegalStateError } from '../shared/errors';
import { requireNonEmpty, requireOneOf, requireRationale, requireText } from '../shared/validation';
import { existing, fresh, openProgrammeOn, requireParticipants, type Facts } from '../facts';
import type { ProgrammeDetails } from '../programme/state';
import { requireLearning } from '../shared/learning';
import {
  BARRIER_KINDS,
  BARRIER_SCOPES,
  BARRIER_SOURCES,
  type BarrierCommand,
  type BarrierEvent,
} from './events';
import type { Barrier } from './state';
import { barrierTime } from './time';

type Cmd<T extends BarrierCommand['type']> = Extract<BarrierCommand, { type: T }>;
type Known = Exclude<Barrier, { status: 'None' }>;

const identify = (
  { data }: Cmd<'IdentifyBarrier'>,
  state: Barrier,
  programme: ProgrammeDetails,
): BarrierEvent => {
  fresh(state, 'barrier');
  const { barrierId, programmeId, title, description, kind, scope, source, identifiedBy } = data;
  requireParticipants(programme, requireNonEmpty(identifiedBy, 'identified by'), 'identified by');
  return {
    type: 'BarrierIdentified',
    data: {
      barrierId,
      programmeId,
      title: requireText(title, 'title', LIMITS.title),
      description: requireText(description, 'description'),
      kind: requireOneOf(kind, BARRIER_KINDS, 'kind'),
      scope: requireOneOf(scope, BARRIER_SCOPES, 'scope'),
      source: {
        kind: requireOneOf(source.kind, BARRIER_SOURCES, 'source'),
        ...(source.id ? { id: source.id } : {}),
      },
      identifiedBy,
    },
  };
};

const decideStep = (
  command: Exclude<BarrierCommand, Cmd<'IdentifyBarrier'>>,
  barrier: Known,
  programme: ProgrammeDetails,
): BarrierEvent => {
  const { programmeId, barrierId } = command.data;
  switch (command.type) {
    case 'RescopeBarrier': {
      const scope = requireOneOf(command.data.scope, BARRIER_SCOPES, 'scope');
      if (barrier.scope === scope)
        throw new IllegalStateError('RescopeChangesScope', `The barrier is already ${scope}`);
      const rationale = requireRationale(command.data.rationale, 're-scoping a barrier');
      return { type: 'BarrierRescoped', data: { barrierId, programmeId, scope, rationale } };
    }
    case 'ResolveBarrier':
      if (barrier.status === 'Resolved')
        throw new IllegalStateError('ResolveOnce', 'The barrier is already resolved');
      return {
        type: 'BarrierResolved',
        data: { barrierId, programmeId, resolution: requireText(command.data.resolution, 'resolution') },
      };
    case 'RecordBarrierNotResolved': {
      if (barrier.status === 'Resolved' || barrier.notResolved)
        throw new IllegalStateError(
          'NotResolvedOnlyOpen',
          barrier.notResolved
            ? 'The barrier is already recorded as not resolved'
            : 'The barrier is resolved: it cannot also be recorded as not resolved',
        );
      const rationale = requireRationale(
        command.data.rationale,
        'recording that a barrier could not be resolved',
      );
      return {
        type: 'BarrierNotResolved',
        data: { barrierId, programmeId, rationale, ...requireLearning(command.data) },
      };
    }
    case 'CorrectBarrierDate':
      return decideDateCorrection(
        command.data,
        command.context,
        { kind: 'barrier', id: barrierId },
        barrier.steps,
        barrierTime,
        programme.startDate,
      );
    default:
      return unhandled(command);
  }
};

export const decideBarrier = (command: BarrierCommand, state: Barrier, facts: Facts): BarrierEvent[] => {
  const programme = openProgrammeOn(facts.programme, command.context);
  if (command.type === 'IdentifyBarrier') return [identify(command, state, programme)];
  const barrier = existing(state, command.data.programmeId, 'barrier', command.data.barrierId);
  const decided = decideStep(command, barrier, programme);
  return requireNewStepsInOrder(barrierTime, barrier.steps, [decided], command.context.occurredAt);
};
