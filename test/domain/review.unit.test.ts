import { experimentAggregate } from '../../src/domain/experiment';
import type { ExperimentEvent } from '../../src/domain/experiment/events';
import { reviewAggregate } from '../../src/domain/review';
import type { ReviewCommand, ReviewEvent } from '../../src/domain/review/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import {
  commandsOf,
  DIRECTOR,
  DUTY_TEAM,
  LOCAL_BARRIER,
  MANAGER,
  METRIC,
  P,
  programmeFacts,
  SW1,
} from './fixtures';
import { foldEvents, on, specFor } from './givenWhenThen';

const given = specFor(reviewAggregate, programmeFacts);
const command = commandsOf<ReviewCommand>();
const R = 'review-march';
const held: ReviewEvent = {
  type: 'ReviewHeld',
  data: {
    reviewId: R,
    programmeId: P,
    kind: 'monthlySeniorLeaderReview',
    heldAt: '2022-03-14T10:00:00.000Z',
    teamId: null,
    attendeeIds: [SW1, DIRECTOR],
  },
};
/** Held on the day its decisions are recorded (the commands' default business time). */
const heldThen = on('2022-03-14T09:00:00.000Z', held);
const designed = {
  type: 'ExperimentDesigned',
  data: {
    experimentId: 'experiment-1',
    programmeId: P,
    title: 't',
    hypothesis: { ifWe: 'a', weExpect: 'b', because: 'c' },
    barrierIds: [LOCAL_BARRIER],
    blueprintElementId: null,
    measureIds: [METRIC],
    plannedStart: '2022-01-01',
    reviewDate: '2022-02-01',
  },
} as ExperimentEvent;
const decision = command('RecordDecision', {
  reviewId: R,
  decisionId: 'decision-stop',
  decision: 'Stop experiment 1',
  rationale: 'It was crowding out court work',
  affects: [
    { kind: 'experiment', id: 'experiment-1' },
    { kind: 'metric', id: METRIC },
  ],
  followUpOwnerId: MANAGER,
});

describe('Review', () => {
  it('is held on its business date with attendees; a team check-in names its team', () => {
    given([])
      .when(
        command('HoldReview', {
          reviewId: R,
          kind: 'monthlySeniorLeaderReview',
          attendeeIds: [SW1, DIRECTOR],
        }),
      )
      .then([held]);
    given([])
      .when(command('HoldReview', { reviewId: R, kind: 'teamCheckIn', attendeeIds: [SW1] }))
      .thenThrows(ValidationError, 'CheckInNamesTeam');
    given([])
      .when(command('HoldReview', { reviewId: R, kind: 'teamCheckIn', teamId: DUTY_TEAM, attendeeIds: [] }))
      .thenThrows(ValidationError, 'AtLeastOneRequired');
    given([])
      .when(command('HoldReview', { reviewId: R, kind: 'coffee' as never, attendeeIds: [SW1] }))
      .thenThrows(ValidationError, 'UnknownValue');
    given([heldThen])
      .when(command('HoldReview', { reviewId: R, kind: 'sensemakingSession', attendeeIds: [SW1] }))
      .thenThrows(IllegalStateError, 'IdNotInUse');
  });

  it('records insights naming barriers', () => {
    given([heldThen])
      .when(
        command('RecordInsight', {
          reviewId: R,
          insightId: 'i1',
          kind: 'challenge',
          statement: 'Recording is duplicated across three systems',
          barrierIds: [LOCAL_BARRIER],
        }),
      )
      .then([
        {
          type: 'InsightRecorded',
          data: {
            reviewId: R,
            programmeId: P,
            insightId: 'i1',
            kind: 'challenge',
            statement: 'Recording is duplicated across three systems',
            barrierIds: [LOCAL_BARRIER],
          },
        },
      ]);
    given([heldThen])
      .when(
        command('RecordInsight', {
          reviewId: R,
          insightId: 'i1',
          kind: 'challenge',
          statement: 's',
          barrierIds: ['nope'],
        }),
      )
      .thenThrows(NotFoundError, 'BarrierInProgramme');
    given([])
      .when(
        command('RecordInsight', {
          reviewId: R,
          insightId: 'i1',
          kind: 'challenge',
          statement: 's',
          barrierIds: [],
        }),
      )
      .thenThrows(NotFoundError, 'ReviewInProgramme');
  });

  it('records decisions with why, the items they affect and who follows up', () => {
    const facts = programmeFacts({
      experiments: new Map([['experiment-1', foldEvents(experimentAggregate, [designed])]]),
    });
    given([heldThen], facts)
      .when(decision)
      .then([
        {
          type: 'DecisionRecorded',
          data: {
            reviewId: R,
            programmeId: P,
            decisionId: 'decision-stop',
            decision: 'Stop experiment 1',
            rationale: 'It was crowding out court work',
            affects: decision.data.affects,
            followUpOwnerId: MANAGER,
          },
        },
      ]);
    given([heldThen], facts)
      .when({ ...decision, data: { ...decision.data, rationale: '' } })
      .thenThrows(ValidationError, 'RationaleRequired');
    given([heldThen]).when(decision).thenThrows(NotFoundError, 'ExperimentInProgramme');
    given([heldThen], facts)
      .when({ ...decision, data: { ...decision.data, affects: [{ kind: 'blueprintElement', id: 'e' }] } })
      .thenThrows(NotFoundError, 'ElementInBlueprint');
    given([heldThen], facts)
      .when({ ...decision, data: { ...decision.data, affects: [{ kind: 'smallChange', id: 'sc' }] } })
      .thenThrows(NotFoundError, 'SmallChangeInProgramme');
    given([heldThen], facts)
      .when({ ...decision, data: { ...decision.data, followUpOwnerId: 'stranger' } })
      .thenThrows(NotFoundError, 'ParticipantInProgramme');
    const recorded = reviewAggregate.decide(decision, given([heldThen], facts).state, facts);
    given([held, ...recorded], facts)
      .when(decision)
      .thenThrows(IllegalStateError, 'IdNotInUse');
  });
});
