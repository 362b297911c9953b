import { decisionRefs, refs, type Reference } from '../facts';
import { streamName, type Aggregate } from '../shared/decider';
import { decideFeedbackRound } from './decide';
import {
  FEEDBACK_ROUND_COMMAND_TYPES,
  type FeedbackItem,
  type FeedbackRoundCommand,
  type FeedbackRoundEvent,
} from './events';
import { evolveFeedbackRound, feedbackRoundTime, initialFeedbackRound, type FeedbackRound } from './state';

export const FEEDBACK_ROUND = 'feedbackRound';
export const feedbackRoundStream = (feedbackRoundId: string): string =>
  streamName(FEEDBACK_ROUND, feedbackRoundId);

const itemRefs = (programmeId: string, items: readonly (FeedbackItem | null)[]): Reference[] =>
  items.flatMap((item): Reference[] => {
    if (item?.kind === 'smallChange') return refs('smallChange', [item.id]);
    if (item?.kind === 'experiment') return refs('experiment', [item.id]);
    if (item?.kind === 'blueprintElement') return refs('blueprint', [programmeId]);
    return [];
  });

export const feedbackRoundAggregate: Aggregate<FeedbackRoundCommand, FeedbackRoundEvent, FeedbackRound> = {
  category: FEEDBACK_ROUND,
  commandTypes: FEEDBACK_ROUND_COMMAND_TYPES,
  initialState: initialFeedbackRound,
  evolve: evolveFeedbackRound,
  decide: decideFeedbackRound,
  time: feedbackRoundTime,
  targetId: (command) => command.data.feedbackRoundId,
  references: (command) => {
    const { programmeId } = command.data;
    if (command.type === 'RecordFeedbackRound')
      return itemRefs(programmeId, [
        ...command.data.items,
        ...command.data.consequences.map((consequence) => consequence.item),
      ]);
    if (command.type === 'RespondToFeedback') return decisionRefs(command.data.decision);
    return [];
  },
};
