import { LIMITS } from '../shared/limits';
import { unhandled } from '../shared/command';
import { requireNewStepsInOrder } from '../shared/businessTime';
import { decideDateCorrection } from '../shared/dateCorrection';
import { IllegalStateError, ValidationError } from '../shared/errors';
import {
  requireFiniteNumber,
  requireNonEmpty,
  requireOneOf,
  requireRationale,
  requireText,
} from '../shared/validation';
import {
  citedFeedbackRounds,
  existing,
  fresh,
  openProgrammeOn,
  requireBarriers,
  requireParticipants,
  requireTeam,
  type Facts,
} from '../facts';
import type { ProgrammeDetails } from '../programme/state';
import { optionalReasons, requireLearning } from '../shared/learning';
import type { SmallChangeCommand } from './commands';
import { VERDICTS, type SmallChangeEvent } from './events';
import type { SmallChange, SmallChangeStatus } from './state';
import { smallChangeTime } from './time';

type Existing = Exclude<SmallChange, { status: 'None' }>;
type Cmd<T extends SmallChangeCommand['type']> = Extract<SmallChangeCommand, { type: T }>;

const requireStatus = (
  smallChange: Existing,
  allowed: readonly SmallChangeStatus[],
  rule: string,
  doing: string,
) => {
  if (!allowed.includes(smallChange.status)) {
    throw new IllegalStateError(
      rule,
      `A small change can be ${doing} only when ${allowed.join(' or ')}; this one is ${smallChange.status}`,
    );
  }
};

/** Changes in effect (implemented, reviewed or adapted) can be adapted, reviewed or reverted. */
const IN_EFFECT: readonly SmallChangeStatus[] = ['Implemented', 'Reviewed', 'Adapted'];

const propose = (
  { data }: Cmd<'ProposeSmallChange'>,
  state: SmallChange,
  facts: Facts,
  programme: ProgrammeDetails,
): SmallChangeEvent => {
  fresh(state, 'small change');
  const { programmeId, smallChangeId, teamId, title, description, proposedBy, barrierIds } = data;
  requireTeam(programme, teamId);
  requireParticipants(programme, requireNonEmpty(proposedBy, 'proposed by'), 'proposed by');
  requireBarriers(facts, requireNonEmpty(barrierIds, 'barriers eased'), programmeId);
  return {
    type: 'SmallChangeProposed',
    data: {
      smallChangeId,
      programmeId,
      teamId,
      title: requireText(title, 'title', LIMITS.title),
      description: requireText(description, 'description'),
      proposedBy,
      barrierIds,
    },
  };
};

const agree = (
  { data }: Cmd<'AgreeSmallChange'>,
  smallChange: Existing,
  facts: Facts,
  programme: ProgrammeDetails,
): SmallChangeEvent => {
  requireStatus(smallChange, ['Proposed'], 'AgreeOnlyProposed', 'agreed');
  // DOMAIN: a small change is within the LA's own power; one that needs national change is escalated instead.
  const national = requireBarriers(facts, smallChange.barrierIds, programme.id).filter(
    (barrier) => barrier.scope === 'national',
  );
  if (national.length > 0) {
    throw new IllegalStateError(
      'NationalChangeCannotBeAgreed',
      `This change needs national change (barrier "${national[0]!.title}" is national): escalate it instead of agreeing it`,
    );
  }
  requireParticipants(programme, requireNonEmpty(data.agreedBy, 'agreed by'), 'agreed by');
  const { smallChangeId, programmeId, agreedBy } = data;
  return { type: 'SmallChangeAgreed', data: { smallChangeId, programmeId, agreedBy } };
};

const decline = (
  { data }: Cmd<'DeclineSmallChange'>,
  smallChange: Existing,
  facts: Facts,
  programme: ProgrammeDetails,
): SmallChangeEvent => {
  requireStatus(smallChange, ['Proposed'], 'DeclineOnlyProposed', 'declined');
  requireParticipants(programme, requireNonEmpty(data.declinedBy, 'declined by'), 'declined by');
  const { smallChangeId, programmeId, declinedBy } = data;
  const rationale = requireRationale(data.rationale, 'declining a small change');
  const reasons = optionalReasons(facts, programmeId, data);
  return {
    type: 'SmallChangeDeclined',
    data: { smallChangeId, programmeId, declinedBy, rationale, ...reasons },
  };
};

const adapt = ({ data }: Cmd<'AdaptSmallChange'>, smallChange: Existing, facts: Facts): SmallChangeEvent => {
  requireStatus(smallChange, IN_EFFECT, 'AdaptOnlyInEffect', 'adapted');
  const { smallChangeId, programmeId } = data;
  return {
    type: 'SmallChangeAdapted',
    data: {
      smallChangeId,
      programmeId,
      whatChanged: requireText(data.whatChanged, 'what changed'),
      rationale: requireRationale(data.rationale, 'adapting a small change'),
      ...optionalReasons(facts, programmeId, { decision: data.decision }),
      ...citedFeedbackRounds(facts, programmeId, data.feedbackRoundIds),
    },
  };
};

const revert = (
  { data }: Cmd<'RevertSmallChange'>,
  smallChange: Existing,
  facts: Facts,
): SmallChangeEvent => {
  requireStatus(smallChange, IN_EFFECT, 'RevertOnlyInEffect', 'reverted');
  const { smallChangeId, programmeId } = data;
  return {
    type: 'SmallChangeReverted',
    data: {
      smallChangeId,
      programmeId,
      rationale: requireRationale(data.rationale, 'reverting a small change'),
      ...optionalReasons(facts, programmeId, data),
      ...citedFeedbackRounds(facts, programmeId, data.feedbackRoundIds),
    },
  };
};

const closeEscalation = ({ data }: Cmd<'CloseEscalation'>, smallChange: Existing): SmallChangeEvent => {
  requireStatus(smallChange, ['Escalated'], 'CloseOnlyEscalated', 'closed as an escalation');
  if (smallChange.escalationClosed)
    throw new IllegalStateError('EscalationOpen', 'This escalation has already been closed');
  const { smallChangeId, programmeId } = data;
  const rationale = requireRationale(data.rationale, 'closing an escalation without result');
  return {
    type: 'SmallChangeEscalationClosed',
    data: { smallChangeId, programmeId, rationale, ...requireLearning(data) },
  };
};

const review = ({ data, context }: Cmd<'ReviewSmallChange'>, smallChange: Existing): SmallChangeEvent => {
  requireStatus(smallChange, IN_EFFECT, 'ReviewOnlyImplemented', 'reviewed');
  const { smallChangeId, programmeId, hoursFreedPerWeek, practitionersNoticed, familiesNoticed, verdict } =
    data;
  if (requireFiniteNumber(hoursFreedPerWeek, 'hours freed per week') < -168 || hoursFreedPerWeek > 168) {
    throw new ValidationError('HoursInAWeek', 'hours freed per week must be between -168 and 168');
  }
  return {
    type: 'SmallChangeReviewed',
    data: {
      smallChangeId,
      programmeId,
      reviewedAt: context.occurredAt,
      hoursFreedPerWeek,
      practitionersNoticed: requireText(practitionersNoticed, 'what practitioners noticed'),
      familiesNoticed: familiesNoticed?.trim() ?? '',
      verdict: requireOneOf(verdict, VERDICTS, 'verdict'),
    },
  };
};

const escalate = (
  { data }: Cmd<'EscalateSmallChange'>,
  smallChange: Existing,
  facts: Facts,
  programme: ProgrammeDetails,
): SmallChangeEvent => {
  requireStatus(smallChange, ['Proposed'], 'EscalateOnlyProposed', 'escalated');
  const { smallChangeId, programmeId, nationalBarrierId, nationalBarrierTitle, escalatedBy, rationale } =
    data;
  if ((facts.barriers.get(nationalBarrierId)?.status ?? 'None') !== 'None') {
    throw new IllegalStateError(
      'IdNotInUse',
      `Barrier id ${nationalBarrierId} is already in use; escalation identifies a new national barrier`,
    );
  }
  requireParticipants(programme, requireNonEmpty(escalatedBy, 'escalated by'), 'escalated by');
  return {
    type: 'SmallChangeEscalated',
    data: {
      smallChangeId,
      programmeId,
      nationalBarrierId: requireText(nationalBarrierId, 'national barrier id', 100),
      nationalBarrierTitle: requireText(nationalBarrierTitle, 'national barrier title', 300),
      escalatedBy,
      rationale: requireRationale(rationale, 'escalating a small change'),
    },
  };
};

const decideStep = (
  command: Exclude<SmallChangeCommand, Cmd<'ProposeSmallChange'>>,
  smallChange: Existing,
  facts: Facts,
  programme: ProgrammeDetails,
): SmallChangeEvent => {
  const { smallChangeId, programmeId } = command.data;
  switch (command.type) {
    case 'AgreeSmallChange':
      return agree(command, smallChange, facts, programme);
    case 'DeclineSmallChange':
      return decline(command, smallChange, facts, programme);
    case 'ImplementSmallChange': {
      requireStatus(smallChange, ['Agreed'], 'ImplementOnlyAgreed', 'implemented');
      const whatChanged = requireText(command.data.whatChanged, 'what changed');
      const implementedAt = command.context.occurredAt;
      return {
        type: 'SmallChangeImplemented',
        data: { smallChangeId, programmeId, implementedAt, whatChanged },
      };
    }
    case 'ReviewSmallChange':
      return review(command, smallChange);
    case 'AdaptSmallChange':
      return adapt(command, smallChange, facts);
    case 'RevertSmallChange':
      return revert(command, smallChange, facts);
    case 'EscalateSmallChange':
      return escalate(command, smallChange, facts, programme);
    case 'CloseEscalation':
      return closeEscalation(command, smallChange);
    case 'CorrectSmallChangeDate':
      return decideDateCorrection(
        command.data,
        command.context,
        { kind: 'smallChange', id: smallChangeId },
        smallChange.steps,
        smallChangeTime,
        programme.startDate,
      );
    default:
      return unhandled(command);
  }
};

export const decideSmallChange = (
  command: SmallChangeCommand,
  state: SmallChange,
  facts: Facts,
): SmallChangeEvent[] => {
  const programme = openProgrammeOn(facts.programme, command.context);
  if (command.type === 'ProposeSmallChange') return [propose(command, state, facts, programme)];
  const smallChange = existing(state, command.data.programmeId, 'small change', command.data.smallChangeId);
  const decided = decideStep(command, smallChange, facts, programme);
  return requireNewStepsInOrder(smallChangeTime, smallChange.steps, [decided], command.context.occurredAt);
};
