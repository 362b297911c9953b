/** The command table's rows for staff feedback rounds. */
import { feedbackRoundAggregate } from '../../domain/feedbackRound';
import type { FeedbackRoundCommand } from '../../domain/feedbackRound/events';
import { LEADS } from '../auth/roles';
import {
  CloseUnintendedConsequenceInput,
  CorrectFeedbackRoundDateInput,
  RecordFeedbackRoundInput,
  RespondToFeedbackInput,
} from '../inputs/feedback';
import { FeedbackRoundPayload } from '../types/feedback';
import { feedbackRoundAnswer } from './answers';
import type { CommandRows } from './commandRow';
import { correctionRow } from './corrections';

const round = {
  decider: feedbackRoundAggregate,
  payload: FeedbackRoundPayload,
  answer: feedbackRoundAnswer,
  roles: LEADS,
} as const;

export const FEEDBACK_ROUND_COMMANDS: CommandRows<FeedbackRoundCommand['type']> = {
  RecordFeedbackRound: {
    ...round,
    input: RecordFeedbackRoundInput,
    description:
      'Record a round of staff feedback: what staff were asked about, how many answered, what they said, and the unintended consequences they flagged.',
    newIds: { feedbackRoundId: 'feedbackRound' },
  },
  RespondToFeedback: {
    ...round,
    input: RespondToFeedbackInput,
    description:
      'Record what was done in answer to a feedback round or one of its unintended consequences ("you said, we did").',
    newIds: { responseId: 'feedbackResponse' },
  },
  CloseUnintendedConsequence: {
    ...round,
    input: CloseUnintendedConsequenceInput,
    description: 'Close an unintended consequence a feedback round flagged, saying how it was put right.',
  },
  CorrectFeedbackRoundDate: correctionRow(
    feedbackRoundAggregate,
    CorrectFeedbackRoundDateInput,
    'Correct the date of a step of a feedback round.',
  ),
};
