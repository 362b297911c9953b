import { streamName, type Aggregate } from '../shared/decider';
import { decideSurveyRound } from './decide';
import {
  SURVEY_ROUND_COMMAND_TYPES,
  initialSurveyRound,
  type SurveyRound,
  type SurveyRoundCommand,
  type SurveyRoundEvent,
} from './events';
import { evolveSurveyRound, surveyRoundTime } from './state';

export const SURVEY_ROUND = 'surveyRound';
export const surveyRoundStream = (surveyRoundId: string): string => streamName(SURVEY_ROUND, surveyRoundId);

export const surveyRoundAggregate: Aggregate<SurveyRoundCommand, SurveyRoundEvent, SurveyRound> = {
  category: SURVEY_ROUND,
  commandTypes: SURVEY_ROUND_COMMAND_TYPES,
  initialState: initialSurveyRound,
  evolve: evolveSurveyRound,
  decide: decideSurveyRound,
  time: surveyRoundTime,
  targetId: (command) => command.data.surveyRoundId,
  references: () => [],
};
