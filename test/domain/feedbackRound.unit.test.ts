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

describe('Feedback round: what is asked, of whom, and on what scale', () => {
  type RecordData = Extract<FeedbackRoundCommand, { type: 'RecordFeedbackRound' }>['data'];
  const withData = (data: Partial<RecordData>) => ({ ...record, data: { ...record.data, ...data } });
  const recordedWith = (data: Partial<FeedbackRoundEvent['data']>): FeedbackRoundEvent =>
    ({ ...recorded, data: { ...recorded.data, ...data } }) as FeedbackRoundEvent;

  it('accepts as many answers as people asked, summed over every group asked', () => {
    const asked = [
      { teamId: DUTY_TEAM, level: 'practitioner' as const, count: 12 },
      { teamId: null, level: 'manager' as const, count: 3 },
    ];
    given([])
      .when(withData({ asked, answered: 15 }))
      .then([recordedWith({ asked, answered: 15 })]);
    const message = given([])
      .when(withData({ asked, answered: 16 }))
      .thenThrows(ValidationError, 'AnsweredNoMoreThanAsked');
    expect(message).toBe('16 answered, but only 15 were asked');
  });

  it('records a group asked without a team as the whole programme (team null)', () => {
    const asked = [{ level: 'practitioner', count: 4 }] as unknown as RecordData['asked'];
    given([])
      .when(withData({ asked, answered: 4 }))
      .then([recordedWith({ asked: [{ teamId: null, level: 'practitioner', count: 4 }], answered: 4 })]);
  });

  it('refuses nobody asked, a team not enrolled, an unknown level, or a group of none', () => {
    given([])
      .when(withData({ asked: [] }))
      .thenThrows(ValidationError, 'AtLeastOneRequired');
    given([])
      .when(withData({ asked: [{ teamId: 'team-nope', level: 'practitioner', count: 12 }] }))
      .thenThrows(NotFoundError, 'TeamInProgramme');
    given([])
      .when(withData({ asked: [{ teamId: DUTY_TEAM, level: 'boss' as never, count: 12 }] }))
      .thenThrows(ValidationError, 'UnknownValue');
    const message = given([])
      .when(withData({ asked: [{ teamId: DUTY_TEAM, level: 'practitioner', count: 0 }], answered: 0 }))
      .thenThrows(ValidationError, 'WholeNumber');
    expect(message).toBe('how many were asked must be a whole number of at least 1');
    given([])
      .when(withData({ answered: -1 }))
      .thenThrows(ValidationError, 'WholeNumber');
  });

  it('accepts a score of 0 and one at the top of its scale; refuses below 0, a scale of 0, or no number', () => {
    const scores = [
      { question: 'My workload is manageable', score: 0, outOf: 5 },
      { question: 'I have time to think', score: 5, outOf: 5 },
    ];
    given([])
      .when(withData({ scores }))
      .then([recordedWith({ scores })]);
    const below = given([])
      .when(withData({ scores: [{ question: 'q', score: -0.5, outOf: 5 }] }))
      .thenThrows(ValidationError, 'ScoreOnItsScale');
    expect(below).toBe('A score must be between 0 and its scale (5); got -0.5');
    given([])
      .when(withData({ scores: [{ question: 'q', score: 0, outOf: 0 }] }))
      .thenThrows(ValidationError, 'ScoreOnItsScale');
    given([])
      .when(withData({ scores: [{ question: 'q', score: 0, outOf: -5 }] }))
      .thenThrows(ValidationError, 'ScoreOnItsScale');
    given([])
      .when(withData({ scores: [{ question: 'q', score: Number.NaN, outOf: 5 }] }))
      .thenThrows(ValidationError, 'FiniteNumber');
    given([])
      .when(withData({ scores: [{ question: 'q', score: 1, outOf: Number.POSITIVE_INFINITY }] }))
      .thenThrows(ValidationError, 'FiniteNumber');
  });

  it('keeps themes, questions and consequences as written, without surrounding spaces', () => {
    given([])
      .when(
        withData({
          themes: ['  Less duplication '],
          scores: [{ question: ' My workload is manageable ', score: 3.2, outOf: 5 }],
          consequences: [{ ...consequence, description: ' Visit notes typed up in the evening  ' }],
        }),
      )
      .then([recorded]);
    given([])
      .when(withData({ themes: [' '] }))
      .thenThrows(ValidationError, 'RequiredText');
  });

  it('records a consequence not on staff as such, and the item it follows from', () => {
    const onTheVision = {
      consequenceId: 'families-wait',
      description: 'Families wait longer for a first visit',
      onStaff: undefined as unknown as boolean,
      item: { kind: 'vision' as const, id: 'vision-ignored' },
    };
    given([])
      .when(withData({ consequences: [onTheVision] }))
      .then([
        recordedWith({
          consequences: [{ ...onTheVision, onStaff: false, item: { kind: 'vision', id: null } }],
        }),
      ]);
    given([])
      .when(withData({ consequences: [{ ...onTheVision, item: { kind: 'experiment', id: 'nope' } }] }))
      .thenThrows(NotFoundError, 'ExperimentInProgramme');
  });

  it('refuses an experiment or a blueprint element not in the programme, and an unknown kind of item', () => {
    given([])
      .when(withData({ items: [{ kind: 'experiment', id: 'experiment-nope' }] }))
      .thenThrows(NotFoundError, 'ExperimentInProgramme');
    const message = given([])
      .when(withData({ items: [{ kind: 'blueprintElement', id: 'element-nope' }] }))
      .thenThrows(NotFoundError, 'ElementInBlueprint');
    expect(message).toBe("Element element-nope is not in this programme's blueprint");
    given([])
      .when(withData({ items: [{ kind: 'survey' as never, id: 'x' }] }))
      .thenThrows(ValidationError, 'UnknownValue');
    given([])
      .when(withData({ items: [] }))
      .thenThrows(ValidationError, 'AtLeastOneRequired');
    const unnamed = given([])
      .when(withData({ items: [{ kind: 'smallChange', id: '' }] }))
      .thenThrows(ValidationError, 'FeedbackItemNamed');
    expect(unnamed).toBe('A smallChange asked about must be named by its id');
  });

  it('is recorded once per id', () => {
    given([dated]).when(record).thenThrows(IllegalStateError, 'IdNotInUse');
  });
});

describe('Feedback round: answers and closures', () => {
  const responded: FeedbackRoundEvent = {
    type: 'FeedbackResponded',
    data: {
      feedbackRoundId: R,
      programmeId: P,
      responseId: 'response-1',
      whatWeDid: 'Protected an hour a day for notes',
      consequenceId: 'evening-typing',
      decision: { reviewId: 'review-1', decisionId: 'decision-1' },
    },
  };

  it('records an answer to the round as a whole, citing no decision', () => {
    given([dated])
      .when({
        ...respond,
        data: {
          ...respond.data,
          whatWeDid: ' Shared the themes at the team meeting ',
          consequenceId: undefined,
          decision: undefined,
        },
      })
      .then([
        {
          type: 'FeedbackResponded',
          data: {
            feedbackRoundId: R,
            programmeId: P,
            responseId: 'response-1',
            whatWeDid: 'Shared the themes at the team meeting',
            consequenceId: null,
            decision: null,
          },
        },
      ]);
  });

  it('refuses a second answer with the same id, and an empty one', () => {
    const message = given([dated, on('2021-11-02', responded)])
      .when(respond)
      .thenThrows(IllegalStateError, 'IdNotInUse');
    expect(message).toBe('Response response-1 is already recorded');
    given([dated])
      .when({ ...respond, data: { ...respond.data, whatWeDid: '' } })
      .thenThrows(ValidationError, 'RequiredText');
  });

  it('closes only a consequence the round flagged, with its resolution', () => {
    const message = given([dated])
      .when({ ...close, data: { ...close.data, consequenceId: 'nope' } })
      .thenThrows(NotFoundError, 'ConsequenceInRound');
    expect(message).toBe('Feedback round feedback-round-1 flagged no unintended consequence nope');
    given([dated])
      .when({ ...close, data: { ...close.data, resolution: ' ' } })
      .thenThrows(ValidationError, 'RequiredText');
    const closed = given([
      dated,
      on('2021-12-01', {
        type: 'UnintendedConsequenceClosed',
        data: { feedbackRoundId: R, programmeId: P, consequenceId: 'evening-typing', resolution: 'Done' },
      } as FeedbackRoundEvent),
    ])
      .when(close)
      .thenThrows(IllegalStateError, 'ConsequenceOpen');
    expect(closed).toBe('Unintended consequence evening-typing is already closed');
  });

  it('refuses an answer dated before the round with the sentence a recorder sees', () => {
    const message = given([dated])
      .when({ ...respond, context: { ...respond.context, occurredAt: '2021-10-19' } })
      .thenThrows(ValidationError, 'AnswerAfterFeedback');
    expect(message).toBe(
      'What was done in answer cannot be dated 2021-10-19, before the feedback round was held on 2021-10-20',
    );
  });
});

describe('Feedback round: each refusal names what is wrong, as the recorder sees it', () => {
  type RecordData = Extract<FeedbackRoundCommand, { type: 'RecordFeedbackRound' }>['data'];
  const withData = (data: Partial<RecordData>) => ({ ...record, data: { ...record.data, ...data } });
  const scored = (question: string, score: number, outOf: number) =>
    withData({ scores: [{ question, score, outOf }] });

  it.each([
    [
      withData({ items: [{ kind: 'survey' as never, id: 'x' }] }),
      ValidationError,
      'UnknownValue',
      'item kind must be one of smallChange, experiment, blueprintElement, vision; got "survey"',
    ],
    [
      withData({ asked: [] }),
      ValidationError,
      'AtLeastOneRequired',
      'who was asked needs at least one entry',
    ],
    [
      withData({ asked: [{ teamId: DUTY_TEAM, level: 'boss' as never, count: 2 }] }),
      ValidationError,
      'UnknownValue',
      'level asked must be one of practitioner, manager, seniorLeader, external; got "boss"',
    ],
    [scored('q', 1, Number.NaN), ValidationError, 'FiniteNumber', 'out of must be a number'],
    [scored('q', Number.NaN, 5), ValidationError, 'FiniteNumber', 'score must be a number'],
    [scored(' ', 1, 5), ValidationError, 'RequiredText', 'question must not be empty'],
    [
      withData({ consequences: [{ ...consequence, consequenceId: ' ' }] }),
      ValidationError,
      'RequiredText',
      'consequence id must not be empty',
    ],
    [
      withData({ consequences: [consequence, consequence] }),
      ValidationError,
      'NoDuplicates',
      'Two unintended consequences of one round share an id',
    ],
    [
      withData({ consequences: [{ ...consequence, description: '' }] }),
      ValidationError,
      'RequiredText',
      'unintended consequence must not be empty',
    ],
    [
      withData({ phaseId: 'nope' }),
      NotFoundError,
      'PhaseInProgramme',
      'Phase nope is not a phase of this programme',
    ],
    [
      withData({ phaseId: 'testAndLearn' }),
      IllegalStateError,
      'FeedbackInStartedPhase',
      'Phase testAndLearn has not started yet',
    ],
    [
      withData({ answered: -1 }),
      ValidationError,
      'WholeNumber',
      'how many answered must be a whole number of at least 0',
    ],
    [
      withData({ items: [] }),
      ValidationError,
      'AtLeastOneRequired',
      'items asked about needs at least one entry',
    ],
    [withData({ themes: [' '] }), ValidationError, 'RequiredText', 'theme must not be empty'],
  ])('refuses a round (%#) with its rule and sentence', (when, errorClass, rule, sentence) => {
    expect(given([]).when(when).thenThrows(errorClass, rule)).toBe(sentence);
  });

  it('says why the vision cannot be asked about yet, and that a round id is taken', () => {
    const noVision = given([], programmeFacts({ programme: programmeState([...programmeHistory, started]) }))
      .when(record)
      .thenThrows(NotFoundError, 'VisionSet');
    expect(noVision).toBe('The programme has no vision yet, so staff cannot be asked about it');
    expect(given([dated]).when(record).thenThrows(IllegalStateError, 'IdNotInUse')).toBe(
      'A feedback round with this id has already been recorded',
    );
  });

  it('names the empty part of an answer or a closure', () => {
    expect(
      given([dated])
        .when({ ...respond, data: { ...respond.data, whatWeDid: '' } })
        .thenThrows(ValidationError, 'RequiredText'),
    ).toBe('what was done in answer must not be empty');
    expect(
      given([dated])
        .when({ ...close, data: { ...close.data, resolution: ' ' } })
        .thenThrows(ValidationError, 'RequiredText'),
    ).toBe('resolution must not be empty');
  });
});
