/**
 * A review decision cited by what followed from it (an experiment stopped, a small change declined,
 * adapted or reverted): the review, and the decision recorded at it. Optional on those events;
 * an event recorded before 0.3.0 has none and reads as "no decision cited".
 */
export interface DecisionCitation {
  readonly reviewId: string;
  readonly decisionId: string;
}

/**
 * What a failure taught and what was done next (a declined or reverted small change, an escalation
 * closed without result, a barrier left unresolved). Optional where the event existed before 0.3.0.
 */
export interface Learning {
  readonly learning: string;
  readonly nextStep: string;
}

/**
 * The staff feedback rounds a step cites as evidence (a review decision, a small change adapted or
 * reverted). Optional on those events; an event without it cites none.
 */
export interface FeedbackCitation {
  readonly feedbackRoundIds?: readonly string[];
}
