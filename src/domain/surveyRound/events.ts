import type { Step } from '../shared/businessTime';
import type { Command, Event } from '../shared/command';
import type { CorrectDate, OccurredDateCorrected } from '../shared/dateCorrection';

export const AUDIENCES = ['practitioners', 'childrenAndFamilies'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface MetricScore {
  readonly metricId: string;
  readonly score: number;
}

/** Aggregate results only: no answer of any one person, and quotes anonymised. */
export interface SurveyRoundData {
  readonly audience: Audience;
  readonly respondents: number;
  readonly scores: MetricScore[];
  readonly themes: string[];
  readonly anonymisedQuotes: string[];
}

export type SurveyRoundEvent =
  | Event<
      'SurveyRoundRecorded',
      {
        surveyRoundId: string;
        programmeId: string;
        heldAt: string;
        /** A baseline round, held before the programme started (absent in rounds recorded before 0.2.0: false). */
        baseline?: boolean;
      } & SurveyRoundData
    >
  | OccurredDateCorrected;

export type SurveyRoundCommand =
  | Command<
      'RecordSurveyRound',
      { surveyRoundId: string; programmeId: string; baseline?: boolean } & SurveyRoundData
    >
  /** The round was recorded with the wrong date. */
  | CorrectDate<'CorrectSurveyRoundDate', { surveyRoundId: string }>;

export const SURVEY_ROUND_COMMAND_TYPES: readonly SurveyRoundCommand['type'][] = [
  'RecordSurveyRound',
  'CorrectSurveyRoundDate',
];

export type SurveyRound =
  | { readonly status: 'None' }
  | {
      readonly status: 'Recorded';
      readonly id: string;
      readonly programmeId: string;
      readonly audience: Audience;
      readonly steps: readonly Step[];
    };

export const initialSurveyRound: SurveyRound = { status: 'None' };
