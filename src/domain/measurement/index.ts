import { refs } from '../facts';
import { streamName, type Aggregate } from '../shared/decider';
import { decideMeasurement } from './decide';
import { MEASUREMENT_COMMAND_TYPES, type MeasurementCommand, type MeasurementEvent } from './events';
import {
  evolveMeasurementSeries,
  initialMeasurementSeries,
  measurementTime,
  type MeasurementSeries,
} from './state';

export const MEASUREMENTS = 'measurements';
/** All measurements of one metric live in one stream, so a correction can check what it supersedes. */
export const measurementStream = (metricId: string): string => streamName(MEASUREMENTS, metricId);

export const measurementAggregate: Aggregate<MeasurementCommand, MeasurementEvent, MeasurementSeries> = {
  category: MEASUREMENTS,
  commandTypes: MEASUREMENT_COMMAND_TYPES,
  initialState: initialMeasurementSeries,
  evolve: evolveMeasurementSeries,
  decide: decideMeasurement,
  time: measurementTime,
  targetId: (command) => command.data.metricId,
  references: (command) =>
    command.type === 'RecordMeasurement' && command.data.source.kind === 'surveyRound'
      ? refs('surveyRound', [command.data.source.id])
      : [],
};
