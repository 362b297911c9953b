/** The survey-round read model: aggregate results only, as recorded. */
import type { SurveyRoundEvent } from '../domain/surveyRound/events';
import { whenOf, type LedgerRecord, type When } from './ledgerRecord';
import { correctedBy } from './redate';

type Recorded = Extract<SurveyRoundEvent, { type: 'SurveyRoundRecorded' }>;

export type SurveyRoundDocument = Omit<Recorded['data'], 'baseline'> & {
  readonly baseline: boolean;
  readonly heldEventId: string;
  readonly recorded: When;
};

export const evolveSurveyRound = (
  document: SurveyRoundDocument | undefined,
  event: SurveyRoundEvent,
  record: LedgerRecord,
): SurveyRoundDocument | undefined => {
  if (event.type === 'OccurredDateCorrected') return document && correctedBy(document, event);
  const recorded = whenOf(record);
  return {
    ...event.data,
    heldAt: recorded.occurredAt,
    heldEventId: recorded.eventId,
    baseline: event.data.baseline === true,
    recorded,
  };
};
