/**
 * A step that followed from something it cites (a review decision, a feedback round): its kind,
 * item, title and date. Shared by decisions.ts and feedbackCitations.ts, which cite each other's
 * sources.
 */
import type { When } from './ledgerRecord';

/** What followed from a decision: the step that cites it, with its date. */
export interface FollowingStep extends When {
  readonly step: FollowingStepKind;
  readonly itemId: string;
  readonly title: string;
}
export const FOLLOWING_STEP_KINDS = [
  'experimentStopped',
  'smallChangeDeclined',
  'smallChangeAdapted',
  'smallChangeReverted',
  'blueprintElementChanged',
  'feedbackAnswered',
  'decisionRecorded',
] as const;
export type FollowingStepKind = (typeof FOLLOWING_STEP_KINDS)[number];
