import { refs, type Reference } from '../facts';
import { streamName, type Aggregate } from '../shared/decider';
import { decideReview } from './decide';
import { REVIEW_COMMAND_TYPES, type ReviewCommand, type ReviewEvent } from './events';
import { evolveReview, initialReview, type Review } from './state';
import { reviewTime } from './time';

export const REVIEW = 'review';
export const reviewStream = (reviewId: string): string => streamName(REVIEW, reviewId);

const affectedRefs = (command: Extract<ReviewCommand, { type: 'RecordDecision' }>): Reference[] =>
  command.data.affects.flatMap((item): Reference[] => {
    if (item.kind === 'smallChange') return refs('smallChange', [item.id]);
    if (item.kind === 'experiment') return refs('experiment', [item.id]);
    if (item.kind === 'blueprintElement') return refs('blueprint', [command.data.programmeId]);
    return [];
  });

export const reviewAggregate: Aggregate<ReviewCommand, ReviewEvent, Review> = {
  category: REVIEW,
  commandTypes: REVIEW_COMMAND_TYPES,
  initialState: initialReview,
  evolve: evolveReview,
  decide: decideReview,
  time: reviewTime,
  targetId: (command) => command.data.reviewId,
  references: (command) => {
    if (command.type === 'RecordInsight') return refs('barrier', command.data.barrierIds);
    if (command.type === 'RecordDecision')
      return [...affectedRefs(command), ...refs('feedbackRound', command.data.feedbackRoundIds)];
    return [];
  },
};
