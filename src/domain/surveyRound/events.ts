import type { Command, Event } from '../shared/command';

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

export type SurveyRoundEvent = Event<
  'SurveyRoundRecorded',
  { surveyRoundId: string; programmeId: string; heldAt: string } & SurveyRoundData
>;

export type SurveyRoundCommand = Command<
  'RecordSurveyRound',
  { surveyRoundId: string; programmeId: string } & SurveyRoundData
>;

export const SURVEY_ROUND_COMMAND_TYPES: readonly SurveyRoundCommand['type'][] = ['RecordSurveyRound'];

export type SurveyRound =
  | { readonly status: 'None' }
  | {
      readonly status: 'Recorded';
      readonly id: string;
      readonly programmeId: string;
      readonly audience: Audience;
    };

export const initialSurveyRound: SurveyRound = { status: 'None' };

export const evolveSurveyRound = (_state: SurveyRound, event: SurveyRoundEvent): SurveyRound => ({
  status: 'Recorded',
  id: event.data.surveyRoundId,
  programmeId: event.data.programmeId,
  audience: event.data.audience,
});
