import type { DecisionCitation, FeedbackCitation, Learning } from '../shared/citation';
import type { Event } from '../shared/command';
import type { OccurredDateCorrected } from '../shared/dateCorrection';

export const VERDICTS = ['keep', 'adapt', 'revert'] as const;
export type Verdict = (typeof VERDICTS)[number];

export type SmallChangeEvent =
  | Event<
      'SmallChangeProposed',
      {
        smallChangeId: string;
        programmeId: string;
        teamId: string;
        title: string;
        description: string;
        proposedBy: string[];
        barrierIds: string[];
      }
    >
  | Event<'SmallChangeAgreed', { smallChangeId: string; programmeId: string; agreedBy: string[] }>
  | Event<
      'SmallChangeDeclined',
      { smallChangeId: string; programmeId: string; declinedBy: string[]; rationale: string } & AfterFailure
    >
  | Event<
      'SmallChangeImplemented',
      { smallChangeId: string; programmeId: string; implementedAt: string; whatChanged: string }
    >
  | Event<
      'SmallChangeReviewed',
      {
        smallChangeId: string;
        programmeId: string;
        reviewedAt: string;
        /** Hours per week freed for direct work with children and families. */
        hoursFreedPerWeek: number;
        practitionersNoticed: string;
        familiesNoticed: string;
        verdict: Verdict;
      }
    >
  | Event<
      'SmallChangeAdapted',
      { smallChangeId: string; programmeId: string; whatChanged: string; rationale: string } & Cites
    >
  | Event<
      'SmallChangeReverted',
      { smallChangeId: string; programmeId: string; rationale: string } & AfterFailure
    >
  | Event<
      'SmallChangeEscalated',
      {
        smallChangeId: string;
        programmeId: string;
        nationalBarrierId: string;
        nationalBarrierTitle: string;
        escalatedBy: string[];
        rationale: string;
      }
    >
  /** The escalation went nowhere: closed without a national change, with what was learnt. */
  | Event<
      'SmallChangeEscalationClosed',
      { smallChangeId: string; programmeId: string; rationale: string } & Learning
    >
  | OccurredDateCorrected;

/**
 * Absent when no decision was cited (and in events before 0.3.0): "no decision cited"; likewise the
 * feedback rounds cited (absent: none).
 */
export interface Cites extends FeedbackCitation {
  readonly decision?: DecisionCitation;
}
/** A decline or revert: the decision behind it, and what was learnt and done next (each absent before 0.3.0). */
export type AfterFailure = Cites & Partial<Learning>;
