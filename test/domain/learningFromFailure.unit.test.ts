/** Decisions cited by what followed from them, and the learning of every kind of failure (issue 21, parts 4 and 6). */
import { barrierAggregate } from '../../src/domain/barrier';
import type { BarrierCommand, BarrierEvent } from '../../src/domain/barrier/events';
import { experimentAggregate } from '../../src/domain/experiment';
import type { ExperimentCommand, ExperimentEvent } from '../../src/domain/experiment/events';
import { reviewAggregate } from '../../src/domain/review';
import type { ReviewEvent } from '../../src/domain/review/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { smallChangeAggregate } from '../../src/domain/smallChange';
import type { SmallChangeCommand } from '../../src/domain/smallChange/commands';
import type { SmallChangeEvent } from '../../src/domain/smallChange/events';
import {
  barrierIdentified,
  commandsOf,
  DUTY_TEAM,
  LOCAL_BARRIER,
  MANAGER,
  METRIC,
  NATIONAL_BARRIER,
  P,
  programmeFacts,
  SW1,
} from './fixtures';
import { foldEvents, on, specFor } from './givenWhenThen';

const REVIEW = 'review-march';
const DECISION = { reviewId: REVIEW, decisionId: 'decision-stop' };
const held: ReviewEvent[] = [
  {
    type: 'ReviewHeld',
    data: {
      reviewId: REVIEW,
      programmeId: P,
      kind: 'monthlySeniorLeaderReview',
      heldAt: '2022-03-01',
      teamId: null,
      attendeeIds: [MANAGER],
    },
  },
  {
    type: 'DecisionRecorded',
    data: {
      reviewId: REVIEW,
      programmeId: P,
      decisionId: 'decision-stop',
      decision: 'Stop it',
      rationale: 'Staffing',
      affects: [],
      followUpOwnerId: null,
    },
  },
];
const facts = () => programmeFacts({ reviews: new Map([[REVIEW, foldEvents(reviewAggregate, held)]]) });
const unknownDecision = { reviewId: REVIEW, decisionId: 'decision-never-taken' };

describe('An experiment stopped early', () => {
  const given = specFor(experimentAggregate, facts);
  const command = commandsOf<ExperimentCommand>();
  const ids = { programmeId: P, experimentId: 'x' };
  const history: ExperimentEvent[] = [
    {
      type: 'ExperimentDesigned',
      data: {
        ...ids,
        title: 'Paired visits',
        hypothesis: { ifWe: 'pair', weExpect: 'more time', because: 'shared travel' },
        barrierIds: [LOCAL_BARRIER],
        blueprintElementId: null,
        measureIds: [METRIC],
        plannedStart: '2022-01-10',
        reviewDate: '2022-04-01',
      },
    },
    { type: 'ExperimentStarted', data: { ...ids, startedAt: '2022-01-10' } },
  ];
  const stop = command(
    'StopExperiment',
    { experimentId: 'x', rationale: 'Vacancies', learning: 'Pairs need full staffing', decision: DECISION },
    '2022-03-02',
  );

  it('cites the review decision that stopped it', () => {
    given(history)
      .when(stop)
      .then([
        {
          type: 'ExperimentStoppedEarly',
          data: {
            ...ids,
            stoppedAt: '2022-03-02',
            rationale: 'Vacancies',
            learning: 'Pairs need full staffing',
            decision: DECISION,
          },
        },
      ]);
  });

  it('without a decision cited, records none (as every stop before 0.3.0)', () => {
    const { decision: _none, ...uncited } = stop.data;
    given(history)
      .when({ ...stop, data: uncited })
      .then([
        {
          type: 'ExperimentStoppedEarly',
          data: {
            ...ids,
            stoppedAt: '2022-03-02',
            rationale: 'Vacancies',
            learning: 'Pairs need full staffing',
          },
        },
      ]);
  });

  it('refuses a decision not recorded at that review, or a review of another programme', () => {
    given(history)
      .when({ ...stop, data: { ...stop.data, decision: unknownDecision } })
      .thenThrows(NotFoundError, 'DecisionInReview');
    given(history, programmeFacts()).when(stop).thenThrows(NotFoundError, 'DecisionInReview');
  });
});

describe('A small change declined, adapted or reverted', () => {
  const given = specFor(smallChangeAggregate, facts);
  const command = commandsOf<SmallChangeCommand>();
  const ids = { smallChangeId: 'sc', programmeId: P };
  const proposed: SmallChangeEvent = {
    type: 'SmallChangeProposed',
    data: {
      ...ids,
      teamId: DUTY_TEAM,
      title: 'Shared diary',
      description: 'One diary',
      proposedBy: [SW1],
      barrierIds: [LOCAL_BARRIER],
    },
  };
  const inEffect: SmallChangeEvent[] = [
    proposed,
    { type: 'SmallChangeAgreed', data: { ...ids, agreedBy: [MANAGER] } },
    { type: 'SmallChangeImplemented', data: { ...ids, implementedAt: '2021-10-01', whatChanged: 'In use' } },
  ];
  const failed = { decision: DECISION, learning: 'Diaries need an owner', nextStep: 'Tried a rota instead' };

  it('records the decision behind a decline, what was learnt and what was done next', () => {
    given([proposed])
      .when(
        command(
          'DeclineSmallChange',
          { smallChangeId: 'sc', declinedBy: [MANAGER], rationale: 'Clashes', ...failed },
          '2022-03-02',
        ),
      )
      .then([
        {
          type: 'SmallChangeDeclined',
          data: { ...ids, declinedBy: [MANAGER], rationale: 'Clashes', ...failed },
        },
      ]);
  });

  it('records the decision behind a revert with its learning, and behind an adaptation', () => {
    given(inEffect)
      .when(
        command(
          'RevertSmallChange',
          { smallChangeId: 'sc', rationale: 'No time saved', ...failed },
          '2022-03-02',
        ),
      )
      .then([{ type: 'SmallChangeReverted', data: { ...ids, rationale: 'No time saved', ...failed } }]);
    given(inEffect)
      .when(
        command(
          'AdaptSmallChange',
          { smallChangeId: 'sc', whatChanged: 'Two diaries', rationale: 'Too busy', decision: DECISION },
          '2022-03-02',
        ),
      )
      .then([
        {
          type: 'SmallChangeAdapted',
          data: { ...ids, whatChanged: 'Two diaries', rationale: 'Too busy', decision: DECISION },
        },
      ]);
  });

  it('refuses a cited decision that was never recorded, and a blank learning', () => {
    given(inEffect)
      .when(
        command(
          'RevertSmallChange',
          { smallChangeId: 'sc', rationale: 'r', decision: unknownDecision },
          '2022-03-02',
        ),
      )
      .thenThrows(NotFoundError, 'DecisionInReview');
    given([proposed])
      .when(
        command(
          'DeclineSmallChange',
          { smallChangeId: 'sc', declinedBy: [MANAGER], rationale: 'r', learning: ' ' },
          '2022-03-02',
        ),
      )
      .thenThrows(ValidationError, 'RequiredText');
  });

  const escalated: SmallChangeEvent = {
    type: 'SmallChangeEscalated',
    data: {
      ...ids,
      nationalBarrierId: NATIONAL_BARRIER,
      nationalBarrierTitle: 'Timescales',
      escalatedBy: [MANAGER],
      rationale: 'National',
    },
  };
  const close = command(
    'CloseEscalation',
    {
      smallChangeId: 'sc',
      rationale: 'No reply from the department',
      learning: 'Escalate with other LAs',
      nextStep: 'Joined the regional group',
    },
    '2022-06-01',
  );
  const closed: SmallChangeEvent = {
    type: 'SmallChangeEscalationClosed',
    data: {
      ...ids,
      rationale: 'No reply from the department',
      learning: 'Escalate with other LAs',
      nextStep: 'Joined the regional group',
    },
  };

  it('closes an escalation that went nowhere, once, with its learning and next step', () => {
    given([proposed, escalated]).when(close).then([closed]);
    given([proposed, escalated, on('2022-06-01', closed)])
      .when(close)
      .thenThrows(IllegalStateError, 'EscalationOpen');
    given(inEffect).when(close).thenThrows(IllegalStateError, 'CloseOnlyEscalated');
    given([proposed, escalated])
      .when({ ...close, data: { ...close.data, nextStep: '' } })
      .thenThrows(ValidationError, 'RequiredText');
    given([proposed, escalated])
      .when({ ...close, data: { ...close.data, rationale: '' } })
      .thenThrows(ValidationError, 'RationaleRequired');
  });
});

describe('A barrier that could not be resolved', () => {
  const given = specFor(barrierAggregate, facts);
  const command = commandsOf<BarrierCommand>();
  const record = command(
    'RecordBarrierNotResolved',
    {
      barrierId: LOCAL_BARRIER,
      rationale: 'The case system cannot change this year',
      learning: 'Ask for it in the procurement',
      nextStep: 'Added to the supplier requirements',
    },
    '2022-05-01',
  );
  const notResolved: BarrierEvent = {
    type: 'BarrierNotResolved',
    data: {
      barrierId: LOCAL_BARRIER,
      programmeId: P,
      rationale: 'The case system cannot change this year',
      learning: 'Ask for it in the procurement',
      nextStep: 'Added to the supplier requirements',
    },
  };
  const identified = barrierIdentified(LOCAL_BARRIER, 'local');

  it('records why, what was learnt and what was done next; the barrier still stands', () => {
    given([identified]).when(record).then([notResolved]);
    const resolve = command(
      'ResolveBarrier',
      { barrierId: LOCAL_BARRIER, resolution: 'A new system' },
      '2022-09-01',
    );
    given([identified, on('2022-05-01', notResolved)])
      .when(resolve)
      .then([
        {
          type: 'BarrierResolved',
          data: { barrierId: LOCAL_BARRIER, programmeId: P, resolution: 'A new system' },
        },
      ]);
  });

  it('refuses it twice, or for a resolved barrier', () => {
    given([identified, on('2022-05-01', notResolved)])
      .when(record)
      .thenThrows(IllegalStateError, 'NotResolvedOnlyOpen');
    const resolved: BarrierEvent = {
      type: 'BarrierResolved',
      data: { barrierId: LOCAL_BARRIER, programmeId: P, resolution: 'x' },
    };
    given([identified, resolved]).when(record).thenThrows(IllegalStateError, 'NotResolvedOnlyOpen');
  });
});
