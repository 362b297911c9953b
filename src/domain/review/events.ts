import type { FeedbackCitation } from '../shared/citation';
import type { Command, Event } from '../shared/command';
import type { CorrectDate, OccurredDateCorrected } from '../shared/dateCorrection';

export const REVIEW_KINDS = [
  'monthlySeniorLeaderReview',
  'internalProgressReview',
  'teamCheckIn',
  'sensemakingSession',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const INSIGHT_KINDS = ['challenge', 'opportunity'] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

export const AFFECTED_KINDS = ['smallChange', 'experiment', 'blueprintElement', 'metric'] as const;
export interface AffectedItem {
  readonly kind: (typeof AFFECTED_KINDS)[number];
  readonly id: string;
}

export type ReviewEvent =
  | Event<
      'ReviewHeld',
      {
        reviewId: string;
        programmeId: string;
        kind: ReviewKind;
        heldAt: string;
        teamId: string | null;
        attendeeIds: string[];
      }
    >
  | Event<
      'InsightRecorded',
      {
        reviewId: string;
        programmeId: string;
        insightId: string;
        kind: InsightKind;
        statement: string;
        barrierIds: string[];
      }
    >
  | Event<
      'DecisionRecorded',
      {
        reviewId: string;
        programmeId: string;
        decisionId: string;
        decision: string;
        rationale: string;
        affects: AffectedItem[];
        followUpOwnerId: string | null;
      } & FeedbackCitation
    >
  | OccurredDateCorrected;

type P<T> = { programmeId: string; reviewId: string } & T;

export type ReviewCommand =
  | Command<'HoldReview', P<{ kind: ReviewKind; teamId?: string; attendeeIds: string[] }>>
  | Command<
      'RecordInsight',
      P<{ insightId: string; kind: InsightKind; statement: string; barrierIds: string[] }>
    >
  | Command<
      'RecordDecision',
      P<
        {
          decisionId: string;
          decision: string;
          rationale: string;
          affects: AffectedItem[];
          followUpOwnerId?: string;
        } & FeedbackCitation
      >
    >
  /** The review, or an insight or decision of it, was recorded with the wrong occurred date. */
  | CorrectDate<'CorrectReviewDate', { reviewId: string }>;

export const REVIEW_COMMAND_TYPES: readonly ReviewCommand['type'][] = [
  'HoldReview',
  'RecordInsight',
  'RecordDecision',
  'CorrectReviewDate',
];
