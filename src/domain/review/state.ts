import { unhandled } from '../shared/command';
import { stepOf, type Occurrence, type Step } from '../shared/businessTime';
import { stepsCorrectedBy } from '../shared/dateCorrection';
import type { ReviewEvent, ReviewKind } from './events';
import { reviewTime } from './time';

export type Review =
  | { readonly status: 'None' }
  | {
      readonly status: 'Held';
      readonly id: string;
      readonly programmeId: string;
      readonly kind: ReviewKind;
      readonly insightIds: readonly string[];
      readonly decisionIds: readonly string[];
      /** Held first, then its insights and decisions, with when each occurred (corrections applied). */
      readonly steps: readonly Step[];
    };

export const initialReview: Review = { status: 'None' };

export const evolveReview = (state: Review, event: ReviewEvent, occurrence: Occurrence): Review => {
  const step = stepOf(reviewTime, event, occurrence);
  if (event.type === 'ReviewHeld') {
    const { reviewId, programmeId, kind } = event.data;
    return {
      status: 'Held',
      id: reviewId,
      programmeId,
      kind,
      insightIds: [],
      decisionIds: [],
      steps: [step],
    };
  }
  if (state.status === 'None') return state;
  const steps = [...state.steps, step];
  switch (event.type) {
    case 'InsightRecorded':
      return { ...state, steps, insightIds: [...state.insightIds, event.data.insightId] };
    case 'DecisionRecorded':
      return { ...state, steps, decisionIds: [...state.decisionIds, event.data.decisionId] };
    case 'OccurredDateCorrected':
      return { ...state, steps: stepsCorrectedBy(state.steps, event) };
    default:
      return unhandled(event);
  }
};

/** When the review was held (its date as corrected). */
export const heldStep = (review: Exclude<Review, { status: 'None' }>): Step => review.steps[0]!;
