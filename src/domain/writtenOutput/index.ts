import { streamName, type Aggregate } from '../shared/decider';
import type { Occurrence } from '../shared/businessTime';
import { decideWrittenOutput, writtenOutputTime } from './decide';
import {
  noDeliveries,
  WRITTEN_OUTPUT_COMMAND_TYPES,
  type WrittenOutputCommand,
  type WrittenOutputEvent,
  type WrittenOutputs,
} from './events';

export const WRITTEN_OUTPUT = 'writtenOutput';
/** One stream per programme holds the deliveries of its outputs: `writtenOutput-<programmeId>`. */
export const writtenOutputStream = (programmeId: string): string => streamName(WRITTEN_OUTPUT, programmeId);

const evolveWrittenOutputs = (
  state: WrittenOutputs,
  event: WrittenOutputEvent,
  occurrence: Occurrence,
): WrittenOutputs => ({ delivered: { ...state.delivered, [event.data.output]: occurrence.occurredAt } });

export const writtenOutputAggregate: Aggregate<WrittenOutputCommand, WrittenOutputEvent, WrittenOutputs> = {
  category: WRITTEN_OUTPUT,
  commandTypes: WRITTEN_OUTPUT_COMMAND_TYPES,
  initialState: noDeliveries,
  evolve: evolveWrittenOutputs,
  decide: decideWrittenOutput,
  time: writtenOutputTime,
  targetId: (command) => command.data.programmeId,
  references: () => [],
};
