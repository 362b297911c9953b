import type { Command, Event } from '../shared/command';
import type { CorrectDate, OccurredDateCorrected } from '../shared/dateCorrection';

export const MEASUREMENT_SOURCES = ['surveyRound', 'caseRecords', 'timeDiary', 'other'] as const;
export interface MeasurementSource {
  readonly kind: (typeof MEASUREMENT_SOURCES)[number];
  /** The survey round, when the source is one. */
  readonly id?: string;
  readonly description?: string;
}

export interface Period {
  readonly periodStart: string;
  readonly periodEnd: string;
}

type M<T> = { programmeId: string; metricId: string; measurementId: string } & T;

export type MeasurementEvent =
  | Event<
      'MeasurementRecorded',
      M<
        Period & {
          value: number;
          source: MeasurementSource;
          /** A baseline: it covers time before the programme started (absent before 0.2.0: false). */
          baseline?: boolean;
          /** The team (or cohort) measured; null or absent (as before 0.3.0): the whole programme. */
          teamId?: string | null;
        }
      >
    >
  | Event<'MeasurementCorrected', M<Period & { value: number; supersedes: string; reason: string }>>
  | OccurredDateCorrected;

export type MeasurementCommand =
  | Command<
      'RecordMeasurement',
      M<Period & { value: number; source: MeasurementSource; baseline?: boolean; teamId?: string }>
    >
  /** Supersedes a wrong measurement: nothing is edited; the old value stays visible as superseded. */
  | Command<'CorrectMeasurement', M<Partial<Period> & { value: number; supersedes: string; reason: string }>>
  /** A measurement (or its correction) was recorded with the wrong occurred date. */
  | CorrectDate<'CorrectMeasurementDate', { metricId: string }>;

export const MEASUREMENT_COMMAND_TYPES: readonly MeasurementCommand['type'][] = [
  'RecordMeasurement',
  'CorrectMeasurement',
  'CorrectMeasurementDate',
];
