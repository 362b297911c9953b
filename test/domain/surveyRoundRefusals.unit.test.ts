/**
 * What a recorder reads when a survey round is refused (class, rule and the whole sentence), a
 * round scoring several metrics, and how a round's date is corrected: a baseline round's step is
 * marked as one, so it may be moved to another date before the start, and only there.
 */
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import {
  DomainError,
  IllegalStateError,
  NotFoundError,
  ValidationError,
} from '../../src/domain/shared/errors';
import { surveyRoundAggregate } from '../../src/domain/surveyRound';
import type { SurveyRoundCommand, SurveyRoundEvent } from '../../src/domain/surveyRound/events';
import { commandsOf, METRIC, OUTCOME, P, programmeFacts, programmeHistory, programmeState } from './fixtures';
import { on, specFor, type Dated } from './givenWhenThen';

type ErrorClass = abstract new (...args: never[]) => DomainError;
type RecordData = Extract<SurveyRoundCommand, { type: 'RecordSurveyRound' }>['data'];

const given = specFor(surveyRoundAggregate, programmeFacts);
const command = commandsOf<SurveyRoundCommand>();
const ROUND = 'round-1';
const roundData = {
  surveyRoundId: ROUND,
  audience: 'practitioners' as const,
  respondents: 14,
  scores: [{ metricId: METRIC, score: 22 }],
  themes: ['Fewer forms'],
  anonymisedQuotes: ['I got my Thursday evenings back'],
};
const record = (data: Partial<RecordData> = {}, heldAt?: string) =>
  command('RecordSurveyRound', { ...roundData, ...data }, heldAt);
const recorded = (heldAt: string, baseline: boolean): SurveyRoundEvent => ({
  type: 'SurveyRoundRecorded',
  data: { programmeId: P, ...roundData, heldAt, baseline },
});

describe('a refused survey round tells the recorder why, in so many words', () => {
  it.each<[string, SurveyRoundEvent[], SurveyRoundCommand, ErrorClass, string, string]>([
    [
      'an id in use',
      [recorded('2021-10-05', false)],
      record(),
      IllegalStateError,
      'IdNotInUse',
      'A survey round with this id has already been recorded',
    ],
    [
      'a round before the start not declared a baseline',
      [],
      record({}, '2021-08-20'),
      ValidationError,
      'NotBeforeProgrammeStart',
      'This survey round is dated 2021-08-20, before the programme starts on 2021-09-01; only a baseline measurement or survey round, declared as one, may come before the start',
    ],
    [
      'a baseline round from the start on',
      [],
      record({ baseline: true }, '2021-09-02'),
      ValidationError,
      'BaselineBeforeStart',
      'This survey round is declared a baseline but is dated 2021-09-02, not before the programme starts on 2021-09-01; leave baseline out for facts of the programme itself',
    ],
    [
      'a score of a metric the programme lacks',
      [],
      record({ scores: [{ metricId: 'metric-x', score: 1 }] }),
      NotFoundError,
      'MetricInProgramme',
      'scores: metric metric-x is not defined in this programme',
    ],
    [
      'two scores for one metric',
      [],
      record({
        scores: [
          { metricId: METRIC, score: 1 },
          { metricId: METRIC, score: 2 },
        ],
      }),
      ValidationError,
      'OneScorePerMetric',
      'A survey round has at most one score per metric',
    ],
    [
      'an unknown audience',
      [],
      record({ audience: 'managers' as never }),
      ValidationError,
      'UnknownValue',
      'audience must be one of practitioners, childrenAndFamilies; got "managers"',
    ],
    [
      'no respondents',
      [],
      record({ respondents: 0 }),
      ValidationError,
      'WholeNumber',
      'respondents must be a whole number of at least 1',
    ],
    [
      'a score that is not a number',
      [],
      record({ scores: [{ metricId: METRIC, score: Number.NaN }] }),
      ValidationError,
      'FiniteNumber',
      `score for ${METRIC} must be a number`,
    ],
    [
      'a blank theme',
      [],
      record({ themes: [' '] }),
      ValidationError,
      'RequiredText',
      'theme must not be empty',
    ],
    [
      'a blank quote',
      [],
      record({ anonymisedQuotes: [''] }),
      ValidationError,
      'RequiredText',
      'quote must not be empty',
    ],
    [
      'a quote longer than 1000 characters',
      [],
      record({ anonymisedQuotes: ['q'.repeat(1001)] }),
      ValidationError,
      'TextTooLong',
      'quote must be at most 1000 characters',
    ],
    [
      'a quote with an email address',
      [],
      record({ anonymisedQuotes: ['write to jo@example.org'] }),
      ValidationError,
      'QuotesAnonymised',
      'A quote appears to contain contact details (an email address or phone number); record anonymised quotes only',
    ],
  ])('refuses %s', (_case, history, refused, errorClass, rule, message) => {
    expect(given(history).when(refused).thenThrows(errorClass, rule)).toBe(message);
  });
});

describe('a survey round scoring several metrics', () => {
  const SECOND = 'metric-forms-per-visit';
  const secondMetric: ProgrammeEvent = {
    type: 'MetricDefined',
    data: {
      programmeId: P,
      metricId: SECOND,
      outcomeId: OUTCOME,
      name: 'Forms per visit',
      unit: 'forms',
      direction: 'lowerIsBetter',
      baseline: 6,
      target: 3,
      cadence: 'monthly',
      howWouldWeKnow: 'Case system report',
    },
  };
  const scores = [
    { metricId: METRIC, score: 22 },
    { metricId: SECOND, score: 5 },
  ];

  it('records one score for each metric', () => {
    given([], programmeFacts({ programme: programmeState([...programmeHistory, secondMetric]) }))
      .when(record({ scores }))
      .then([
        {
          type: 'SurveyRoundRecorded',
          data: { programmeId: P, ...roundData, scores, heldAt: '2022-03-14T10:00:00.000Z', baseline: false },
        },
      ]);
  });
});

const correct = (correctOccurredAt: string, surveyRoundId = ROUND) =>
  command('CorrectSurveyRoundDate', {
    surveyRoundId,
    eventId: 'event-1',
    correctOccurredAt,
    rationale: 'The round closed on another day',
  });
const corrected = (wrongOccurredAt: string, correctOccurredAt: string): SurveyRoundEvent => ({
  type: 'OccurredDateCorrected',
  data: {
    programmeId: P,
    item: { kind: 'surveyRound', id: ROUND },
    eventId: 'event-1',
    eventType: 'SurveyRoundRecorded',
    wrongOccurredAt,
    correctOccurredAt,
    rationale: 'The round closed on another day',
    followers: [],
  },
});

describe("a survey round's date, corrected", () => {
  const held = on('2021-10-05', recorded('2021-10-05', false));
  const baseline = on('2021-08-20', recorded('2021-08-20', true));

  it('is one dated step of the round, marked as a baseline for a baseline round', () => {
    const step = { eventId: 'event-1', type: 'SurveyRoundRecorded', thread: 'surveyRound' };
    expect(given([held]).state).toStrictEqual({
      status: 'Recorded',
      id: ROUND,
      programmeId: P,
      audience: 'practitioners',
      steps: [{ ...step, occurredAt: '2021-10-05' }],
    });
    expect(given([baseline]).state).toMatchObject({
      steps: [{ ...step, occurredAt: '2021-08-20', baseline: true }],
    });
  });

  it('moves a round to its correct date', () => {
    given([held])
      .when(correct('2021-10-04'))
      .then([corrected('2021-10-05', '2021-10-04')]);
  });

  it('moves a baseline round to another date before the start', () => {
    given([baseline])
      .when(correct('2021-08-13'))
      .then([corrected('2021-08-20', '2021-08-13')]);
  });

  it.each<[string, Dated<SurveyRoundEvent>, SurveyRoundCommand, ErrorClass, string, string]>([
    [
      'a round of the programme moved before its start',
      held,
      correct('2021-08-20'),
      ValidationError,
      'NotBeforeProgrammeStart',
      'The SurveyRoundRecorded being corrected is dated 2021-08-20, before the programme starts on 2021-09-01; only a baseline measurement or survey round, declared as one, may come before the start',
    ],
    [
      'a baseline round moved past the start',
      baseline,
      correct('2021-09-02'),
      ValidationError,
      'BaselineBeforeStart',
      'This baseline is declared a baseline but is dated 2021-09-02, not before the programme starts on 2021-09-01; leave baseline out for facts of the programme itself',
    ],
    [
      'a round never recorded',
      held,
      correct('2021-10-04', 'round-x'),
      NotFoundError,
      'SurveyRoundInProgramme',
      'No survey round with this id has been recorded in this programme',
    ],
  ])('refuses %s', (_case, history, refused, errorClass, rule, message) => {
    expect(given([history]).when(refused).thenThrows(errorClass, rule)).toBe(message);
  });
});
