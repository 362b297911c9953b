import { decisionRefs, refs } from '../facts';
import { streamName, type Aggregate } from '../shared/decider';
import { decideExperiment } from './decide';
import { EXPERIMENT_COMMAND_TYPES, type ExperimentCommand, type ExperimentEvent } from './events';
import { evolveExperiment, initialExperiment, type Experiment } from './state';
import { experimentTime } from './time';

export const EXPERIMENT = 'experiment';
export const experimentStream = (experimentId: string): string => streamName(EXPERIMENT, experimentId);

export const experimentAggregate: Aggregate<ExperimentCommand, ExperimentEvent, Experiment> = {
  category: EXPERIMENT,
  commandTypes: EXPERIMENT_COMMAND_TYPES,
  initialState: initialExperiment,
  evolve: evolveExperiment,
  decide: decideExperiment,
  time: experimentTime,
  targetId: (command) => command.data.experimentId,
  references: (command) => {
    if (command.type === 'StopExperiment') return decisionRefs(command.data.decision);
    return command.type === 'DesignExperiment'
      ? [
          ...refs('barrier', command.data.barrierIds),
          ...refs('blueprint', command.data.blueprintElementId ? [command.data.programmeId] : []),
        ]
      : [];
  },
};
