import { unhandled } from '../shared/command';
import { IllegalStateError, ValidationError } from '../shared/errors';
import {
  requireFiniteNumber,
  requireNonEmpty,
  requireNotBefore,
  requireOneOf,
  requireRationale,
  requireText,
} from '../shared/validation';
import {
  existing,
  fresh,
  openProgramme,
  requireBarriers,
  requireParticipants,
  requireTeam,
  type Facts,
} from '../facts';
import type { SmallChangeCommand } from './commands';
import { VERDICTS, type SmallChangeEvent } from './events';
import type { SmallChange, SmallChangeStatus } from './state';

type Existing = Exclude<SmallChange, { status: 'None' }>;

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

export const decideSmallChange = (
  command: SmallChangeCommand,
  state: SmallChange,
  facts: Facts,
): SmallChangeEvent[] => {
  const programme = openProgramme(facts.programme);
  const { programmeId, smallChangeId } = command.data;
  const ids = { smallChangeId, programmeId };
  if (command.type === 'ProposeSmallChange') {
    fresh(state, 'small change');
    const { teamId, title, description, proposedBy, barrierIds } = command.data;
    requireTeam(programme, teamId);
    requireParticipants(programme, requireNonEmpty(proposedBy, 'proposed by'), 'proposed by');
    requireBarriers(facts, requireNonEmpty(barrierIds, 'barriers eased'), programmeId);
    return [
      {
        type: 'SmallChangeProposed',
        data: {
          ...ids,
          teamId,
          title: requireText(title, 'title', 300),
          description: requireText(description, 'description'),
          proposedBy,
          barrierIds,
        },
      },
    ];
  }
  const smallChange = existing(state, programmeId, 'small change');
  switch (command.type) {
    case 'AgreeSmallChange': {
      requireStatus(smallChange, ['Proposed'], 'AgreeOnlyProposed', 'agreed');
      // DOMAIN: a small change is within the LA's own power; one that needs national change is escalated instead.
      const national = requireBarriers(facts, smallChange.barrierIds, programmeId).filter(
        (barrier) => barrier.scope === 'national',
      );
      if (national.length > 0) {
        throw new IllegalStateError(
          'NationalChangeCannotBeAgreed',
          `This change needs national change (barrier "${national[0]!.title}" is national): escalate it instead of agreeing it`,
        );
      }
      requireParticipants(programme, requireNonEmpty(command.data.agreedBy, 'agreed by'), 'agreed by');
      return [{ type: 'SmallChangeAgreed', data: { ...ids, agreedBy: command.data.agreedBy } }];
    }
    case 'DeclineSmallChange':
      requireStatus(smallChange, ['Proposed'], 'DeclineOnlyProposed', 'declined');
      requireParticipants(programme, requireNonEmpty(command.data.declinedBy, 'declined by'), 'declined by');
      return [
        {
          type: 'SmallChangeDeclined',
          data: {
            ...ids,
            declinedBy: command.data.declinedBy,
            rationale: requireRationale(command.data.rationale, 'declining a small change'),
          },
        },
      ];
    case 'ImplementSmallChange':
      requireStatus(smallChange, ['Agreed'], 'ImplementOnlyAgreed', 'implemented');
      return [
        {
          type: 'SmallChangeImplemented',
          data: {
            ...ids,
            implementedAt: command.context.occurredAt,
            whatChanged: requireText(command.data.whatChanged, 'what changed'),
          },
        },
      ];
    case 'ReviewSmallChange': {
      requireStatus(smallChange, IN_EFFECT, 'ReviewOnlyImplemented', 'reviewed');
      requireNotBefore(
        command.context.occurredAt,
        smallChange.implementedAt!,
        'ReviewAfterImplementation',
        'A small change cannot be reviewed before it was implemented',
      );
      const { hoursFreedPerWeek, practitionersNoticed, familiesNoticed, verdict } = command.data;
      if (requireFiniteNumber(hoursFreedPerWeek, 'hours freed per week') < -168 || hoursFreedPerWeek > 168) {
        throw new ValidationError('HoursInAWeek', 'hours freed per week must be between -168 and 168');
      }
      return [
        {
          type: 'SmallChangeReviewed',
          data: {
            ...ids,
            reviewedAt: command.context.occurredAt,
            hoursFreedPerWeek,
            practitionersNoticed: requireText(practitionersNoticed, 'what practitioners noticed'),
            familiesNoticed: familiesNoticed?.trim() ?? '',
            verdict: requireOneOf(verdict, VERDICTS, 'verdict'),
          },
        },
      ];
    }
    case 'AdaptSmallChange':
      requireStatus(smallChange, IN_EFFECT, 'AdaptOnlyInEffect', 'adapted');
      return [
        {
          type: 'SmallChangeAdapted',
          data: {
            ...ids,
            whatChanged: requireText(command.data.whatChanged, 'what changed'),
            rationale: requireRationale(command.data.rationale, 'adapting a small change'),
          },
        },
      ];
    case 'RevertSmallChange':
      requireStatus(smallChange, IN_EFFECT, 'RevertOnlyInEffect', 'reverted');
      return [
        {
          type: 'SmallChangeReverted',
          data: { ...ids, rationale: requireRationale(command.data.rationale, 'reverting a small change') },
        },
      ];
    case 'EscalateSmallChange': {
      requireStatus(smallChange, ['Proposed'], 'EscalateOnlyProposed', 'escalated');
      const { nationalBarrierId, nationalBarrierTitle, escalatedBy, rationale } = command.data;
      if ((facts.barriers.get(nationalBarrierId)?.status ?? 'None') !== 'None') {
        throw new IllegalStateError(
          'IdNotInUse',
          `Barrier id ${nationalBarrierId} is already in use; escalation identifies a new national barrier`,
        );
      }
      requireParticipants(programme, requireNonEmpty(escalatedBy, 'escalated by'), 'escalated by');
      return [
        {
          type: 'SmallChangeEscalated',
          data: {
            ...ids,
            nationalBarrierId: requireText(nationalBarrierId, 'national barrier id', 100),
            nationalBarrierTitle: requireText(nationalBarrierTitle, 'national barrier title', 300),
            escalatedBy,
            rationale: requireRationale(rationale, 'escalating a small change'),
          },
        },
      ];
    }
    default:
      return unhandled(command);
  }
};
