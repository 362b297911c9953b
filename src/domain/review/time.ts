import { sameDay, type BusinessTime, type Step } from '../shared/businessTime';
import { ValidationError } from '../shared/errors';
import type { ReviewEvent } from './events';

const decisionMessage = (heldAt: string, decidedAt: string) =>
  `A review's decisions occur on the review's date: it was held on ${heldAt}, the decision is dated ${decidedAt}`;

/**
 * DOMAIN: a review's decisions occur on the review's date, and its insights no earlier. When the
 * review's date is corrected, its decisions move with it.
 */
export const reviewTime: BusinessTime<ReviewEvent> = {
  thread: () => 'review',
  ordering: (earlier, later) => {
    if (earlier.type !== 'ReviewHeld') return undefined;
    if (later.type === 'DecisionRecorded')
      return { rule: 'DecisionOnReviewDate', message: decisionMessage(earlier.occurredAt, later.occurredAt) };
    return {
      rule: 'InsightAfterReviewHeld',
      message: `An insight of a review cannot be recorded as occurring on ${later.occurredAt}, before the review was held on ${earlier.occurredAt}`,
    };
  },
  followers: (steps, corrected) =>
    corrected.type === 'ReviewHeld' ? steps.filter((step) => step.type === 'DecisionRecorded') : [],
};

/** A decision (new, or corrected) must be dated on the day the review was held. */
export const requireOnReviewDate = (held: Step, decidedAt: string): void => {
  if (!sameDay(held.occurredAt, decidedAt))
    throw new ValidationError('DecisionOnReviewDate', decisionMessage(held.occurredAt, decidedAt));
};
