/**
 * What a user is told when a measurement is refused (class, rule id, exact sentence); a period
 * at the programme's start; survey rounds as sources; what a correction of a baseline folds to;
 * which other streams each measurement command reads.
 */
import { measurementAggregate } from '../../src/domain/measurement';
import type { MeasurementCommand, MeasurementEvent } from '../../src/domain/measurement/events';
import type { MeasurementSeries } from '../../src/domain/measurement/state';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { surveyRoundAggregate } from '../../src/domain/surveyRound';
import type { SurveyRoundEvent } from '../../src/domain/surveyRound/events';
import { METRIC, P, programmeFacts } from './fixtures';
import { foldEvents, on, specFor, type Given } from './givenWhenThen';
import { command, correctData, period, recordData } from './measurementSetup';

const given = specFor(measurementAggregate, programmeFacts);
const recording = (data: Record<string, unknown> = {}, at?: string) =>
  command('RecordMeasurement', { ...recordData, ...data } as never, at);
const recorded = (data: Record<string, unknown> = {}): MeasurementEvent =>
  ({
    type: 'MeasurementRecorded',
    data: { programmeId: P, ...recordData, baseline: false, ...data },
  }) as MeasurementEvent;
const correcting = (data: Record<string, unknown> = {}) =>
  command('CorrectMeasurement', { ...correctData, ...data } as never);
const corrected = (data: Record<string, unknown> = {}): MeasurementEvent =>
  ({
    type: 'MeasurementCorrected',
    data: { programmeId: P, ...correctData, ...period, ...data },
  }) as MeasurementEvent;

type ErrorClass = typeof ValidationError | typeof IllegalStateError | typeof NotFoundError;
interface Refusal {
  readonly name: string;
  readonly history: readonly Given<MeasurementEvent>[];
  readonly when: MeasurementCommand;
  readonly error: ErrorClass;
  readonly rule: string;
  readonly message: string;
}
const DATE_FORMAT = 'must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z)';
const ONLY_BASELINE =
  'before the programme starts on 2021-09-01; only a baseline measurement or survey round, declared as one, may come before the start';

const recordRefusals: Refusal[] = [
  {
    name: 'a measurement of a metric the programme does not define',
    history: [],
    when: recording({ metricId: 'metric-x' }),
    error: NotFoundError,
    rule: 'MetricInProgramme',
    message: 'metric: metric metric-x is not defined in this programme',
  },
  {
    name: 'a measurement under an id already recorded',
    history: [recorded()],
    when: recording(),
    error: IllegalStateError,
    rule: 'IdNotInUse',
    message: 'Measurement m1 is already recorded',
  },
  {
    name: 'a measurement from an unknown kind of source',
    history: [],
    when: recording({ source: { kind: 'hunch' } }),
    error: ValidationError,
    rule: 'UnknownValue',
    message: 'source must be one of surveyRound, caseRecords, timeDiary, other; got "hunch"',
  },
  {
    name: 'a period start that is not a date',
    history: [],
    when: recording({ periodStart: 'January' }),
    error: ValidationError,
    rule: 'ValidDate',
    message: `period start ${DATE_FORMAT}; got "January"`,
  },
  {
    name: 'a period end that is not a date',
    history: [],
    when: recording({ periodEnd: '2022-02-30' }),
    error: ValidationError,
    rule: 'ValidDate',
    message: `period end ${DATE_FORMAT}; got "2022-02-30"`,
  },
  {
    name: 'a period that ends before it starts',
    history: [],
    when: recording({ periodEnd: '2022-01-02' }),
    error: IllegalStateError,
    rule: 'PeriodInOrder',
    message: 'A period cannot end before it starts',
  },
  {
    name: 'a measurement taken before the programme started, not declared a baseline',
    history: [],
    when: recording({}, '2021-08-31'),
    error: ValidationError,
    rule: 'NotBeforeProgrammeStart',
    message: `This measurement is dated 2021-08-31, ${ONLY_BASELINE}`,
  },
  {
    name: 'a period starting the day before the programme, not declared a baseline',
    history: [],
    when: recording({ periodStart: '2021-08-31' }),
    error: ValidationError,
    rule: 'NotBeforeProgrammeStart',
    message: `The period of this measurement is dated 2021-08-31, ${ONLY_BASELINE}`,
  },
  {
    name: 'a value that is not a number',
    history: [],
    when: recording({ value: Number.NaN }),
    error: ValidationError,
    rule: 'FiniteNumber',
    message: 'value must be a number',
  },
];

const correctionRefusals: Refusal[] = [
  {
    name: 'a correction of a value already corrected',
    history: [recorded(), corrected()],
    when: correcting({ measurementId: 'm1c' }),
    error: IllegalStateError,
    rule: 'CorrectTheCurrentValue',
    message: 'Measurement m1 was already corrected by m1b; correct that one instead',
  },
  {
    name: 'a correction without a number',
    history: [recorded()],
    when: correcting({ value: Number.POSITIVE_INFINITY }),
    error: ValidationError,
    rule: 'FiniteNumber',
    message: 'value must be a number',
  },
  {
    name: 'a correction without a reason',
    history: [recorded()],
    when: correcting({ reason: '  ' }),
    error: ValidationError,
    rule: 'RequiredText',
    message: 'reason for the correction must not be empty',
  },
  {
    name: 'a correction under an id already recorded',
    history: [recorded()],
    when: correcting({ measurementId: 'm1' }),
    error: IllegalStateError,
    rule: 'IdNotInUse',
    message: 'Measurement m1 is already recorded',
  },
];

describe('measurement refusals: class, rule and the exact sentence', () => {
  it.each([...recordRefusals, ...correctionRefusals])(
    'refuses $name',
    ({ history, when, error, rule, message }) => {
      expect(given(history).when(when).thenThrows(error, rule)).toBe(message);
    },
  );

  it('accepts a period that starts on the programme start date without being a baseline', () => {
    given([])
      .when(recording({ periodStart: '2021-09-01' }))
      .then([recorded({ periodStart: '2021-09-01' })]);
  });
});

describe('a measurement from a survey round', () => {
  const roundHeld = (surveyRoundId: string, programmeId: string): SurveyRoundEvent => ({
    type: 'SurveyRoundRecorded',
    data: {
      surveyRoundId,
      programmeId,
      heldAt: '2022-01-14',
      audience: 'practitioners',
      respondents: 14,
      scores: [{ metricId: METRIC, score: 22 }],
      themes: [],
      anonymisedQuotes: [],
    },
  });
  const facts = () =>
    programmeFacts({
      surveyRounds: new Map([
        ['round-here', foldEvents(surveyRoundAggregate, [roundHeld('round-here', P)])],
        ['round-elsewhere', foldEvents(surveyRoundAggregate, [roundHeld('round-elsewhere', 'programme-x')])],
      ]),
    });
  const fromRound = (source: Record<string, unknown>) => recording({ source });

  it.each([
    ['a round of another programme', { kind: 'surveyRound', id: 'round-elsewhere' }, 'round-elsewhere'],
    ['a round never recorded', { kind: 'surveyRound', id: 'round-nowhere' }, 'round-nowhere'],
    ['a round not named', { kind: 'surveyRound' }, '(none given)'],
    ['a round named by an empty id', { kind: 'surveyRound', id: '' }, '(none given)'],
  ])('refuses %s, naming it', (_name, source, shown) => {
    expect(
      given([], facts()).when(fromRound(source)).thenThrows(NotFoundError, 'SurveyRoundInProgramme'),
    ).toBe(`Survey round ${shown} is not recorded in this programme`);
  });

  it('accepts a round recorded in this programme', () => {
    const source = { kind: 'surveyRound', id: 'round-here' };
    given([], facts())
      .when(fromRound(source))
      .then([recorded({ source })]);
  });
});

describe('a correction of a baseline stays a baseline', () => {
  const baselinePeriod = { periodStart: '2021-06-01', periodEnd: '2021-06-30' };
  const baselineHistory = [
    on('2021-07-01', recorded({ ...baselinePeriod, baseline: true })),
    on('2022-03-01', corrected(baselinePeriod)),
  ];
  const series = (history: readonly Given<MeasurementEvent>[]) =>
    given(history).state as Extract<MeasurementSeries, { status: 'Recording' }>;

  it('folds the corrected and the correcting measurement as baselines, with baseline steps', () => {
    const state = series(baselineHistory);
    expect(state.measurements.toJS()).toEqual({
      m1: { ...baselinePeriod, supersededBy: 'm1b', baseline: true },
      m1b: { ...baselinePeriod, supersededBy: null, baseline: true },
    });
    expect(state.steps.toArray()).toEqual([
      {
        eventId: 'event-1',
        occurredAt: '2021-07-01',
        type: 'MeasurementRecorded',
        thread: 'm1',
        baseline: true,
      },
      {
        eventId: 'event-2',
        occurredAt: '2022-03-01',
        type: 'MeasurementCorrected',
        thread: 'm1b',
        baseline: true,
      },
    ]);
  });

  it('folds a correction of a measurement of the programme as no baseline', () => {
    const state = series([recorded(), corrected()]);
    expect(state.measurements.toJS()).toEqual({
      m1: { ...period, supersededBy: 'm1b', baseline: false },
      m1b: { ...period, supersededBy: null, baseline: false },
    });
  });

  it('accepts a correction of the correction for the baseline period before the start', () => {
    given(baselineHistory)
      .when(correcting({ measurementId: 'm1c', supersedes: 'm1b', value: 19 }))
      .then([corrected({ ...baselinePeriod, measurementId: 'm1c', supersedes: 'm1b', value: 19 })]);
  });

  it('refuses moving a correction of a programme measurement before the start', () => {
    const message = given([recorded(), corrected()])
      .when(correcting({ measurementId: 'm1c', supersedes: 'm1b', periodStart: '2021-08-30' }))
      .thenThrows(ValidationError, 'NotBeforeProgrammeStart');
    expect(message).toBe(`The period of this measurement is dated 2021-08-30, ${ONLY_BASELINE}`);
  });
});

describe('which other streams a measurement command reads', () => {
  const references = (when: MeasurementCommand) =>
    measurementAggregate.references(when, measurementAggregate.initialState);

  it.each([
    [{ kind: 'surveyRound', id: 'round-here' }, [{ kind: 'surveyRound', id: 'round-here' }]],
    [{ kind: 'caseRecords', id: 'case-register' }, []],
    [{ kind: 'timeDiary' }, []],
    [{ kind: 'other', id: 'round-here', description: 'A headcount' }, []],
  ])('a measurement from %j reads %j', (source, expected) => {
    expect(references(recording({ source }))).toEqual(expected);
  });

  it('a correction reads no other stream', () => {
    expect(references(correcting())).toEqual([]);
  });
});
