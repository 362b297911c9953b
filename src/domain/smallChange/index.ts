import { decisionRefs, refs } from '../facts';
import { streamName, type Aggregate } from '../shared/decider';
import { SMALL_CHANGE_COMMAND_TYPES, type SmallChangeCommand } from './commands';
import { decideSmallChange } from './decide';
import type { SmallChangeEvent } from './events';
import { evolveSmallChange, initialSmallChange, type SmallChange } from './state';
import { smallChangeTime } from './time';

export const SMALL_CHANGE = 'smallChange';
export const smallChangeStream = (smallChangeId: string): string => streamName(SMALL_CHANGE, smallChangeId);

export const smallChangeAggregate: Aggregate<SmallChangeCommand, SmallChangeEvent, SmallChange> = {
  category: SMALL_CHANGE,
  commandTypes: SMALL_CHANGE_COMMAND_TYPES,
  initialState: initialSmallChange,
  evolve: evolveSmallChange,
  decide: decideSmallChange,
  time: smallChangeTime,
  targetId: (command) => command.data.smallChangeId,
  references: (command, state) => {
    if (command.type === 'ProposeSmallChange') return refs('barrier', command.data.barrierIds);
    // Agreeing checks whether any barrier it eases has turned out to be national.
    if (command.type === 'AgreeSmallChange' && state.status !== 'None')
      return refs('barrier', state.barrierIds);
    if (command.type === 'AdaptSmallChange' || command.type === 'RevertSmallChange')
      return [
        ...decisionRefs(command.data.decision),
        ...refs('feedbackRound', command.data.feedbackRoundIds),
      ];
    if (command.type === 'DeclineSmallChange') return decisionRefs(command.data.decision);
    return [];
  },
};
