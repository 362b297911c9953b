/** Decisions, adaptations and reverts citing staff feedback rounds as evidence (issue 21, part 1). */
import { feedbackRoundAggregate } from '../../src/domain/feedbackRound';
import type { FeedbackRoundEvent } from '../../src/domain/feedbackRound/events';
import { reviewAggregate } from '../../src/domain/review';
import type { ReviewCommand, ReviewEvent } from '../../src/domain/review/events';
import { NotFoundError } from '../../src/domain/shared/errors';
import { smallChangeAggregate } from '../../src/domain/smallChange';
import type { SmallChangeCommand } from '../../src/domain/smallChange/commands';
import type { SmallChangeEvent } from '../../src/domain/smallChange/events';
import { commandsOf, DUTY_TEAM, LOCAL_BARRIER, MANAGER, P, programmeFacts, SW1 } from './fixtures';
import { foldEvents, on, specFor } from './givenWhenThen';

const ROUND = 'feedback-round-november';
const roundIn = (programmeId: string): FeedbackRoundEvent => ({
  type: 'FeedbackRoundRecorded',
  data: {
    feedbackRoundId: ROUND,
    programmeId,
    heldAt: '2021-11-18',
    phaseId: 'smallChanges',
    items: [{ kind: 'vision', id: null }],
    asked: [{ teamId: DUTY_TEAM, level: 'practitioner', count: 12 }],
    answered: 9,
    themes: ['Evening typing'],
    anonymisedQuotes: [],
    scores: [],
    consequences: [],
  },
});
const factsWithRoundIn = (programmeId: string) => () =>
  programmeFacts({
    feedbackRounds: new Map([[ROUND, foldEvents(feedbackRoundAggregate, [roundIn(programmeId)])]]),
  });
const facts = factsWithRoundIn(P);
const elsewhere = factsWithRoundIn('programme-elsewhere');

describe('A review decision citing feedback rounds', () => {
  const command = commandsOf<ReviewCommand>();
  const held: ReviewEvent = {
    type: 'ReviewHeld',
    data: {
      reviewId: 'review-1',
      programmeId: P,
      kind: 'monthlySeniorLeaderReview',
      heldAt: '2022-03-14',
      teamId: null,
      attendeeIds: [MANAGER],
    },
  };
  const decide = (feedbackRoundIds?: string[]) =>
    command('RecordDecision', {
      reviewId: 'review-1',
      decisionId: 'decision-1',
      decision: 'Protect an hour for notes',
      rationale: 'Staff typed at night',
      affects: [],
      ...(feedbackRoundIds ? { feedbackRoundIds } : {}),
    });
  const recorded = {
    reviewId: 'review-1',
    programmeId: P,
    decisionId: 'decision-1',
    decision: 'Protect an hour for notes',
    rationale: 'Staff typed at night',
    affects: [],
    followUpOwnerId: null,
  };

  it('records the rounds it cites, each once', () => {
    specFor(
      reviewAggregate,
      facts,
    )([on('2022-03-14', held)])
      .when(decide([ROUND, ROUND]))
      .then([{ type: 'DecisionRecorded', data: { ...recorded, feedbackRoundIds: [ROUND] } }]);
  });

  it('citing none (or an empty list) records no field, as every decision before', () => {
    specFor(
      reviewAggregate,
      facts,
    )([on('2022-03-14', held)])
      .when(decide())
      .then([{ type: 'DecisionRecorded', data: recorded }]);
    specFor(
      reviewAggregate,
      facts,
    )([on('2022-03-14', held)])
      .when(decide([]))
      .then([{ type: 'DecisionRecorded', data: recorded }]);
  });

  it('refuses a round never recorded, or recorded in another programme', () => {
    specFor(
      reviewAggregate,
      facts,
    )([on('2022-03-14', held)])
      .when(decide(['feedback-round-never']))
      .thenThrows(NotFoundError, 'FeedbackRoundInProgramme');
    specFor(
      reviewAggregate,
      elsewhere,
    )([on('2022-03-14', held)])
      .when(decide([ROUND]))
      .thenThrows(NotFoundError, 'FeedbackRoundInProgramme');
  });

  it('names the cited rounds as references to fold before deciding', () => {
    expect(reviewAggregate.references(decide([ROUND]), foldEvents(reviewAggregate, [held]))).toEqual([
      { kind: 'feedbackRound', id: ROUND },
    ]);
  });
});

describe('A small change adapted or reverted citing feedback rounds', () => {
  const command = commandsOf<SmallChangeCommand>();
  const ids = { smallChangeId: 'sc', programmeId: P };
  const inEffect: SmallChangeEvent[] = [
    {
      type: 'SmallChangeProposed',
      data: {
        ...ids,
        teamId: DUTY_TEAM,
        title: 'Shared diary',
        description: 'One diary',
        proposedBy: [SW1],
        barrierIds: [LOCAL_BARRIER],
      },
    },
    { type: 'SmallChangeAgreed', data: { ...ids, agreedBy: [MANAGER] } },
    { type: 'SmallChangeImplemented', data: { ...ids, implementedAt: '2021-10-01', whatChanged: 'In use' } },
  ];
  const adapt = (feedbackRoundIds: string[]) =>
    command(
      'AdaptSmallChange',
      { smallChangeId: 'sc', whatChanged: 'Two diaries', rationale: 'Too busy', feedbackRoundIds },
      '2022-03-02',
    );
  const revert = (feedbackRoundIds: string[]) =>
    command(
      'RevertSmallChange',
      { smallChangeId: 'sc', rationale: 'No time saved', feedbackRoundIds },
      '2022-03-02',
    );

  it('records the rounds an adaptation and a revert cite', () => {
    specFor(
      smallChangeAggregate,
      facts,
    )(inEffect)
      .when(adapt([ROUND]))
      .then([
        {
          type: 'SmallChangeAdapted',
          data: { ...ids, whatChanged: 'Two diaries', rationale: 'Too busy', feedbackRoundIds: [ROUND] },
        },
      ]);
    specFor(
      smallChangeAggregate,
      facts,
    )(inEffect)
      .when(revert([ROUND]))
      .then([
        {
          type: 'SmallChangeReverted',
          data: { ...ids, rationale: 'No time saved', feedbackRoundIds: [ROUND] },
        },
      ]);
  });

  it('refuses a round never recorded, or recorded in another programme', () => {
    specFor(
      smallChangeAggregate,
      facts,
    )(inEffect)
      .when(adapt(['feedback-round-never']))
      .thenThrows(NotFoundError, 'FeedbackRoundInProgramme');
    specFor(
      smallChangeAggregate,
      elsewhere,
    )(inEffect)
      .when(revert([ROUND]))
      .thenThrows(NotFoundError, 'FeedbackRoundInProgramme');
  });

  it('names the cited rounds as references to fold before deciding', () => {
    const state = foldEvents(smallChangeAggregate, inEffect);
    expect(smallChangeAggregate.references(revert([ROUND]), state)).toEqual([
      { kind: 'feedbackRound', id: ROUND },
    ]);
    expect(smallChangeAggregate.references(adapt([ROUND]), state)).toEqual([
      { kind: 'feedbackRound', id: ROUND },
    ]);
  });
});
