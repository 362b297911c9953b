import type { DecisionCitation, FeedbackCitation, Learning } from '../shared/citation';
import type { Command } from '../shared/command';
import type { CorrectDate } from '../shared/dateCorrection';
import type { Verdict } from './events';

/** The decision behind a decline or revert, and what was learnt and done next: each optional. */
type Failed = { decision?: DecisionCitation } & Partial<Learning>;

type P<T> = { programmeId: string; smallChangeId: string } & T;

export type SmallChangeCommand =
  | Command<
      'ProposeSmallChange',
      P<{ teamId: string; title: string; description: string; proposedBy: string[]; barrierIds: string[] }>
    >
  | Command<'AgreeSmallChange', P<{ agreedBy: string[] }>>
  | Command<'DeclineSmallChange', P<{ declinedBy: string[]; rationale: string } & Failed>>
  | Command<'ImplementSmallChange', P<{ whatChanged: string }>>
  | Command<
      'ReviewSmallChange',
      P<{
        hoursFreedPerWeek: number;
        practitionersNoticed: string;
        familiesNoticed: string;
        verdict: Verdict;
      }>
    >
  | Command<
      'AdaptSmallChange',
      P<{ whatChanged: string; rationale: string; decision?: DecisionCitation } & FeedbackCitation>
    >
  | Command<'RevertSmallChange', P<{ rationale: string } & Failed & FeedbackCitation>>
  /** The escalation went nowhere: no national change came of it. */
  | Command<'CloseEscalation', P<{ rationale: string } & Learning>>
  /** Needs national change: it cannot be agreed, and it identifies a national barrier (a new id). */
  | Command<
      'EscalateSmallChange',
      P<{ nationalBarrierId: string; nationalBarrierTitle: string; escalatedBy: string[]; rationale: string }>
    >
  /** A step of this small change was recorded with the wrong occurred date. */
  | CorrectDate<'CorrectSmallChangeDate', { smallChangeId: string }>;

export const SMALL_CHANGE_COMMAND_TYPES: readonly SmallChangeCommand['type'][] = [
  'ProposeSmallChange',
  'AgreeSmallChange',
  'DeclineSmallChange',
  'ImplementSmallChange',
  'ReviewSmallChange',
  'AdaptSmallChange',
  'RevertSmallChange',
  'EscalateSmallChange',
  'CloseEscalation',
  'CorrectSmallChangeDate',
];
