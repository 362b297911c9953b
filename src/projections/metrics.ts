/**
 * The metric read model: definition and measurement series. A correction supersedes a value;
 * the superseded value stays in the document, marked, so nothing recorded disappears.
 */
import type { MeasurementEvent, MeasurementSource } from '../domain/measurement/events';
import type { MetricDefinition } from '../domain/programme/events';
import { unhandled } from '../domain/shared/command';
import { whenOf, type LedgerRecord, type When } from './ledgerRecord';
import { correctedBy } from './redate';

export interface Measurement extends When {
  readonly measurementId: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly value: number;
  readonly source: MeasurementSource | null;
  /** For a correction: the measurement it replaces and why. */
  readonly corrects: { readonly measurementId: string; readonly reason: string } | null;
  readonly supersededBy: string | null;
  /** A measurement of the time before the programme started. */
  readonly baseline: boolean;
  /** The team (or cohort) measured; null for the whole programme (every measurement before 0.3.0). */
  readonly teamId: string | null;
}

export interface MetricDocument extends MetricDefinition {
  readonly programmeId: string;
  readonly defined: When;
  /** Every measurement in the order recorded, superseded ones included. */
  readonly measurements: readonly Measurement[];
}

export const defineMetric = (
  definition: MetricDefinition & { programmeId: string },
  record: LedgerRecord,
) => ({
  ...definition,
  defined: whenOf(record),
  measurements: [],
});

export const evolveMetric = (
  document: MetricDocument | undefined,
  event: MeasurementEvent,
  record: LedgerRecord,
): MetricDocument | undefined => {
  if (!document) return undefined;
  if (event.type === 'OccurredDateCorrected') return correctedBy(document, event);
  const when = whenOf(record);
  const { measurementId, periodStart, periodEnd, value } = event.data;
  const base = { ...when, measurementId, periodStart, periodEnd, value, supersededBy: null };
  switch (event.type) {
    case 'MeasurementRecorded':
      return {
        ...document,
        measurements: [
          ...document.measurements,
          {
            ...base,
            source: event.data.source,
            corrects: null,
            baseline: event.data.baseline === true,
            teamId: event.data.teamId ?? null,
          },
        ],
      };
    case 'MeasurementCorrected': {
      const { supersedes, reason } = event.data;
      const superseded = document.measurements.find((m) => m.measurementId === supersedes);
      const marked = document.measurements.map((m) =>
        m.measurementId === supersedes ? { ...m, supersededBy: measurementId } : m,
      );
      const correction = {
        ...base,
        source: superseded?.source ?? null,
        corrects: { measurementId: supersedes, reason },
        baseline: superseded?.baseline ?? false,
        teamId: superseded?.teamId ?? null,
      };
      return { ...document, measurements: [...marked, correction] };
    }
    default:
      return unhandled(event);
  }
};

/**
 * The series a chart plots: corrections applied, superseded values left out, in period order; of
 * one team when given, otherwise of the whole programme (measurements that name no team).
 */
export const currentSeries = (document: MetricDocument, teamId: string | null = null): Measurement[] =>
  document.measurements
    .filter((m) => m.supersededBy === null && (m.teamId ?? null) === teamId)
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.periodStart.localeCompare(b.periodStart));

export const latestMeasurement = (document: MetricDocument): Measurement | null =>
  currentSeries(document).at(-1) ?? null;
