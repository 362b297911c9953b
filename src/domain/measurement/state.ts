import { List, Map as PersistentMap } from 'immutable';
import { unhandled } from '../shared/command';
import { stepOf, type BusinessTime, type Occurrence, type Step } from '../shared/businessTime';
import { stepsCorrectedBy } from '../shared/dateCorrection';
import type { MeasurementEvent, Period } from './events';

interface RecordedMeasurement extends Period {
  readonly supersededBy: string | null;
  readonly baseline: boolean;
}

/**
 * The measurement series of one metric. A series grows for as long as the metric is measured, so
 * it is held in persistent collections: recording one more measurement costs the same however
 * many came before (no copy of the whole series per event).
 */
export type MeasurementSeries =
  | { readonly status: 'None' }
  | {
      readonly status: 'Recording';
      readonly metricId: string;
      readonly programmeId: string;
      readonly measurements: PersistentMap<string, RecordedMeasurement>;
      readonly steps: List<Step>;
    };

export const initialMeasurementSeries: MeasurementSeries = { status: 'None' };

/** Each measurement is a dated step of its own; a correction supersedes it whenever it is recorded. */
export const measurementTime: BusinessTime<MeasurementEvent> = {
  thread: (event) => (event.type === 'OccurredDateCorrected' ? event.data.eventId : event.data.measurementId),
  ordering: () => undefined,
};

const measured = (
  series: Exclude<MeasurementSeries, { status: 'None' }>,
  event: Exclude<MeasurementEvent, { type: 'OccurredDateCorrected' }>,
  occurrence: Occurrence,
) => {
  const { measurementId, periodStart, periodEnd } = event.data;
  const supersedes = event.type === 'MeasurementCorrected' ? event.data.supersedes : undefined;
  const superseded = supersedes === undefined ? undefined : series.measurements.get(supersedes);
  const baseline =
    event.type === 'MeasurementRecorded' ? event.data.baseline === true : !!superseded?.baseline;
  const marked = superseded
    ? series.measurements.set(supersedes!, { ...superseded, supersededBy: measurementId })
    : series.measurements;
  return {
    ...series,
    measurements: marked.set(measurementId, { periodStart, periodEnd, supersededBy: null, baseline }),
    steps: series.steps.push(stepOf(measurementTime, event, occurrence, baseline)),
  };
};

export const evolveMeasurementSeries = (
  state: MeasurementSeries,
  event: MeasurementEvent,
  occurrence: Occurrence,
): MeasurementSeries => {
  if (event.type === 'OccurredDateCorrected')
    return state.status === 'None'
      ? state
      : { ...state, steps: List(stepsCorrectedBy(state.steps.toArray(), event)) };
  const { programmeId, metricId } = event.data;
  const series =
    state.status === 'None'
      ? {
          status: 'Recording' as const,
          metricId,
          programmeId,
          measurements: PersistentMap<string, RecordedMeasurement>(),
          steps: List<Step>(),
        }
      : state;
  switch (event.type) {
    case 'MeasurementRecorded':
    case 'MeasurementCorrected':
      return measured(series, event, occurrence);
    default:
      return unhandled(event);
  }
};
