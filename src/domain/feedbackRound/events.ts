import type { Level } from '../programme/events';
import type { Command, Event } from '../shared/command';
import type { DecisionCitation } from '../shared/citation';
import type { CorrectDate, OccurredDateCorrected } from '../shared/dateCorrection';

/** What staff can be asked about: a small change, an experiment, a blueprint element, or the vision. */
export const FEEDBACK_ITEM_KINDS = ['smallChange', 'experiment', 'blueprintElement', 'vision'] as const;
export type FeedbackItemKind = (typeof FEEDBACK_ITEM_KINDS)[number];

/** An item a round asked about; the vision has no id (there is one per programme). */
export interface FeedbackItem {
  readonly kind: FeedbackItemKind;
  readonly id: string | null;
}

/** How many people of one team (or none) and one level were asked: counts only, never names. */
export interface AskedGroup {
  readonly teamId: string | null;
  readonly level: Level;
  readonly count: number;
}

/** An average score staff gave to one question, on a scale the round names. */
export interface FeedbackScore {
  readonly question: string;
  readonly score: number;
  readonly outOf: number;
}

/** Something a change did that nobody meant it to (e.g. more evening work), flagged by staff. */
export interface UnintendedConsequence {
  readonly consequenceId: string;
  readonly description: string;
  /** True when it falls on staff themselves: workload, work-life balance. */
  readonly onStaff: boolean;
  /** The item it came from, when staff named one. */
  readonly item: FeedbackItem | null;
}

/** What staff said: aggregate results only, quotes anonymised. */
export interface FeedbackRoundData {
  readonly phaseId: string;
  readonly items: FeedbackItem[];
  readonly asked: AskedGroup[];
  readonly answered: number;
  readonly themes: string[];
  readonly anonymisedQuotes: string[];
  readonly scores: FeedbackScore[];
  readonly consequences: UnintendedConsequence[];
}

type R<T> = { feedbackRoundId: string; programmeId: string } & T;

export type FeedbackRoundEvent =
  | Event<'FeedbackRoundRecorded', R<FeedbackRoundData & { heldAt: string }>>
  /** "You said, we did": what was done in answer to the round, or to one consequence it flagged. */
  | Event<
      'FeedbackResponded',
      R<{
        responseId: string;
        whatWeDid: string;
        consequenceId: string | null;
        decision: DecisionCitation | null;
      }>
    >
  | Event<'UnintendedConsequenceClosed', R<{ consequenceId: string; resolution: string }>>
  | OccurredDateCorrected;

export type FeedbackRoundCommand =
  | Command<'RecordFeedbackRound', R<FeedbackRoundData>>
  | Command<
      'RespondToFeedback',
      R<{ responseId: string; whatWeDid: string; consequenceId?: string; decision?: DecisionCitation }>
    >
  | Command<'CloseUnintendedConsequence', R<{ consequenceId: string; resolution: string }>>
  /** A step of the round was recorded with the wrong occurred date. */
  | CorrectDate<'CorrectFeedbackRoundDate', { feedbackRoundId: string }>;

export const FEEDBACK_ROUND_COMMAND_TYPES: readonly FeedbackRoundCommand['type'][] = [
  'RecordFeedbackRound',
  'RespondToFeedback',
  'CloseUnintendedConsequence',
  'CorrectFeedbackRoundDate',
];
