import { measurementAggregate } from '../../src/domain/measurement';
import type { MeasurementEvent } from '../../src/domain/measurement/events';
import type { MeasurementSeries } from '../../src/domain/measurement/state';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { surveyRoundAggregate } from '../../src/domain/surveyRound';
import type { SurveyRoundCommand } from '../../src/domain/surveyRound/events';
import { commandsOf, DUTY_TEAM, METRIC, P, programmeFacts } from './fixtures';
import { foldEvents, specFor } from './givenWhenThen';
import { command, correctData, period, recordData } from './measurementSetup';

const given = specFor(measurementAggregate, programmeFacts);
const record = command('RecordMeasurement', recordData);
const recorded: MeasurementEvent = {
  type: 'MeasurementRecorded',
  data: { programmeId: P, ...recordData, baseline: false },
};
const correct = command('CorrectMeasurement', correctData);
const corrected: MeasurementEvent = {
  type: 'MeasurementCorrected',
  data: { programmeId: P, ...correctData, ...period },
};

describe('Measurements', () => {
  it('are recorded against a metric of the programme for a period', () => {
    given([]).when(record).then([recorded]);
    given([])
      .when({ ...record, data: { ...record.data, metricId: 'metric-x' } })
      .thenThrows(NotFoundError, 'MetricInProgramme');
    given([])
      .when({ ...record, data: { ...record.data, periodEnd: '2022-01-01' } })
      .thenThrows(IllegalStateError, 'PeriodInOrder');
    given([recorded]).when(record).thenThrows(IllegalStateError, 'IdNotInUse');
  });

  it('may be of one team (or cohort) enrolled in the programme; without one, of the whole programme', () => {
    given([])
      .when({ ...record, data: { ...record.data, teamId: DUTY_TEAM } })
      .then([{ ...recorded, data: { ...recorded.data, teamId: DUTY_TEAM } }]);
    given([])
      .when({ ...record, data: { ...record.data, teamId: 'team-nowhere' } })
      .thenThrows(NotFoundError, 'TeamInProgramme');
  });

  it('from a survey round only if the round is recorded', () => {
    const fromRound = {
      ...record,
      data: { ...record.data, source: { kind: 'surveyRound' as const, id: 'round-1' } },
    };
    given([]).when(fromRound).thenThrows(NotFoundError, 'SurveyRoundInProgramme');
    const round = surveyRoundAggregate.decide(
      commandsOf<SurveyRoundCommand>()('RecordSurveyRound', {
        surveyRoundId: 'round-1',
        audience: 'practitioners',
        respondents: 14,
        scores: [{ metricId: METRIC, score: 22 }],
        themes: [],
        anonymisedQuotes: [],
      }),
      surveyRoundAggregate.initialState,
      programmeFacts(),
    );
    const facts = programmeFacts({
      surveyRounds: new Map([['round-1', foldEvents(surveyRoundAggregate, round)]]),
    });
    expect(measurementAggregate.decide(fromRound, measurementAggregate.initialState, facts)).toHaveLength(1);
  });

  it('are corrected by a new measurement that points at the one it supersedes, with a reason', () => {
    given([recorded]).when(correct).then([corrected]);
    const message = given([recorded])
      .when({ ...correct, data: { ...correct.data, supersedes: 'm-unknown' } })
      .thenThrows(NotFoundError, 'CorrectionPointsAtExistingMeasurement');
    expect(message).toContain('existing measurement');
    given([recorded])
      .when({ ...correct, data: { ...correct.data, reason: '' } })
      .thenThrows(ValidationError, 'RequiredText');
    given([recorded, corrected])
      .when({ ...correct, data: { ...correct.data, measurementId: 'm1c' } })
      .thenThrows(IllegalStateError, 'CorrectTheCurrentValue');
    expect(given([recorded, corrected]).state).toMatchObject({ status: 'Recording' });
    const { measurements } = given([recorded, corrected]).state as Extract<
      MeasurementSeries,
      { status: 'Recording' }
    >;
    expect(measurements.toJS()).toMatchObject({ m1: { supersededBy: 'm1b' }, m1b: { supersededBy: null } });
  });
});

describe('Survey rounds', () => {
  const givenRound = specFor(surveyRoundAggregate, programmeFacts);
  const recordRound = commandsOf<SurveyRoundCommand>()('RecordSurveyRound', {
    surveyRoundId: 'round-1',
    audience: 'practitioners',
    respondents: 14,
    scores: [{ metricId: METRIC, score: 22 }],
    themes: ['Fewer forms'],
    anonymisedQuotes: ['I got my Thursday evenings back'],
  });

  it('store aggregates and anonymised quotes only', () => {
    givenRound([])
      .when(recordRound)
      .then([
        {
          type: 'SurveyRoundRecorded',
          data: { ...recordRound.data, heldAt: recordRound.context.occurredAt, baseline: false },
        },
      ]);
    givenRound([])
      .when({ ...recordRound, data: { ...recordRound.data, anonymisedQuotes: ['Call me on 07700 900123'] } })
      .thenThrows(ValidationError, 'QuotesAnonymised');
    givenRound([])
      .when({ ...recordRound, data: { ...recordRound.data, anonymisedQuotes: ['write to jo@example.org'] } })
      .thenThrows(ValidationError, 'QuotesAnonymised');
    givenRound([])
      .when({ ...recordRound, data: { ...recordRound.data, respondents: 0 } })
      .thenThrows(ValidationError, 'WholeNumber');
    givenRound([])
      .when({ ...recordRound, data: { ...recordRound.data, scores: [{ metricId: 'x', score: 1 }] } })
      .thenThrows(NotFoundError, 'MetricInProgramme');
    givenRound([])
      .when({
        ...recordRound,
        data: {
          ...recordRound.data,
          scores: [
            { metricId: METRIC, score: 1 },
            { metricId: METRIC, score: 2 },
          ],
        },
      })
      .thenThrows(ValidationError, 'OneScorePerMetric');
  });
});
