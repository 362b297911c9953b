/**
 * The exact refusals a person sees when a small change is recorded wrongly: the error's class, its
 * rule and the whole sentence (each names the field, step or action it is about), and the bounds
 * and clean-up of a review.
 */
import type { Given } from './givenWhenThen';
import { specFor } from './givenWhenThen';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { smallChangeAggregate } from '../../src/domain/smallChange';
import type { SmallChangeCommand } from '../../src/domain/smallChange/commands';
import type { SmallChangeEvent } from '../../src/domain/smallChange/events';
import { commandsOf, DUTY_TEAM, LEFT, LOCAL_BARRIER, MANAGER, P, programmeFacts, SW1 } from './fixtures';

const given = specFor(smallChangeAggregate, programmeFacts);
const command = commandsOf<SmallChangeCommand>();
const SC = 'sc-shared-calendar';
const ids = { smallChangeId: SC, programmeId: P };
const NOBODY = 'person-nobody';

const proposed: SmallChangeEvent = {
  type: 'SmallChangeProposed',
  data: {
    ...ids,
    teamId: DUTY_TEAM,
    title: 'Shared visit calendar',
    description: 'One calendar for the duty team',
    proposedBy: [SW1],
    barrierIds: [LOCAL_BARRIER],
  },
};
const agreed: SmallChangeEvent = { type: 'SmallChangeAgreed', data: { ...ids, agreedBy: [MANAGER] } };
const implemented: SmallChangeEvent = {
  type: 'SmallChangeImplemented',
  data: { ...ids, implementedAt: '2021-09-01', whatChanged: 'Calendar in use' },
};
const reverted: SmallChangeEvent = {
  type: 'SmallChangeReverted',
  data: { ...ids, rationale: 'Nobody used it' },
};
const escalated: SmallChangeEvent = {
  type: 'SmallChangeEscalated',
  data: {
    ...ids,
    nationalBarrierId: 'barrier-national-forms',
    nationalBarrierTitle: 'Prescribed visit forms',
    escalatedBy: [SW1],
    rationale: 'The forms are set nationally',
  },
};
const closed: SmallChangeEvent = {
  type: 'SmallChangeEscalationClosed',
  data: { ...ids, rationale: 'No reply', learning: 'Ask earlier', nextStep: 'Raised at the forum' },
};

const PROPOSED = [proposed];
const AGREED = [proposed, agreed];
const IMPLEMENTED = [proposed, agreed, implemented];
const ESCALATED = [proposed, escalated];

const propose = command('ProposeSmallChange', {
  smallChangeId: SC,
  teamId: DUTY_TEAM,
  title: 'Shared visit calendar',
  description: 'One calendar for the duty team',
  proposedBy: [SW1],
  barrierIds: [LOCAL_BARRIER],
});
const agree = command('AgreeSmallChange', { smallChangeId: SC, agreedBy: [MANAGER] });
const decline = command('DeclineSmallChange', {
  smallChangeId: SC,
  declinedBy: [MANAGER],
  rationale: 'Too costly',
});
const implement = command('ImplementSmallChange', { smallChangeId: SC, whatChanged: 'Calendar in use' });
const review = command('ReviewSmallChange', {
  smallChangeId: SC,
  hoursFreedPerWeek: 2,
  practitionersNoticed: 'Fewer clashes',
  familiesNoticed: 'Visits on time',
  verdict: 'keep',
});
const adapt = command('AdaptSmallChange', {
  smallChangeId: SC,
  whatChanged: 'Adds a colour key',
  rationale: 'Clearer',
});
const revert = command('RevertSmallChange', { smallChangeId: SC, rationale: 'Nobody used it' });
const escalate = command('EscalateSmallChange', {
  smallChangeId: SC,
  nationalBarrierId: 'barrier-national-forms',
  nationalBarrierTitle: 'Prescribed visit forms',
  escalatedBy: [SW1],
  rationale: 'The forms are set nationally',
});
const closeEscalation = command('CloseEscalation', {
  smallChangeId: SC,
  rationale: 'No reply',
  learning: 'Ask earlier',
  nextStep: 'Raised at the forum',
});

/** The command with some of its data replaced. */
const withData = <C extends SmallChangeCommand>(base: C, data: Partial<C['data']>): C =>
  ({ ...base, data: { ...base.data, ...data } }) as C;

type ErrorClass = typeof ValidationError | typeof IllegalStateError | typeof NotFoundError;
interface Refusal {
  readonly name: string;
  readonly history: readonly Given<SmallChangeEvent>[];
  readonly cmd: SmallChangeCommand;
  readonly error: ErrorClass;
  readonly rule: string;
  readonly message: string;
}

const refuses = ({ history, cmd, error, rule, message }: Refusal) => {
  expect(given(history).when(cmd).thenThrows(error, rule)).toBe(message);
};

describe('Small change refusals name the step, the states allowed and the state it is in', () => {
  it.each<Refusal>([
    {
      name: 'adapting before it is in effect names all three states it may be in',
      history: AGREED,
      cmd: adapt,
      error: IllegalStateError,
      rule: 'AdaptOnlyInEffect',
      message:
        'A small change can be adapted only when Implemented or Reviewed or Adapted; this one is Agreed',
    },
    {
      name: 'reverting twice',
      history: [...IMPLEMENTED, reverted],
      cmd: revert,
      error: IllegalStateError,
      rule: 'RevertOnlyInEffect',
      message:
        'A small change can be reverted only when Implemented or Reviewed or Adapted; this one is Reverted',
    },
    {
      name: 'reviewing before it is implemented',
      history: AGREED,
      cmd: review,
      error: IllegalStateError,
      rule: 'ReviewOnlyImplemented',
      message:
        'A small change can be reviewed only when Implemented or Reviewed or Adapted; this one is Agreed',
    },
    {
      name: 'declining once agreed',
      history: AGREED,
      cmd: decline,
      error: IllegalStateError,
      rule: 'DeclineOnlyProposed',
      message: 'A small change can be declined only when Proposed; this one is Agreed',
    },
    {
      name: 'escalating once agreed',
      history: AGREED,
      cmd: escalate,
      error: IllegalStateError,
      rule: 'EscalateOnlyProposed',
      message: 'A small change can be escalated only when Proposed; this one is Agreed',
    },
    {
      name: 'closing an escalation that was never escalated',
      history: PROPOSED,
      cmd: closeEscalation,
      error: IllegalStateError,
      rule: 'CloseOnlyEscalated',
      message: 'A small change can be closed as an escalation only when Escalated; this one is Proposed',
    },
    {
      name: 'closing an escalation twice',
      history: [...ESCALATED, closed],
      cmd: closeEscalation,
      error: IllegalStateError,
      rule: 'EscalationOpen',
      message: 'This escalation has already been closed',
    },
    {
      name: 'proposing under an id already in use',
      history: PROPOSED,
      cmd: propose,
      error: IllegalStateError,
      rule: 'IdNotInUse',
      message: 'A small change with this id has already been recorded',
    },
    {
      name: 'escalating to a barrier id already in use',
      history: PROPOSED,
      cmd: withData(escalate, { nationalBarrierId: LOCAL_BARRIER }),
      error: IllegalStateError,
      rule: 'IdNotInUse',
      message: `Barrier id ${LOCAL_BARRIER} is already in use; escalation identifies a new national barrier`,
    },
  ])('$name', refuses);
});

describe('Small change refusals name the field that is wrong', () => {
  it.each<Refusal>([
    {
      name: 'a proposal proposed by nobody',
      history: [],
      cmd: withData(propose, { proposedBy: [] }),
      error: ValidationError,
      rule: 'AtLeastOneRequired',
      message: 'proposed by needs at least one entry',
    },
    {
      name: 'a proposal proposed by someone who is not a participant',
      history: [],
      cmd: withData(propose, { proposedBy: [NOBODY] }),
      error: NotFoundError,
      rule: 'ParticipantInProgramme',
      message: `proposed by: ${NOBODY} is not a participant of this programme`,
    },
    {
      name: 'a proposal easing no barrier',
      history: [],
      cmd: withData(propose, { barrierIds: [] }),
      error: ValidationError,
      rule: 'AtLeastOneRequired',
      message: 'barriers eased needs at least one entry',
    },
    {
      name: 'a proposal with a blank description',
      history: [],
      cmd: withData(propose, { description: '   ' }),
      error: ValidationError,
      rule: 'RequiredText',
      message: 'description must not be empty',
    },
    {
      name: 'an agreement agreed by nobody',
      history: PROPOSED,
      cmd: withData(agree, { agreedBy: [] }),
      error: ValidationError,
      rule: 'AtLeastOneRequired',
      message: 'agreed by needs at least one entry',
    },
    {
      name: 'an agreement by someone who has left',
      history: PROPOSED,
      cmd: withData(agree, { agreedBy: [LEFT] }),
      error: IllegalStateError,
      rule: 'ParticipantActive',
      message: `agreed by: participant ${LEFT} has left the programme`,
    },
    {
      name: 'a decline declined by nobody',
      history: PROPOSED,
      cmd: withData(decline, { declinedBy: [] }),
      error: ValidationError,
      rule: 'AtLeastOneRequired',
      message: 'declined by needs at least one entry',
    },
    {
      name: 'a decline by someone who is not a participant',
      history: PROPOSED,
      cmd: withData(decline, { declinedBy: [NOBODY] }),
      error: NotFoundError,
      rule: 'ParticipantInProgramme',
      message: `declined by: ${NOBODY} is not a participant of this programme`,
    },
    {
      name: 'an implementation saying nothing about what changed',
      history: AGREED,
      cmd: withData(implement, { whatChanged: ' ' }),
      error: ValidationError,
      rule: 'RequiredText',
      message: 'what changed must not be empty',
    },
    {
      name: 'an adaptation saying nothing about what changed',
      history: IMPLEMENTED,
      cmd: withData(adapt, { whatChanged: '' }),
      error: ValidationError,
      rule: 'RequiredText',
      message: 'what changed must not be empty',
    },
    {
      name: 'a review whose hours are not a number',
      history: IMPLEMENTED,
      cmd: withData(review, { hoursFreedPerWeek: Number.NaN }),
      error: ValidationError,
      rule: 'FiniteNumber',
      message: 'hours freed per week must be a number',
    },
    {
      name: 'a review saying nothing about what practitioners noticed',
      history: IMPLEMENTED,
      cmd: withData(review, { practitionersNoticed: '  ' }),
      error: ValidationError,
      rule: 'RequiredText',
      message: 'what practitioners noticed must not be empty',
    },
    {
      name: 'a review with an unknown verdict',
      history: IMPLEMENTED,
      cmd: withData(review, { verdict: 'maybe' as 'keep' }),
      error: ValidationError,
      rule: 'UnknownValue',
      message: 'verdict must be one of keep, adapt, revert; got "maybe"',
    },
    {
      name: 'an escalation escalated by nobody',
      history: PROPOSED,
      cmd: withData(escalate, { escalatedBy: [] }),
      error: ValidationError,
      rule: 'AtLeastOneRequired',
      message: 'escalated by needs at least one entry',
    },
    {
      name: 'an escalation by someone who has left',
      history: PROPOSED,
      cmd: withData(escalate, { escalatedBy: [LEFT] }),
      error: IllegalStateError,
      rule: 'ParticipantActive',
      message: `escalated by: participant ${LEFT} has left the programme`,
    },
    {
      name: 'an escalation with a blank national barrier id',
      history: PROPOSED,
      cmd: withData(escalate, { nationalBarrierId: ' ' }),
      error: ValidationError,
      rule: 'RequiredText',
      message: 'national barrier id must not be empty',
    },
    {
      name: 'an escalation with a blank national barrier title',
      history: PROPOSED,
      cmd: withData(escalate, { nationalBarrierTitle: '' }),
      error: ValidationError,
      rule: 'RequiredText',
      message: 'national barrier title must not be empty',
    },
  ])('$name', refuses);
});

describe('A small change step that needs a rationale says which step needs it', () => {
  it.each<{ name: string; history: readonly SmallChangeEvent[]; cmd: SmallChangeCommand; message: string }>([
    {
      name: 'declining',
      history: PROPOSED,
      cmd: withData(decline, { rationale: '' }),
      message: 'A rationale is required when declining a small change',
    },
    {
      name: 'adapting',
      history: IMPLEMENTED,
      cmd: withData(adapt, { rationale: ' ' }),
      message: 'A rationale is required when adapting a small change',
    },
    {
      name: 'reverting',
      history: IMPLEMENTED,
      cmd: withData(revert, { rationale: '' }),
      message: 'A rationale is required when reverting a small change',
    },
    {
      name: 'closing an escalation',
      history: ESCALATED,
      cmd: withData(closeEscalation, { rationale: '' }),
      message: 'A rationale is required when closing an escalation without result',
    },
    {
      name: 'escalating',
      history: PROPOSED,
      cmd: withData(escalate, { rationale: '  ' }),
      message: 'A rationale is required when escalating a small change',
    },
  ])('$name', ({ history, cmd, message }) => {
    let caught: unknown;
    try {
      smallChangeAggregate.decide(cmd, given(history).state, programmeFacts());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(caught).toMatchObject({ rule: 'RationaleRequired', field: 'rationale', message });
  });
});

const reviewedWith = (data: Partial<Extract<SmallChangeEvent, { type: 'SmallChangeReviewed' }>['data']>) => ({
  type: 'SmallChangeReviewed',
  data: {
    ...ids,
    reviewedAt: '2022-03-14T10:00:00.000Z',
    hoursFreedPerWeek: 2,
    practitionersNoticed: 'Fewer clashes',
    familiesNoticed: 'Visits on time',
    verdict: 'keep',
    ...data,
  },
});

describe('A small change review', () => {
  it.each([-168, 168])('accepts %p hours freed per week, a whole week either way', (hours) => {
    given(IMPLEMENTED)
      .when(withData(review, { hoursFreedPerWeek: hours }))
      .then([reviewedWith({ hoursFreedPerWeek: hours }) as SmallChangeEvent]);
  });

  it.each([-168.5, 168.5])('refuses %p hours freed per week, more than a week', (hours) => {
    refuses({
      name: `${hours} hours`,
      history: IMPLEMENTED,
      cmd: withData(review, { hoursFreedPerWeek: hours }),
      error: ValidationError,
      rule: 'HoursInAWeek',
      message: 'hours freed per week must be between -168 and 168',
    });
  });

  it.each([
    { name: 'whitespace only', given: ' \t  ', recorded: '' },
    { name: 'padded', given: '  Visits on time  ', recorded: 'Visits on time' },
    { name: 'left out', given: undefined, recorded: '' },
  ])('records what families noticed, $name, trimmed', ({ given: familiesNoticed, recorded }) => {
    given(IMPLEMENTED)
      .when(withData(review, { familiesNoticed: familiesNoticed as string }))
      .then([reviewedWith({ familiesNoticed: recorded }) as SmallChangeEvent]);
  });
});

describe('A small change state', () => {
  it('counts the national barrier it was escalated to among the barriers it eases', () => {
    const { state } = given(ESCALATED);
    expect(state).toMatchObject({
      status: 'Escalated',
      barrierIds: [LOCAL_BARRIER, 'barrier-national-forms'],
    });
    // Agreeing one would look at every barrier it eases, the national one included.
    expect(smallChangeAggregate.references(agree, state)).toEqual([
      { kind: 'barrier', id: LOCAL_BARRIER },
      { kind: 'barrier', id: 'barrier-national-forms' },
    ]);
  });

  it("dates each step in the small change's own lifecycle, in the smallChange stream", () => {
    expect(given([proposed, agreed]).state).toMatchObject({
      steps: [
        { eventId: 'event-1', occurredAt: '2021-09-01', type: 'SmallChangeProposed', thread: 'smallChange' },
        { eventId: 'event-2', occurredAt: '2021-09-01', type: 'SmallChangeAgreed', thread: 'smallChange' },
      ],
    });
    expect(smallChangeAggregate.category).toBe('smallChange');
  });
});
