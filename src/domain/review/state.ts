import { unhandled } from '../shared/command';
import type { ReviewEvent, ReviewKind } from './events';

export type Review =
  | { readonly status: 'None' }
  | {
      readonly status: 'Held';
      readonly id: string;
      readonly programmeId: string;
      readonly kind: ReviewKind;
      readonly heldAt: string;
      readonly insightIds: readonly string[];
      readonly decisionIds: readonly string[];
    };

export const initialReview: Review = { status: 'None' };

export const evolveReview = (state: Review, event: ReviewEvent): Review => {
  if (event.type === 'ReviewHeld') {
    const { reviewId, programmeId, kind, heldAt } = event.data;
    return { status: 'Held', id: reviewId, programmeId, kind, heldAt, insightIds: [], decisionIds: [] };
  }
  if (state.status === 'None') return state;
  switch (event.type) {
    case 'InsightRecorded':
      return { ...state, insightIds: [...state.insightIds, event.data.insightId] };
    case 'DecisionRecorded':
      return { ...state, decisionIds: [...state.decisionIds, event.data.decisionId] };
    default:
      return unhandled(event);
  }
};
