import { streamName, type Aggregate } from '../shared/decider';
import { decideBarrier } from './decide';
import { BARRIER_COMMAND_TYPES, type BarrierCommand, type BarrierEvent } from './events';
import { evolveBarrier, initialBarrier, type Barrier } from './state';
import { barrierTime } from './time';

export const BARRIER = 'barrier';
export const barrierStream = (barrierId: string): string => streamName(BARRIER, barrierId);

export const barrierAggregate: Aggregate<BarrierCommand, BarrierEvent, Barrier> = {
  category: BARRIER,
  commandTypes: BARRIER_COMMAND_TYPES,
  initialState: initialBarrier,
  evolve: evolveBarrier,
  decide: decideBarrier,
  time: barrierTime,
  targetId: (command) => command.data.barrierId,
  references: () => [],
};
