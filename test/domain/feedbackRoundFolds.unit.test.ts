/**
 * What a feedback round folds to (the ids it starts with and collects, its dated steps), the
 * business-time order its steps keep, and which other streams each of its commands reads.
 */
import { feedbackRoundAggregate } from '../../src/domain/feedbackRound';
import type {
  FeedbackItem,
  FeedbackRoundCommand,
  FeedbackRoundEvent,
} from '../../src/domain/feedbackRound/events';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { ValidationError } from '../../src/domain/shared/errors';
import { commandsOf, DUTY_TEAM, P, programmeFacts, programmeHistory, programmeState } from './fixtures';
import { on, specFor } from './givenWhenThen';

const R = 'feedback-round-1';
const phaseStarted: ProgrammeEvent = {
  type: 'PhaseStarted',
  data: { programmeId: P, phaseId: 'smallChanges', startedAt: '2021-10-01' },
};
const given = specFor(feedbackRoundAggregate, () =>
  programmeFacts({ programme: programmeState([...programmeHistory, phaseStarted]) }),
);
const command = commandsOf<FeedbackRoundCommand>();
const ids = { feedbackRoundId: R, programmeId: P };
const consequence = (consequenceId: string, item: FeedbackItem | null = null) => ({
  consequenceId,
  description: `Consequence ${consequenceId}`,
  onStaff: true,
  item,
});
const roundData = {
  phaseId: 'smallChanges',
  items: [{ kind: 'vision' as const, id: null }],
  asked: [{ teamId: DUTY_TEAM, level: 'practitioner' as const, count: 12 }],
  answered: 9,
  themes: [],
  anonymisedQuotes: [],
  scores: [],
  consequences: [consequence('evening-typing'), consequence('missed-lunch')],
};
const held = on<FeedbackRoundEvent>(
  '2021-10-20',
  { type: 'FeedbackRoundRecorded', data: { ...ids, ...roundData, heldAt: '2021-10-20' } },
  'event-held',
);
const responded = on<FeedbackRoundEvent>(
  '2021-11-02',
  {
    type: 'FeedbackResponded',
    data: { ...ids, responseId: 'response-1', whatWeDid: 'Notes hour', consequenceId: null, decision: null },
  },
  'event-responded',
);
const closedEvent = (consequenceId: string): FeedbackRoundEvent => ({
  type: 'UnintendedConsequenceClosed',
  data: { ...ids, consequenceId, resolution: 'Sorted' },
});
const close = (at: string) =>
  command(
    'CloseUnintendedConsequence',
    { feedbackRoundId: R, consequenceId: 'missed-lunch', resolution: 'Sorted' },
    at,
  );
const step = (eventId: string, occurredAt: string, type: string) => ({
  eventId,
  occurredAt,
  type,
  thread: 'feedbackRound',
});

describe('what a feedback round folds to', () => {
  it('starts with the consequences it flagged, none closed and no responses, held as its first step', () => {
    expect(given([held]).state).toEqual({
      status: 'Recorded',
      id: R,
      programmeId: P,
      consequenceIds: ['evening-typing', 'missed-lunch'],
      closedConsequenceIds: [],
      responseIds: [],
      steps: [step('event-held', '2021-10-20', 'FeedbackRoundRecorded')],
    });
  });

  it('collects the responses and closures that follow, each a dated step', () => {
    expect(
      given([held, responded, on('2021-12-01', closedEvent('missed-lunch'), 'event-closed')]).state,
    ).toEqual({
      status: 'Recorded',
      id: R,
      programmeId: P,
      consequenceIds: ['evening-typing', 'missed-lunch'],
      closedConsequenceIds: ['missed-lunch'],
      responseIds: ['response-1'],
      steps: [
        step('event-held', '2021-10-20', 'FeedbackRoundRecorded'),
        step('event-responded', '2021-11-02', 'FeedbackResponded'),
        step('event-closed', '2021-12-01', 'UnintendedConsequenceClosed'),
      ],
    });
  });
});

describe('the order of a feedback round in business time', () => {
  it('accepts a closure dated after the round but before a response recorded earlier', () => {
    given([held, responded])
      .when(close('2021-10-25'))
      .then([closedEvent('missed-lunch')]);
  });

  it('refuses a closure dated before the round was held, naming both dates', () => {
    expect(
      given([held, responded]).when(close('2021-10-19')).thenThrows(ValidationError, 'AnswerAfterFeedback'),
    ).toBe(
      'What was done in answer cannot be dated 2021-10-19, before the feedback round was held on 2021-10-20',
    );
  });
});

describe('which other streams a feedback round command reads', () => {
  const references = (when: FeedbackRoundCommand) =>
    feedbackRoundAggregate.references(when, feedbackRoundAggregate.initialState);
  const recording = (items: FeedbackItem[], consequences = [consequence('c1')]) =>
    command('RecordFeedbackRound', { ...roundData, feedbackRoundId: R, items, consequences });

  it.each([
    ['smallChange', 'sc-one-page-notes', [{ kind: 'smallChange', id: 'sc-one-page-notes' }]],
    ['experiment', 'experiment-1', [{ kind: 'experiment', id: 'experiment-1' }]],
    ['blueprintElement', 'element-1', [{ kind: 'blueprint', id: P }]],
    ['vision', null, []],
  ] as const)('a round asking about %s %s reads %j', (kind, id, expected) => {
    expect(references(recording([{ kind, id }]))).toEqual(expected);
  });

  it('a round reads every item asked about, then the items its consequences follow from', () => {
    const when = recording(
      [
        { kind: 'vision', id: null },
        { kind: 'experiment', id: 'experiment-1' },
      ],
      [
        consequence('c1', { kind: 'smallChange', id: 'sc-one-page-notes' }),
        consequence('c2'),
        consequence('c3', { kind: 'blueprintElement', id: 'element-2' }),
      ],
    );
    expect(references(when)).toEqual([
      { kind: 'experiment', id: 'experiment-1' },
      { kind: 'smallChange', id: 'sc-one-page-notes' },
      { kind: 'blueprint', id: P },
    ]);
  });

  it('a response reads the review whose decision it cites, and nothing when it cites none', () => {
    const respond = (decision?: { reviewId: string; decisionId: string }) =>
      command('RespondToFeedback', {
        feedbackRoundId: R,
        responseId: 'r1',
        whatWeDid: 'Notes hour',
        decision,
      });
    expect(references(respond({ reviewId: 'review-1', decisionId: 'decision-1' }))).toEqual([
      { kind: 'review', id: 'review-1' },
    ]);
    expect(references(respond())).toEqual([]);
  });

  it('closing a consequence reads no other stream', () => {
    expect(references(close('2021-12-01'))).toEqual([]);
  });
});
