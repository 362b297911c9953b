/** The survey-round read model: aggregate results only, as recorded. */
import type { SurveyRoundEvent } from '../domain/surveyRound/events';
import { whenOf, type LedgerRecord, type When } from './ledgerRecord';

export type SurveyRoundDocument = SurveyRoundEvent['data'] & { readonly recorded: When };

export const evolveSurveyRound = (event: SurveyRoundEvent, record: LedgerRecord): SurveyRoundDocument => ({
  ...event.data,
  recorded: whenOf(record),
});
