/** The review read model: meetings, the insights they turned up and the decisions they took. */
import type { AffectedItem, InsightKind, ReviewEvent, ReviewKind } from '../domain/review/events';
import { unhandled } from '../domain/shared/command';
import { whenOf, type LedgerRecord, type When } from './ledgerRecord';
import { correctedBy } from './redate';
import type { ReviewHeld } from './programme';

export interface Decision extends When {
  readonly decisionId: string;
  readonly decision: string;
  readonly rationale: string;
  readonly affects: readonly AffectedItem[];
  readonly followUpOwnerId: string | null;
  readonly recordedBy: string;
  /** The role the decision was recorded in (absent in read models built before 0.3.0). */
  readonly recordedByRole?: string;
  /** The staff feedback rounds it cites (absent in read models built before they could be cited). */
  readonly feedbackRoundIds?: readonly string[];
}

export interface ReviewDocument {
  readonly reviewId: string;
  readonly programmeId: string;
  readonly kind: ReviewKind;
  readonly heldAt: string;
  readonly heldEventId: string;
  readonly teamId: string | null;
  readonly attendeeIds: readonly string[];
  readonly insights: readonly (When & {
    readonly insightId: string;
    readonly kind: InsightKind;
    readonly statement: string;
    readonly barrierIds: readonly string[];
  })[];
  readonly decisions: readonly Decision[];
}

export const evolveReview = (
  document: ReviewDocument | undefined,
  event: ReviewEvent,
  record: LedgerRecord,
): ReviewDocument | undefined => {
  const when = whenOf(record);
  if (event.type === 'ReviewHeld') {
    const { reviewId, programmeId, kind, teamId, attendeeIds } = event.data;
    const held = { heldAt: when.occurredAt, heldEventId: when.eventId };
    return { reviewId, programmeId, kind, ...held, teamId, attendeeIds, insights: [], decisions: [] };
  }
  if (!document) return undefined;
  switch (event.type) {
    case 'InsightRecorded': {
      const { insightId, kind, statement, barrierIds } = event.data;
      return {
        ...document,
        insights: [...document.insights, { ...when, insightId, kind, statement, barrierIds }],
      };
    }
    case 'DecisionRecorded': {
      const { decisionId, decision, rationale, affects, followUpOwnerId } = event.data;
      const feedbackRoundIds = event.data.feedbackRoundIds ?? [];
      const recorded = {
        ...when,
        decisionId,
        decision,
        rationale,
        affects,
        followUpOwnerId,
        feedbackRoundIds,
      };
      return {
        ...document,
        decisions: [
          ...document.decisions,
          { ...recorded, recordedBy: record.metadata.actorId, recordedByRole: record.metadata.actorRole },
        ],
      };
    }
    case 'OccurredDateCorrected':
      return correctedBy(document, event);
    default:
      return unhandled(event);
  }
};

/** A review as the programme's overview counts it. */
export const reviewHeldOf = ({
  reviewId,
  kind,
  heldAt,
  heldEventId,
  decisions,
}: ReviewDocument): ReviewHeld => ({
  reviewId,
  kind,
  heldAt,
  heldEventId,
  decisions: decisions.length,
});
