import { unhandled } from '../shared/command';
import { stepOf, type BusinessTime, type Occurrence, type Step } from '../shared/businessTime';
import { stepsCorrectedBy } from '../shared/dateCorrection';
import type { FeedbackRoundEvent } from './events';

export type FeedbackRound =
  | { readonly status: 'None' }
  | {
      readonly status: 'Recorded';
      readonly id: string;
      readonly programmeId: string;
      readonly consequenceIds: readonly string[];
      readonly closedConsequenceIds: readonly string[];
      readonly responseIds: readonly string[];
      /** Recorded first, then its responses and closures, with when each occurred. */
      readonly steps: readonly Step[];
    };

export const initialFeedbackRound: FeedbackRound = { status: 'None' };

/** DOMAIN: a round is answered, and its consequences closed, no earlier than it was held. */
export const feedbackRoundTime: BusinessTime<FeedbackRoundEvent> = {
  thread: () => 'feedbackRound',
  ordering: (earlier, later) =>
    earlier.type === 'FeedbackRoundRecorded'
      ? {
          rule: 'AnswerAfterFeedback',
          message: `What was done in answer cannot be dated ${later.occurredAt}, before the feedback round was held on ${earlier.occurredAt}`,
        }
      : undefined,
};

export const evolveFeedbackRound = (
  state: FeedbackRound,
  event: FeedbackRoundEvent,
  occurrence: Occurrence,
): FeedbackRound => {
  const step = stepOf(feedbackRoundTime, event, occurrence);
  if (event.type === 'FeedbackRoundRecorded') {
    const { feedbackRoundId, programmeId, consequences } = event.data;
    return {
      status: 'Recorded',
      id: feedbackRoundId,
      programmeId,
      consequenceIds: consequences.map((c) => c.consequenceId),
      closedConsequenceIds: [],
      responseIds: [],
      steps: [step],
    };
  }
  if (state.status === 'None') return state;
  const steps = [...state.steps, step];
  switch (event.type) {
    case 'FeedbackResponded':
      return { ...state, steps, responseIds: [...state.responseIds, event.data.responseId] };
    case 'UnintendedConsequenceClosed':
      return {
        ...state,
        steps,
        closedConsequenceIds: [...state.closedConsequenceIds, event.data.consequenceId],
      };
    case 'OccurredDateCorrected':
      return { ...state, steps: stepsCorrectedBy(state.steps, event) };
    default:
      return unhandled(event);
  }
};
