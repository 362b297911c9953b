/**
 * Small changes as a funnel: how many reached each step, from the ledger's counts of where each
 * change now stands. A change now kept was also proposed, agreed and implemented, so each step
 * counts every status at or beyond it; declined and escalated changes leave after the proposal.
 */
export interface StatusCounts {
  readonly proposed: number;
  readonly agreed: number;
  readonly declined: number;
  readonly escalated: number;
  readonly implemented: number;
  readonly reviewed: number;
  readonly kept: number;
  readonly adapted: number;
  readonly reverted: number;
}

export interface Funnel {
  readonly proposed: number;
  readonly agreed: number;
  readonly implemented: number;
  /** Kept, adapted or reverted: a decision was taken after implementing. */
  readonly decided: number;
  readonly kept: number;
  readonly adapted: number;
  readonly reverted: number;
  readonly declined: number;
  readonly escalated: number;
  /** Implemented (or reviewed) and still waiting for keep, adapt or revert. */
  readonly awaitingDecision: number;
}

export const funnelOf = (counts: StatusCounts): Funnel => {
  const decided = counts.kept + counts.adapted + counts.reverted;
  const awaitingDecision = counts.implemented + counts.reviewed;
  const implemented = decided + awaitingDecision;
  const agreed = implemented + counts.agreed;
  return {
    proposed: agreed + counts.proposed + counts.declined + counts.escalated,
    agreed,
    implemented,
    decided,
    kept: counts.kept,
    adapted: counts.adapted,
    reverted: counts.reverted,
    declined: counts.declined,
    escalated: counts.escalated,
    awaitingDecision,
  };
};
