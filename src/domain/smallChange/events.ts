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
      { smallChangeId: string; programmeId: string; declinedBy: string[]; rationale: string }
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
      { smallChangeId: string; programmeId: string; whatChanged: string; rationale: string }
    >
  | Event<'SmallChangeReverted', { smallChangeId: string; programmeId: string; rationale: string }>
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
  | OccurredDateCorrected;
