import { unhandled } from '../shared/command';
import type { MeasurementEvent, Period } from './events';

interface RecordedMeasurement extends Period {
  readonly supersededBy: string | null;
}

/** The measurement series of one metric. */
export type MeasurementSeries =
  | { readonly status: 'None' }
  | {
      readonly status: 'Recording';
      readonly metricId: string;
      readonly programmeId: string;
      readonly measurements: Readonly<Record<string, RecordedMeasurement>>;
    };

export const initialMeasurementSeries: MeasurementSeries = { status: 'None' };

export const evolveMeasurementSeries = (
  state: MeasurementSeries,
  event: MeasurementEvent,
): MeasurementSeries => {
  const { programmeId, metricId, measurementId, periodStart, periodEnd } = event.data;
  const series =
    state.status === 'None'
      ? { status: 'Recording' as const, metricId, programmeId, measurements: {} }
      : state;
  const added = { [measurementId]: { periodStart, periodEnd, supersededBy: null } };
  switch (event.type) {
    case 'MeasurementRecorded':
      return { ...series, measurements: { ...series.measurements, ...added } };
    case 'MeasurementCorrected': {
      const old = series.measurements[event.data.supersedes];
      const superseded = old ? { [event.data.supersedes]: { ...old, supersededBy: measurementId } } : {};
      return { ...series, measurements: { ...series.measurements, ...superseded, ...added } };
    }
    default:
      return unhandled(event);
  }
};
