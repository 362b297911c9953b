import { Map as PersistentMap } from 'immutable';
import { occursBefore, requireBaselineBeforeStart, requireFromProgrammeStart } from '../shared/businessTime';
import { unhandled } from '../shared/command';
import { decideDateCorrection } from '../shared/dateCorrection';
import { IllegalStateError, NotFoundError } from '../shared/errors';
import { isBefore, requireDate, requireFiniteNumber, requireOneOf, requireText } from '../shared/validation';
import { openProgramme, requireMetrics, requireTeam, type Facts } from '../facts';
import type { ProgrammeDetails } from '../programme/state';
import { MEASUREMENT_SOURCES, type MeasurementCommand, type MeasurementEvent, type Period } from './events';
import { measurementTime, type MeasurementSeries } from './state';

type Cmd<T extends MeasurementCommand['type']> = Extract<MeasurementCommand, { type: T }>;
type Measurements = Exclude<MeasurementSeries, { status: 'None' }>['measurements'];

const requirePeriod = ({ periodStart, periodEnd }: Period): Period => {
  requireDate(periodStart, 'period start');
  requireDate(periodEnd, 'period end');
  if (isBefore(periodEnd, periodStart))
    throw new IllegalStateError('PeriodInOrder', 'A period cannot end before it starts');
  return { periodStart, periodEnd };
};

/**
 * DOMAIN: a measurement of the time before the programme (its period starts before the start date,
 * or it was taken then) is a baseline and must say so; a declared baseline covers time before the start.
 */
const requireInProgrammeTime = (
  programme: ProgrammeDetails,
  period: Period,
  occurredAt: string,
  baseline: boolean,
): void => {
  if (baseline) {
    requireBaselineBeforeStart(
      programme.startDate,
      period.periodStart,
      'This measurement (its period start)',
    );
    return;
  }
  requireFromProgrammeStart(programme.startDate, occurredAt, 'This measurement');
  if (occursBefore(period.periodStart, programme.startDate))
    requireFromProgrammeStart(programme.startDate, period.periodStart, 'The period of this measurement');
};

const record = (
  { data, context }: Cmd<'RecordMeasurement'>,
  facts: Facts,
  programme: ProgrammeDetails,
): MeasurementEvent => {
  const { programmeId, metricId, measurementId, source } = data;
  const kind = requireOneOf(source.kind, MEASUREMENT_SOURCES, 'source');
  if (kind === 'surveyRound') {
    const round = source.id ? facts.surveyRounds.get(source.id) : undefined;
    if (round?.status !== 'Recorded' || round.programmeId !== programmeId) {
      throw new NotFoundError(
        'SurveyRoundInProgramme',
        `Survey round ${source.id || '(none given)'} is not recorded in this programme`,
      );
    }
  }
  const baseline = data.baseline === true;
  const period = requirePeriod(data);
  requireInProgrammeTime(programme, period, context.occurredAt, baseline);
  const value = requireFiniteNumber(data.value, 'value');
  // A measurement of one team (or cohort) says so; one without a team is of the whole programme.
  const team = data.teamId ? { teamId: data.teamId } : {};
  if (data.teamId) requireTeam(programme, data.teamId);
  return {
    type: 'MeasurementRecorded',
    data: { programmeId, metricId, measurementId, ...period, value, source, baseline, ...team },
  };
};

const correct = (
  { data, context }: Cmd<'CorrectMeasurement'>,
  measurements: Measurements,
  programme: ProgrammeDetails,
): MeasurementEvent => {
  const { programmeId, metricId, measurementId, supersedes, reason } = data;
  const wrong = measurements.get(supersedes);
  if (!wrong)
    throw new NotFoundError(
      'CorrectionPointsAtExistingMeasurement',
      `A correction must point at an existing measurement of this metric; ${supersedes} is not one`,
    );
  if (wrong.supersededBy) {
    throw new IllegalStateError(
      'CorrectTheCurrentValue',
      `Measurement ${supersedes} was already corrected by ${wrong.supersededBy}; correct that one instead`,
    );
  }
  const period = requirePeriod({
    periodStart: data.periodStart ?? wrong.periodStart,
    periodEnd: data.periodEnd ?? wrong.periodEnd,
  });
  requireInProgrammeTime(programme, period, context.occurredAt, wrong.baseline);
  return {
    type: 'MeasurementCorrected',
    data: {
      programmeId,
      metricId,
      measurementId,
      ...period,
      value: requireFiniteNumber(data.value, 'value'),
      supersedes,
      reason: requireText(reason, 'reason for the correction'),
    },
  };
};

const requireNewId = (measurements: Measurements, measurementId: string) => {
  if (measurements.has(measurementId))
    throw new IllegalStateError('IdNotInUse', `Measurement ${measurementId} is already recorded`);
};

export const decideMeasurement = (
  command: MeasurementCommand,
  state: MeasurementSeries,
  facts: Facts,
): MeasurementEvent[] => {
  const programme = openProgramme(facts.programme);
  requireMetrics(programme, [command.data.metricId], 'metric');
  const measurements = state.status === 'None' ? PersistentMap<string, never>() : state.measurements;
  switch (command.type) {
    case 'RecordMeasurement':
      requireNewId(measurements, command.data.measurementId);
      return [record(command, facts, programme)];
    case 'CorrectMeasurement':
      requireNewId(measurements, command.data.measurementId);
      return [correct(command, measurements, programme)];
    case 'CorrectMeasurementDate': {
      requireFromProgrammeStart(programme.startDate, command.context.occurredAt);
      const item = { kind: 'measurement', id: command.data.metricId } as const;
      const steps = state.status === 'None' ? [] : state.steps.toArray();
      return [
        decideDateCorrection(
          command.data,
          command.context,
          item,
          steps,
          measurementTime,
          programme.startDate,
        ),
      ];
    }
    default:
      return unhandled(command);
  }
};
