/** One small decide function per step of an element's implementation (see implementation.ts). */
import { requireParticipants } from '../facts';
import type { ProgrammeDetails } from '../programme/state';
import { unhandled } from '../shared/command';
import { IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import { LIMITS } from '../shared/limits';
import { isBefore, requireDate, requireRationale, requireText } from '../shared/validation';
import type {
  ElementImplementationCommand,
  ElementImplementationEvent,
  ImplementationStatus,
  ImplementationState,
} from './implementation';
import { NOT_STARTED } from './implementation';
import type { Blueprint } from './state';

type Working = Exclude<Blueprint, { status: 'None' }>;
type Cmd<T extends ElementImplementationCommand['type']> = Extract<ElementImplementationCommand, { type: T }>;

const STATUS_WORDS: Record<ImplementationStatus, string> = {
  planned: 'planned, not started',
  inProgress: 'in progress',
  implemented: 'implemented',
  paused: 'paused',
  retired: 'retired',
};

/** The element's implementation as it stands; NOT_FOUND for an element not (or no longer) in the blueprint. */
const implementationOf = (blueprint: Working, elementId: string): ImplementationState => {
  if (!blueprint.elements.has(elementId))
    throw new NotFoundError('ElementInBlueprint', `Element ${elementId} is not in this blueprint`);
  const state = blueprint.implementation.get(elementId) ?? NOT_STARTED;
  if (state.status === 'retired')
    throw new IllegalStateError(
      'RetiredElementStaysRetired',
      `Element ${elementId} has been retired: its implementation is over (add a new element to try again)`,
    );
  return state;
};

/** DOMAIN: planned → in progress → implemented; in progress ⇄ paused; a step may only follow the one before it. */
const requireStatus = (
  state: ImplementationState,
  from: ImplementationStatus,
  elementId: string,
  doing: string,
): void => {
  if (state.status !== from)
    throw new IllegalStateError(
      'ElementImplementationLifecycle',
      `Element ${elementId} is ${STATUS_WORDS[state.status]}, so its implementation cannot ${doing} (it can from: ${STATUS_WORDS[from]})`,
    );
};

const plannedDates = (data: Cmd<'PlanElementImplementation'>['data']) => {
  const start = data.plannedStartOn ? requireDate(data.plannedStartOn, 'planned start') : null;
  const done = data.plannedImplementedBy
    ? requireDate(data.plannedImplementedBy, 'planned completion')
    : null;
  if (start && done && isBefore(done, start))
    throw new ValidationError(
      'PlannedDatesInOrder',
      `The planned completion (${done}) cannot come before the planned start (${start})`,
    );
  return { plannedStartOn: start, plannedImplementedBy: done };
};

const plan = (
  { data }: Cmd<'PlanElementImplementation'>,
  state: ImplementationState,
  programme: ProgrammeDetails,
): ElementImplementationEvent => {
  requireParticipants(programme, [data.ownerId], 'implementation owner');
  const rationale = state.planned
    ? requireRationale(data.rationale, 'the implementation of an element is planned again')
    : data.rationale?.trim() || null;
  const { programmeId, elementId, ownerId } = data;
  return {
    type: 'ElementImplementationPlanned',
    data: { programmeId, elementId, ownerId, ...plannedDates(data), rationale },
  };
};

const start = (
  { data }: Cmd<'StartElementImplementation'>,
  state: ImplementationState,
): ElementImplementationEvent => {
  requireStatus(state, 'planned', data.elementId, 'start');
  if (!state.ownerId)
    throw new IllegalStateError(
      'ImplementationHasOwner',
      `Element ${data.elementId} has no implementation owner yet: plan its implementation, naming its owner, first`,
    );
  return {
    type: 'ElementImplementationStarted',
    data: { programmeId: data.programmeId, elementId: data.elementId },
  };
};

const retire = ({ data }: Cmd<'RetireBlueprintElement'>): ElementImplementationEvent => ({
  type: 'BlueprintElementRetired',
  data: {
    programmeId: data.programmeId,
    elementId: data.elementId,
    rationale: requireRationale(data.rationale, 'an element is retired'),
    learning: requireText(data.learning, 'what was learnt'),
    nextStep: requireText(data.nextStep, 'what was done next', LIMITS.text),
  },
});

export const decideImplementation = (
  command: ElementImplementationCommand,
  blueprint: Working,
  programme: ProgrammeDetails,
): ElementImplementationEvent => {
  const { programmeId, elementId } = command.data;
  const state = implementationOf(blueprint, elementId);
  switch (command.type) {
    case 'PlanElementImplementation':
      return plan(command, state, programme);
    case 'StartElementImplementation':
      return start(command, state);
    case 'PauseElementImplementation': {
      requireStatus(state, 'inProgress', elementId, 'pause');
      const rationale = requireRationale(
        command.data.rationale,
        'the implementation of an element is paused',
      );
      return { type: 'ElementImplementationPaused', data: { programmeId, elementId, rationale } };
    }
    case 'ResumeElementImplementation':
      requireStatus(state, 'paused', elementId, 'resume');
      return {
        type: 'ElementImplementationResumed',
        data: { programmeId, elementId, rationale: command.data.rationale?.trim() || null },
      };
    case 'CompleteElementImplementation': {
      requireStatus(state, 'inProgress', elementId, 'be completed');
      const summary = requireText(command.data.summary, 'what was implemented');
      return { type: 'ElementImplemented', data: { programmeId, elementId, summary } };
    }
    case 'RetireBlueprintElement':
      return retire(command);
    default:
      return unhandled(command);
  }
};
