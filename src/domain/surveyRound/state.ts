import { stepOf, type BusinessTime, type Occurrence } from '../shared/businessTime';
import { stepsCorrectedBy } from '../shared/dateCorrection';
import type { SurveyRound, SurveyRoundEvent } from './events';

/** A round is one dated step: held (corrections move it). */
export const surveyRoundTime: BusinessTime<SurveyRoundEvent> = {
  thread: () => 'surveyRound',
  ordering: () => undefined,
};

export const evolveSurveyRound = (
  state: SurveyRound,
  event: SurveyRoundEvent,
  occurrence: Occurrence,
): SurveyRound => {
  if (event.type === 'OccurredDateCorrected')
    return state.status === 'None' ? state : { ...state, steps: stepsCorrectedBy(state.steps, event) };
  return {
    status: 'Recorded',
    id: event.data.surveyRoundId,
    programmeId: event.data.programmeId,
    audience: event.data.audience,
    steps: [stepOf(surveyRoundTime, event, occurrence, event.data.baseline === true)],
  };
};
