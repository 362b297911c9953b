/** The survey-round read model: aggregate results only, as recorded. */
import type { SurveyRoundEvent } from '../domain/surveyRound/events';
import type { LedgerRecord } from './ledgerRecord';
import { whenOf, type When } from './smallChanges';

export type SurveyRoundDocument = SurveyRoundEvent['data'] & { readonly recorded: When };

export const evolveSurveyRound = (event: SurveyRoundEvent, record: LedgerRecord): SurveyRoundDocument => ({
  ...event.data,
  recorded: whenOf(record),
});
