import { feedbackRoundAggregate } from '../../src/domain/feedbackRound';
import type { FeedbackRoundCommand, FeedbackRoundEvent } from '../../src/domain/feedbackRound/events';
import { reviewAggregate } from '../../src/domain/review';
import type { ReviewEvent } from '../../src/domain/review/events';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import {
  commandsOf,
  DUTY_TEAM,
  MANAGER,
  P,
  programmeFacts,
  programmeHistory,
  programmeState,
  SW1,
} from './fixtures';
import { foldEvents, on, specFor } from './givenWhenThen';

const R = 'feedback-round-1';
const started: ProgrammeEvent = {
  type: 'PhaseStarted',
  data: { programmeId: P, phaseId: 'smallChanges', startedAt: '2021-10-01' },
};
const vision: ProgrammeEvent = {
  type: 'VisionSet',
  data: { programmeId: P, statement: 'More time with families', coAuthorIds: [SW1, MANAGER] },
};
const review: ReviewEvent[] = [
  {
    type: 'ReviewHeld',
    data: {
      reviewId: 'review-1',
      programmeId: P,
      kind: 'monthlySeniorLeaderReview',
      heldAt: '2021-11-01',
      teamId: null,
      attendeeIds: [MANAGER],
    },
  },
  {
    type: 'DecisionRecorded',
    data: {
      reviewId: 'review-1',
      programmeId: P,
      decisionId: 'decision-1',
      decision: 'Give typing time back',
      rationale: 'Staff said so',
      affects: [],
      followUpOwnerId: null,
    },
  },
];
const facts = () =>
  programmeFacts({
    programme: programmeState([...programmeHistory, started, vision]),
    reviews: new Map([['review-1', foldEvents(reviewAggregate, review)]]),
  });
const given = specFor(feedbackRoundAggregate, facts);
const command = commandsOf<FeedbackRoundCommand>();

const consequence = {
  consequenceId: 'evening-typing',
  description: 'Visit notes typed up in the evening',
  onStaff: true,
  item: null,
};
const roundData = {
  feedbackRoundId: R,
  phaseId: 'smallChanges',
  items: [{ kind: 'vision' as const, id: null }],
  asked: [{ teamId: DUTY_TEAM, level: 'practitioner' as const, count: 12 }],
  answered: 9,
  themes: ['Less duplication'],
  anonymisedQuotes: ['I finally finish visits on time'],
  scores: [{ question: 'My workload is manageable', score: 3.2, outOf: 5 }],
  consequences: [consequence],
};
const record = command('RecordFeedbackRound', roundData, '2021-10-20');
const recorded: FeedbackRoundEvent = {
  type: 'FeedbackRoundRecorded',
  data: { ...roundData, programmeId: P, heldAt: '2021-10-20' },
};
const respond = command(
  'RespondToFeedback',
  {
    feedbackRoundId: R,
    responseId: 'response-1',
    whatWeDid: 'Protected an hour a day for notes',
    consequenceId: 'evening-typing',
    decision: { reviewId: 'review-1', decisionId: 'decision-1' },
  },
  '2021-11-02',
);
const close = command(
  'CloseUnintendedConsequence',
  { feedbackRoundId: R, consequenceId: 'evening-typing', resolution: 'No one types at night now' },
  '2021-12-01',
);
const dated = on('2021-10-20', recorded);

describe('Feedback round', () => {
  it('is recorded with what staff were asked about, how many answered and what they flagged', () => {
    given([]).when(record).then([recorded]);
  });

  it('refuses more answers than people asked, an unknown phase, or one not yet started', () => {
    given([])
      .when({ ...record, data: { ...record.data, answered: 13 } })
      .thenThrows(ValidationError, 'AnsweredNoMoreThanAsked');
    given([])
      .when({ ...record, data: { ...record.data, phaseId: 'nope' } })
      .thenThrows(NotFoundError, 'PhaseInProgramme');
    given([])
      .when({ ...record, data: { ...record.data, phaseId: 'testAndLearn' } })
      .thenThrows(IllegalStateError, 'FeedbackInStartedPhase');
  });

  it('refuses items that do not exist, an item without an id, and the vision before one is set', () => {
    given([])
      .when({ ...record, data: { ...record.data, items: [{ kind: 'smallChange', id: 'nope' }] } })
      .thenThrows(NotFoundError, 'SmallChangeInProgramme');
    given([])
      .when({ ...record, data: { ...record.data, items: [{ kind: 'experiment', id: null }] } })
      .thenThrows(ValidationError, 'FeedbackItemNamed');
    given([], programmeFacts({ programme: programmeState([...programmeHistory, started]) }))
      .when(record)
      .thenThrows(NotFoundError, 'VisionSet');
  });

  it('refuses a quote with contact details, a score off its scale, and two consequences with one id', () => {
    given([])
      .when({ ...record, data: { ...record.data, anonymisedQuotes: ['mail me at a@b.org'] } })
      .thenThrows(ValidationError, 'QuotesAnonymised');
    given([])
      .when({ ...record, data: { ...record.data, scores: [{ question: 'q', score: 6, outOf: 5 }] } })
      .thenThrows(ValidationError, 'ScoreOnItsScale');
    given([])
      .when({ ...record, data: { ...record.data, consequences: [consequence, consequence] } })
      .thenThrows(ValidationError, 'NoDuplicates');
  });

  it('records what was done in answer, citing a review decision; then closes the consequence once', () => {
    given([dated])
      .when(respond)
      .then([
        {
          type: 'FeedbackResponded',
          data: {
            feedbackRoundId: R,
            programmeId: P,
            responseId: 'response-1',
            whatWeDid: 'Protected an hour a day for notes',
            consequenceId: 'evening-typing',
            decision: { reviewId: 'review-1', decisionId: 'decision-1' },
          },
        },
      ]);
    const closed: FeedbackRoundEvent = {
      type: 'UnintendedConsequenceClosed',
      data: {
        feedbackRoundId: R,
        programmeId: P,
        consequenceId: 'evening-typing',
        resolution: 'No one types at night now',
      },
    };
    given([dated]).when(close).then([closed]);
    given([dated, on('2021-12-01', closed)])
      .when(close)
      .thenThrows(IllegalStateError, 'ConsequenceOpen');
  });

  it('refuses an answer citing a decision not recorded, a consequence not flagged, or dated before the round', () => {
    given([dated])
      .when({ ...respond, data: { ...respond.data, decision: { reviewId: 'review-1', decisionId: 'nope' } } })
      .thenThrows(NotFoundError, 'DecisionInReview');
    given([dated])
      .when({ ...respond, data: { ...respond.data, consequenceId: 'nope' } })
      .thenThrows(NotFoundError, 'ConsequenceInRound');
    given([dated])
      .when({ ...respond, context: { ...respond.context, occurredAt: '2021-10-19' } })
      .thenThrows(ValidationError, 'AnswerAfterFeedback');
    given([]).when(respond).thenThrows(NotFoundError, 'FeedbackRoundInProgramme');
  });
});
