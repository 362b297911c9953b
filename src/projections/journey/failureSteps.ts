/**
 * Journey words for what follows a failure or a decision: the review decision a step cites, what
 * was learnt and done next, an escalation that went nowhere, a barrier that could not be resolved.
 */
import type { BarrierEvent } from '../../domain/barrier/events';
import type { DecisionCitation } from '../../domain/shared/citation';
import type { SmallChangeEvent } from '../../domain/smallChange/events';
import type { Link } from '../../application/ports/readModelStore';
import { day, listOf, quoted, words } from '../words';
import type { Describer, Naming } from './naming';

/** ` following the decision "…" at the monthly senior leader review of 3 Mar 2025`, or nothing. */
export const followingDecision = (naming: Naming, decision: DecisionCitation | undefined): string => {
  if (!decision) return '';
  const review = naming.context.review(decision.reviewId);
  const taken = review?.decisions.find((d) => d.decisionId === decision.decisionId);
  if (!review || !taken) return ` following decision ${decision.decisionId} of review ${decision.reviewId}`;
  return ` following the decision ${quoted(taken.decision)} at the ${words(review.kind)} of ${day(review.heldAt)}`;
};

export const decisionLinks = (decision: DecisionCitation | undefined): Link[] =>
  decision
    ? [
        { kind: 'review', id: decision.reviewId },
        { kind: 'decision', id: decision.decisionId },
      ]
    : [];

/**
 * ` citing the feedback round of 18 Nov 2024` (or rounds, by the day each was held), or nothing. A
 * round not in the ledger as read is named by its id.
 */
export const citingFeedback = (naming: Naming, feedbackRoundIds: readonly string[] = []): string => {
  if (feedbackRoundIds.length === 0) return '';
  const held = feedbackRoundIds.map((id) => {
    const round = naming.context.feedbackRound(id);
    return round ? day(round.heldAt) : `(round ${id})`;
  });
  return ` citing the feedback round${held.length > 1 ? 's' : ''} of ${listOf(held)}`;
};

export const feedbackLinks = (feedbackRoundIds: readonly string[] = []): Link[] =>
  feedbackRoundIds.map((id) => ({ kind: 'feedbackRound', id }));

/** `; learning: …; next: …`, with whichever was recorded. */
export const learntAndNext = (data: { learning?: string; nextStep?: string }): string =>
  `${data.learning ? `; learning: ${data.learning.replace(/\.$/, '')}` : ''}${data.nextStep ? `; next: ${data.nextStep.replace(/\.$/, '')}` : ''}`;

export const escalationClosed: Describer<Extract<SmallChangeEvent['type'], 'SmallChangeEscalationClosed'>> = (
  { data },
  naming,
) => {
  const link = naming.smallChange(data.smallChangeId);
  const teamId = naming.context.smallChange(data.smallChangeId)?.teamId ?? null;
  return {
    summary: `${naming.team(teamId)} closed the escalation of ${naming.titleOf(link)} without result${learntAndNext(data)}.`,
    rationale: data.rationale,
    teamId,
    links: [link],
  };
};

export const barrierNotResolved: Describer<Extract<BarrierEvent['type'], 'BarrierNotResolved'>> = (
  { data },
  naming,
) => {
  const link = naming.barrier(data.barrierId);
  return {
    summary: `Barrier ${naming.titleOf(link)} could not be resolved${learntAndNext(data)}.`,
    rationale: data.rationale,
    links: [link],
  };
};
