/** The feedback-round read model: what staff said, the consequences they flagged, and what was done in answer. */
import type {
  FeedbackRoundData,
  FeedbackRoundEvent,
  UnintendedConsequence,
} from '../domain/feedbackRound/events';
import type { DecisionCitation } from '../domain/shared/citation';
import { unhandled } from '../domain/shared/command';
import { whenOf, type LedgerRecord, type When } from './ledgerRecord';
import { correctedBy } from './redate';

/** "We did": one answer to the round, or to one consequence it flagged. */
export interface FeedbackResponse extends When {
  readonly responseId: string;
  readonly whatWeDid: string;
  readonly consequenceId: string | null;
  readonly decision: DecisionCitation | null;
  readonly recordedBy: string;
}

export interface ConsequenceDocument extends UnintendedConsequence {
  /** How it was closed; null while it is open. */
  readonly closed: (When & { readonly resolution: string }) | null;
}

export type FeedbackRoundDocument = Omit<FeedbackRoundData, 'consequences'> & {
  readonly feedbackRoundId: string;
  readonly programmeId: string;
  readonly heldAt: string;
  readonly heldEventId: string;
  readonly recorded: When;
  readonly consequences: readonly ConsequenceDocument[];
  readonly responses: readonly FeedbackResponse[];
};

const closing = (
  document: FeedbackRoundDocument,
  consequenceId: string,
  closed: ConsequenceDocument['closed'],
): FeedbackRoundDocument => ({
  ...document,
  consequences: document.consequences.map((c) => (c.consequenceId === consequenceId ? { ...c, closed } : c)),
});

export const evolveFeedbackRound = (
  document: FeedbackRoundDocument | undefined,
  event: FeedbackRoundEvent,
  record: LedgerRecord,
): FeedbackRoundDocument | undefined => {
  const when = whenOf(record);
  if (event.type === 'FeedbackRoundRecorded') {
    const { heldAt: _asRecorded, consequences, ...data } = event.data;
    return {
      ...data,
      heldAt: when.occurredAt,
      heldEventId: when.eventId,
      recorded: when,
      consequences: consequences.map((consequence) => ({ ...consequence, closed: null })),
      responses: [],
    };
  }
  if (!document) return undefined;
  switch (event.type) {
    case 'FeedbackResponded': {
      const { responseId, whatWeDid, consequenceId, decision } = event.data;
      const response = { ...when, responseId, whatWeDid, consequenceId, decision };
      return {
        ...document,
        responses: [...document.responses, { ...response, recordedBy: record.metadata.actorId }],
      };
    }
    case 'UnintendedConsequenceClosed':
      return closing(document, event.data.consequenceId, { ...when, resolution: event.data.resolution });
    case 'OccurredDateCorrected':
      return correctedBy(document, event);
    default:
      return unhandled(event);
  }
};
