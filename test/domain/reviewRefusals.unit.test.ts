/**
 * What a user is told when a review refuses a request (class, rule id, exact sentence); the ids
 * and dated steps a review folds to; its business-time rules; which streams each command reads.
 */
import { reviewAggregate } from '../../src/domain/review';
import type { ReviewCommand, ReviewEvent } from '../../src/domain/review/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { commandsOf, DIRECTOR, LEFT, LOCAL_BARRIER, MANAGER, P, programmeFacts, SW1 } from './fixtures';
import { on, specFor, type Given } from './givenWhenThen';

const given = specFor(reviewAggregate, programmeFacts);
const command = commandsOf<ReviewCommand>();
const R = 'review-march';
const held = (at: string) =>
  on<ReviewEvent>(
    at,
    {
      type: 'ReviewHeld',
      data: {
        reviewId: R,
        programmeId: P,
        kind: 'monthlySeniorLeaderReview',
        heldAt: at,
        teamId: null,
        attendeeIds: [SW1, DIRECTOR],
      },
    },
    'event-held',
  );
const insightData = {
  reviewId: R,
  insightId: 'i1',
  kind: 'challenge' as const,
  statement: 'Recording is duplicated',
  barrierIds: [LOCAL_BARRIER],
};
const insighted = (at: string) =>
  on<ReviewEvent>(at, { type: 'InsightRecorded', data: { programmeId: P, ...insightData } }, 'event-insight');
const decisionData = {
  reviewId: R,
  decisionId: 'd1',
  decision: 'Keep the one-page notes',
  rationale: 'Visits went up',
  affects: [],
  followUpOwnerId: MANAGER,
};
const decided = (at: string) =>
  on<ReviewEvent>(
    at,
    { type: 'DecisionRecorded', data: { programmeId: P, ...decisionData } },
    'event-decided',
  );
const hold = (data: Record<string, unknown>) =>
  command('HoldReview', { reviewId: R, kind: 'sensemakingSession', attendeeIds: [SW1], ...data } as never);
const recordInsight = (data: Record<string, unknown> = {}, at?: string) =>
  command('RecordInsight', { ...insightData, ...data } as never, at);
const recordDecision = (data: Record<string, unknown> = {}, at?: string) =>
  command('RecordDecision', { ...decisionData, ...data } as never, at);

type ErrorClass = typeof ValidationError | typeof IllegalStateError | typeof NotFoundError;
const MORNING = '2022-03-14T09:00:00.000Z';
const KINDS = 'monthlySeniorLeaderReview, internalProgressReview, teamCheckIn, sensemakingSession';
const AFFECTED = 'smallChange, experiment, blueprintElement, metric';
const refusals: [string, readonly Given<ReviewEvent>[], ReviewCommand, ErrorClass, string, string][] = [
  [
    'to hold a review under an id in use',
    [held(MORNING)],
    hold({}),
    IllegalStateError,
    'IdNotInUse',
    'A review with this id has already been recorded',
  ],
  [
    'to hold a review of an unknown kind',
    [],
    hold({ kind: 'coffee' }),
    ValidationError,
    'UnknownValue',
    `kind must be one of ${KINDS}; got "coffee"`,
  ],
  [
    'to hold a team check-in that names no team',
    [],
    hold({ kind: 'teamCheckIn' }),
    ValidationError,
    'CheckInNamesTeam',
    'A team check-in must name its team',
  ],
  [
    'to hold a review nobody attended',
    [],
    hold({ attendeeIds: [] }),
    ValidationError,
    'AtLeastOneRequired',
    'attendees needs at least one entry',
  ],
  [
    'to hold a review with a stranger attending',
    [],
    hold({ attendeeIds: [SW1, 'stranger'] }),
    NotFoundError,
    'ParticipantInProgramme',
    'attendees: stranger is not a participant of this programme',
  ],
  [
    'to hold a review attended by someone who has left',
    [],
    hold({ attendeeIds: [LEFT] }),
    IllegalStateError,
    'ParticipantActive',
    'attendees: participant person-left has left the programme',
  ],
  [
    'to record at a review never held',
    [],
    recordInsight(),
    NotFoundError,
    'ReviewInProgramme',
    'No review with this id has been recorded in this programme',
  ],
  [
    'to record an insight id twice',
    [held(MORNING), insighted(MORNING)],
    recordInsight({ statement: 'Another statement' }),
    IllegalStateError,
    'IdNotInUse',
    'Insight i1 is already recorded',
  ],
  [
    'an insight of an unknown kind',
    [held(MORNING)],
    recordInsight({ kind: 'worry' }),
    ValidationError,
    'UnknownValue',
    'kind must be one of challenge, opportunity; got "worry"',
  ],
  [
    'an insight without a statement',
    [held(MORNING)],
    recordInsight({ statement: ' ' }),
    ValidationError,
    'RequiredText',
    'statement must not be empty',
  ],
  [
    'to record a decision id twice',
    [held(MORNING), decided(MORNING)],
    recordDecision({ decision: 'Another decision' }),
    IllegalStateError,
    'IdNotInUse',
    'Decision d1 is already recorded',
  ],
  [
    'a decision affecting an unknown kind of item',
    [held(MORNING)],
    recordDecision({ affects: [{ kind: 'team', id: 'team-duty' }] }),
    ValidationError,
    'UnknownValue',
    `affected item kind must be one of ${AFFECTED}; got "team"`,
  ],
  [
    'a decision affecting an unknown metric',
    [held(MORNING)],
    recordDecision({ affects: [{ kind: 'metric', id: 'metric-x' }] }),
    NotFoundError,
    'MetricInProgramme',
    'affects: metric metric-x is not defined in this programme',
  ],
  [
    'a decision followed up by a stranger',
    [held(MORNING)],
    recordDecision({ followUpOwnerId: 'stranger' }),
    NotFoundError,
    'ParticipantInProgramme',
    'follow-up owner: stranger is not a participant of this programme',
  ],
  [
    'a decision without words',
    [held(MORNING)],
    recordDecision({ decision: ' ' }),
    ValidationError,
    'RequiredText',
    'decision must not be empty',
  ],
  [
    'a decision without a rationale',
    [held(MORNING)],
    recordDecision({ rationale: '' }),
    ValidationError,
    'RationaleRequired',
    'A rationale is required when recording a decision',
  ],
];

describe('review refusals: class, rule and the exact sentence', () => {
  it.each(refusals)('refuses %s', (_name, history, when, error, rule, message) => {
    expect(given(history).when(when).thenThrows(error, rule)).toBe(message);
  });
});

describe('review state: the ids it collects and its dated steps', () => {
  const step = (eventId: string, occurredAt: string, type: string) => ({
    eventId,
    occurredAt,
    type,
    thread: 'review',
  });
  const heldState = {
    status: 'Held',
    id: R,
    programmeId: P,
    kind: 'monthlySeniorLeaderReview',
    insightIds: [],
    decisionIds: [],
    steps: [step('event-held', MORNING, 'ReviewHeld')],
  };

  it('starts with no insights and no decisions', () => {
    expect(given([held(MORNING)]).state).toEqual(heldState);
  });

  it('collects the ids of its insights and decisions', () => {
    expect(given([held(MORNING), insighted(MORNING), decided(MORNING)]).state).toEqual({
      ...heldState,
      insightIds: ['i1'],
      decisionIds: ['d1'],
      steps: [
        step('event-held', MORNING, 'ReviewHeld'),
        step('event-insight', MORNING, 'InsightRecorded'),
        step('event-decided', MORNING, 'DecisionRecorded'),
      ],
    });
  });
});

describe("a review's business time", () => {
  const TEN = '2022-03-14T10:00:00.000Z';
  const NINE = MORNING;

  it("refuses a decision timed before the review on the review's own day (DecisionOnReviewDate)", () => {
    expect(
      given([held(TEN)])
        .when(recordDecision({}, NINE))
        .thenThrows(ValidationError, 'DecisionOnReviewDate'),
    ).toBe(
      "A review's decisions occur on the review's date: it was held on 2022-03-14T10:00:00.000Z, the decision is dated 2022-03-14T09:00:00.000Z",
    );
  });

  it('refuses an insight timed before the review was held', () => {
    expect(
      given([held(TEN)])
        .when(recordInsight({}, NINE))
        .thenThrows(ValidationError, 'InsightAfterReviewHeld'),
    ).toBe(
      'An insight of a review cannot be recorded as occurring on 2022-03-14T09:00:00.000Z, before the review was held on 2022-03-14T10:00:00.000Z',
    );
  });

  it('accepts a decision timed before an insight recorded later that day: only the review orders them', () => {
    given([held(NINE), insighted('2022-03-14T12:00:00.000Z')])
      .when(recordDecision({}, TEN))
      .then([{ type: 'DecisionRecorded', data: { programmeId: P, ...decisionData } }]);
  });
});

describe('correcting a date at a review (held, insight and decision all on 2022-03-14)', () => {
  const history = [held('2022-03-14'), insighted('2022-03-14'), decided('2022-03-14')];
  const rationale = 'The minutes are dated otherwise';
  const correct = (eventId: string, correctOccurredAt: string) =>
    command('CorrectReviewDate', { reviewId: R, eventId, correctOccurredAt, rationale });
  const corrected = (eventId: string, eventType: string, correctOccurredAt: string, followers: string[]) => ({
    type: 'OccurredDateCorrected' as const,
    data: {
      programmeId: P,
      item: { kind: 'review' as const, id: R },
      eventId,
      eventType,
      wrongOccurredAt: '2022-03-14',
      correctOccurredAt,
      rationale,
      followers,
    },
  });

  it("moving the review's date moves its decisions with it, not its insights", () => {
    const correction = corrected('event-held', 'ReviewHeld', '2022-03-13', ['event-decided']);
    given(history).when(correct('event-held', '2022-03-13')).then([correction]);
    expect(given([...history, on('2022-03-21', correction)]).state).toMatchObject({
      steps: [
        { eventId: 'event-held', occurredAt: '2022-03-13' },
        { eventId: 'event-insight', occurredAt: '2022-03-14' },
        { eventId: 'event-decided', occurredAt: '2022-03-13' },
      ],
    });
  });

  it("refuses to move the review's date past one of its insights", () => {
    expect(
      given(history)
        .when(correct('event-held', '2022-03-16'))
        .thenThrows(ValidationError, 'InsightAfterReviewHeld'),
    ).toBe(
      'An insight of a review cannot be recorded as occurring on 2022-03-14, before the review was held on 2022-03-16',
    );
  });

  it("moving an insight's date moves nothing else", () => {
    given(history)
      .when(correct('event-insight', '2022-03-15'))
      .then([corrected('event-insight', 'InsightRecorded', '2022-03-15', [])]);
  });

  it("refuses to move a decision off the review's date", () => {
    expect(
      given(history)
        .when(correct('event-decided', '2022-03-15'))
        .thenThrows(ValidationError, 'DecisionOnReviewDate'),
    ).toBe(
      "A review's decisions occur on the review's date: it was held on 2022-03-14, the decision is dated 2022-03-15",
    );
  });
});

describe('which other streams a review command reads', () => {
  const references = (when: ReviewCommand) => reviewAggregate.references(when, reviewAggregate.initialState);
  const affecting = (kind: string, id: string) => recordDecision({ affects: [{ kind, id }] });

  it.each([
    ['smallChange', 'sc-one-page-notes', [{ kind: 'smallChange', id: 'sc-one-page-notes' }]],
    ['experiment', 'experiment-1', [{ kind: 'experiment', id: 'experiment-1' }]],
    ['blueprintElement', 'element-1', [{ kind: 'blueprint', id: P }]],
    ['metric', 'metric-time-with-families', []],
  ])('a decision affecting %s %s reads %j', (kind, id, expected) => {
    expect(references(affecting(kind, id))).toEqual(expected);
  });

  it('a decision reads every affected item, then the feedback rounds it cites', () => {
    const when = recordDecision({
      affects: [
        { kind: 'metric', id: 'metric-time-with-families' },
        { kind: 'blueprintElement', id: 'element-1' },
        { kind: 'experiment', id: 'experiment-1' },
        { kind: 'smallChange', id: 'sc-one-page-notes' },
      ],
      feedbackRoundIds: ['feedback-june'],
    });
    expect(references(when)).toEqual([
      { kind: 'blueprint', id: P },
      { kind: 'experiment', id: 'experiment-1' },
      { kind: 'smallChange', id: 'sc-one-page-notes' },
      { kind: 'feedbackRound', id: 'feedback-june' },
    ]);
  });

  it('an insight reads its barriers; holding a review reads nothing else', () => {
    expect(references(recordInsight())).toEqual([{ kind: 'barrier', id: LOCAL_BARRIER }]);
    expect(references(hold({}))).toEqual([]);
  });
});
