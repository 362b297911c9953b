import { unhandled } from '../shared/command';
import { IllegalStateError, NotFoundError } from '../shared/errors';
import { isBefore, requireDate, requireFiniteNumber, requireOneOf, requireText } from '../shared/validation';
import { openProgramme, requireMetrics, type Facts } from '../facts';
import { MEASUREMENT_SOURCES, type MeasurementCommand, type MeasurementEvent, type Period } from './events';
import type { MeasurementSeries } from './state';

const requirePeriod = ({ periodStart, periodEnd }: Period): Period => {
  requireDate(periodStart, 'period start');
  requireDate(periodEnd, 'period end');
  if (isBefore(periodEnd, periodStart))
    throw new IllegalStateError('PeriodInOrder', 'A period cannot end before it starts');
  return { periodStart, periodEnd };
};

export const decideMeasurement = (
  command: MeasurementCommand,
  state: MeasurementSeries,
  facts: Facts,
): MeasurementEvent[] => {
  const programme = openProgramme(facts.programme);
  const { programmeId, metricId, measurementId } = command.data;
  requireMetrics(programme, [metricId], 'metric');
  const measurements = state.status === 'None' ? {} : state.measurements;
  if (measurements[measurementId])
    throw new IllegalStateError('IdNotInUse', `Measurement ${measurementId} is already recorded`);
  const ids = { programmeId, metricId, measurementId };
  const value = requireFiniteNumber(command.data.value, 'value');
  switch (command.type) {
    case 'RecordMeasurement': {
      const { source } = command.data;
      const kind = requireOneOf(source.kind, MEASUREMENT_SOURCES, 'source');
      if (kind === 'surveyRound') {
        const round = source.id ? facts.surveyRounds.get(source.id) : undefined;
        if (round?.status !== 'Recorded' || round.programmeId !== programmeId) {
          throw new NotFoundError(
            'SurveyRoundInProgramme',
            `Survey round ${source.id ?? '(none given)'} is not recorded in this programme`,
          );
        }
      }
      return [
        { type: 'MeasurementRecorded', data: { ...ids, ...requirePeriod(command.data), value, source } },
      ];
    }
    case 'CorrectMeasurement': {
      const { supersedes, reason } = command.data;
      const wrong = measurements[supersedes];
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
        periodStart: command.data.periodStart ?? wrong.periodStart,
        periodEnd: command.data.periodEnd ?? wrong.periodEnd,
      });
      return [
        {
          type: 'MeasurementCorrected',
          data: {
            ...ids,
            ...period,
            value,
            supersedes,
            reason: requireText(reason, 'reason for the correction'),
          },
        },
      ];
    }
    default:
      return unhandled(command);
  }
};
