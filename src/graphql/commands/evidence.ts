/** The command table's rows for measurements and survey rounds. */
import { measurementAggregate } from '../../domain/measurement';
import type { MeasurementCommand } from '../../domain/measurement/events';
import { surveyRoundAggregate } from '../../domain/surveyRound';
import type { SurveyRoundCommand } from '../../domain/surveyRound/events';
import { LEADS } from '../auth/roles';
import { CorrectMeasurementDateInput, CorrectSurveyRoundDateInput } from '../inputs/correction';
import { CorrectMeasurementInput, RecordMeasurementInput, RecordSurveyRoundInput } from '../inputs/evidence';
import { MetricPayload, SurveyRoundPayload } from '../types/payloads';
import { itemNamedBy } from './answers';
import type { CommandRows } from './commandRow';
import { correctionRow } from './corrections';

const measurement = {
  decider: measurementAggregate,
  payload: MetricPayload,
  answer: itemNamedBy('metric', 'metricId'),
  roles: LEADS,
} as const;

export const MEASUREMENT_COMMANDS: CommandRows<MeasurementCommand['type']> = {
  RecordMeasurement: {
    ...measurement,
    input: RecordMeasurementInput,
    description: 'Record a value of a metric for a period.',
    newIds: { measurementId: 'measurement' },
  },
  CorrectMeasurement: {
    ...measurement,
    input: CorrectMeasurementInput,
    description: 'Correct a measurement: the old value stays, superseded, with the reason.',
    newIds: { measurementId: 'measurement' },
  },
  CorrectMeasurementDate: correctionRow(
    measurementAggregate,
    CorrectMeasurementDateInput,
    'Correct the date a measurement was taken.',
  ),
};

export const SURVEY_ROUND_COMMANDS: CommandRows<SurveyRoundCommand['type']> = {
  RecordSurveyRound: {
    decider: surveyRoundAggregate,
    payload: SurveyRoundPayload,
    answer: itemNamedBy('surveyRound', 'surveyRoundId'),
    roles: LEADS,
    input: RecordSurveyRoundInput,
    description: "Record a survey round's aggregate results.",
    newIds: { surveyRoundId: 'surveyRound' },
  },
  CorrectSurveyRoundDate: correctionRow(
    surveyRoundAggregate,
    CorrectSurveyRoundDateInput,
    'Correct the date a survey round was held.',
  ),
};
