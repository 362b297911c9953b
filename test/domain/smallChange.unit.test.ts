import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { smallChangeAggregate } from '../../src/domain/smallChange';
import type { SmallChangeCommand } from '../../src/domain/smallChange/commands';
import type { SmallChangeEvent } from '../../src/domain/smallChange/events';
import { identifyEscalatedBarrier } from '../../src/domain/smallChange/reactions';
import {
  commandsOf,
  DUTY_TEAM,
  LOCAL_BARRIER,
  MANAGER,
  NATIONAL_BARRIER,
  P,
  programmeFacts,
  SW1,
} from './fixtures';
import { on, specFor } from './givenWhenThen';

const given = specFor(smallChangeAggregate, programmeFacts);
const command = commandsOf<SmallChangeCommand>();
const SC = 'sc-one-page-notes';
const ids = { smallChangeId: SC, programmeId: P };

const propose = command('ProposeSmallChange', {
  smallChangeId: SC,
  teamId: DUTY_TEAM,
  title: 'One-page visit notes',
  description: 'Replace the four-page template',
  proposedBy: [SW1],
  barrierIds: [LOCAL_BARRIER],
});
const proposed: SmallChangeEvent = {
  type: 'SmallChangeProposed',
  data: {
    ...ids,
    teamId: DUTY_TEAM,
    title: 'One-page visit notes',
    description: 'Replace the four-page template',
    proposedBy: [SW1],
    barrierIds: [LOCAL_BARRIER],
  },
};
const agreed: SmallChangeEvent = { type: 'SmallChangeAgreed', data: { ...ids, agreedBy: [MANAGER] } };
const implemented: SmallChangeEvent = {
  type: 'SmallChangeImplemented',
  data: { ...ids, implementedAt: '2021-10-14', whatChanged: 'Template v2 in use' },
};
const reviewed: SmallChangeEvent = {
  type: 'SmallChangeReviewed',
  data: {
    ...ids,
    reviewedAt: '2021-11-11',
    hoursFreedPerWeek: 2.5,
    practitionersNoticed: 'Less evening typing',
    familiesNoticed: 'Longer visits',
    verdict: 'adapt',
  },
};

const agree = command('AgreeSmallChange', { smallChangeId: SC, agreedBy: [MANAGER] });
const implement = command(
  'ImplementSmallChange',
  { smallChangeId: SC, whatChanged: 'Template v2 in use' },
  '2021-10-14',
);
const review = command(
  'ReviewSmallChange',
  {
    smallChangeId: SC,
    hoursFreedPerWeek: 2.5,
    practitionersNoticed: 'Less evening typing',
    familiesNoticed: 'Longer visits',
    verdict: 'adapt',
  },
  '2021-11-11',
);
const adapt = command('AdaptSmallChange', {
  smallChangeId: SC,
  whatChanged: 'Adds a risk box',
  rationale: 'Managers needed risk visible',
});
const revert = command('RevertSmallChange', {
  smallChangeId: SC,
  rationale: 'Inspectors could not find the risk analysis',
});
const decline = command('DeclineSmallChange', {
  smallChangeId: SC,
  declinedBy: [MANAGER],
  rationale: 'Duplicates the new case system',
});
const escalate = command('EscalateSmallChange', {
  smallChangeId: SC,
  nationalBarrierId: 'barrier-new-national',
  nationalBarrierTitle: 'Statutory visit forms',
  escalatedBy: [SW1, MANAGER],
  rationale: 'The form is prescribed nationally',
});

describe('Small change', () => {
  it('walks proposed → agreed → implemented → reviewed', () => {
    given([]).when(propose).then([proposed]);
    given([proposed]).when(agree).then([agreed]);
    given([proposed, agreed]).when(implement).then([implemented]);
    given([proposed, agreed, implemented]).when(review).then([reviewed]);
  });

  it('refuses a proposal without a team, proposers or barriers of this programme', () => {
    given([])
      .when({ ...propose, data: { ...propose.data, teamId: 'team-x' } })
      .thenThrows(NotFoundError, 'TeamInProgramme');
    given([])
      .when({ ...propose, data: { ...propose.data, proposedBy: [] } })
      .thenThrows(ValidationError, 'AtLeastOneRequired');
    given([])
      .when({ ...propose, data: { ...propose.data, barrierIds: ['barrier-unknown'] } })
      .thenThrows(NotFoundError, 'BarrierInProgramme');
    given([proposed]).when(propose).thenThrows(IllegalStateError, 'IdNotInUse');
    const long = given([])
      .when({ ...propose, data: { ...propose.data, title: 'x'.repeat(201) } })
      .thenThrows(ValidationError, 'TextTooLong');
    expect(long).toBe('title must be at most 200 characters');
    given([])
      .when({ ...propose, data: { ...propose.data, title: `  ${'x'.repeat(200)}  ` } })
      .then([{ ...proposed, data: { ...proposed.data, title: 'x'.repeat(200) } } as SmallChangeEvent]);
  });

  it('is implemented only once agreed, and reviewed only once implemented', () => {
    const message = given([proposed]).when(implement).thenThrows(IllegalStateError, 'ImplementOnlyAgreed');
    expect(message).toBe('A small change can be implemented only when Agreed; this one is Proposed');
    given([proposed, agreed]).when(review).thenThrows(IllegalStateError, 'ReviewOnlyImplemented');
    const twice = given([proposed, agreed]).when(agree).thenThrows(IllegalStateError, 'AgreeOnlyProposed');
    expect(twice).toBe('A small change can be agreed only when Proposed; this one is Agreed');
    const early = given([proposed, agreed, on('2021-10-14', implemented)])
      .when({ ...review, context: { ...review.context, occurredAt: '2021-10-01' } })
      .thenThrows(ValidationError, 'SmallChangeStepsInOrder');
    expect(early).toBe(
      'A small change cannot be reviewed on 2021-10-01, before it was implemented on 2021-10-14',
    );
  });

  it('cannot be agreed when it needs national change', () => {
    const national: SmallChangeEvent = {
      ...proposed,
      data: { ...proposed.data, barrierIds: [NATIONAL_BARRIER] },
    } as SmallChangeEvent;
    const message = given([national])
      .when(agree)
      .thenThrows(IllegalStateError, 'NationalChangeCannotBeAgreed');
    expect(message).toContain('escalate it');
  });

  it('is declined with a rationale, only while proposed', () => {
    given([proposed])
      .when(decline)
      .then([
        {
          type: 'SmallChangeDeclined',
          data: { ...ids, declinedBy: [MANAGER], rationale: 'Duplicates the new case system' },
        },
      ]);
    given([proposed])
      .when({ ...decline, data: { ...decline.data, rationale: '' } })
      .thenThrows(ValidationError, 'RationaleRequired');
    given([proposed, agreed]).when(decline).thenThrows(IllegalStateError, 'DeclineOnlyProposed');
  });

  it('is adapted and reverted with a rationale, only while in effect, and never overwritten', () => {
    given([proposed, agreed, implemented, reviewed])
      .when(adapt)
      .then([
        {
          type: 'SmallChangeAdapted',
          data: { ...ids, whatChanged: 'Adds a risk box', rationale: 'Managers needed risk visible' },
        },
      ]);
    given([proposed, agreed, implemented])
      .when(revert)
      .then([
        {
          type: 'SmallChangeReverted',
          data: { ...ids, rationale: 'Inspectors could not find the risk analysis' },
        },
      ]);
    given([proposed, agreed, implemented])
      .when({ ...adapt, data: { ...adapt.data, rationale: ' ' } })
      .thenThrows(ValidationError, 'RationaleRequired');
    given([proposed, agreed, implemented])
      .when({ ...revert, data: { ...revert.data, rationale: '' } })
      .thenThrows(ValidationError, 'RationaleRequired');
    given([proposed, agreed]).when(adapt).thenThrows(IllegalStateError, 'AdaptOnlyInEffect');
    const reverted: SmallChangeEvent = { type: 'SmallChangeReverted', data: { ...ids, rationale: 'r' } };
    given([proposed, agreed, implemented, reverted])
      .when(revert)
      .thenThrows(IllegalStateError, 'RevertOnlyInEffect');
    expect(given([proposed, agreed, implemented, reviewed]).state).toMatchObject({
      status: 'Reviewed',
      lastVerdict: 'adapt',
    });
  });

  it('is escalated while proposed, naming a new national barrier, which the ledger then identifies', () => {
    const [escalated] = smallChangeAggregate.decide(escalate, given([proposed]).state, programmeFacts());
    expect(escalated).toEqual({
      type: 'SmallChangeEscalated',
      data: {
        ...ids,
        nationalBarrierId: 'barrier-new-national',
        nationalBarrierTitle: 'Statutory visit forms',
        escalatedBy: [SW1, MANAGER],
        rationale: 'The form is prescribed nationally',
      },
    });
    expect(identifyEscalatedBarrier(escalated!)).toEqual({
      type: 'IdentifyBarrier',
      data: {
        programmeId: P,
        barrierId: 'barrier-new-national',
        title: 'Statutory visit forms',
        description: 'The form is prescribed nationally',
        kind: 'rule',
        scope: 'national',
        source: { kind: 'smallChange', id: SC },
        identifiedBy: [SW1, MANAGER],
      },
    });
    given([proposed])
      .when({ ...escalate, data: { ...escalate.data, nationalBarrierId: LOCAL_BARRIER } })
      .thenThrows(IllegalStateError, 'IdNotInUse');
    given([proposed])
      .when({ ...escalate, data: { ...escalate.data, rationale: '' } })
      .thenThrows(ValidationError, 'RationaleRequired');
    given([proposed, agreed]).when(escalate).thenThrows(IllegalStateError, 'EscalateOnlyProposed');
  });

  it('refuses a review with impossible hours', () => {
    given([proposed, agreed, implemented])
      .when({ ...review, data: { ...review.data, hoursFreedPerWeek: 200 } })
      .thenThrows(ValidationError, 'HoursInAWeek');
  });

  it('cannot be addressed from another programme', () => {
    given([{ ...proposed, data: { ...proposed.data, programmeId: 'programme-other' } } as SmallChangeEvent])
      .when(agree)
      .thenThrows(NotFoundError, 'SmallChangeInProgramme');
  });
});
