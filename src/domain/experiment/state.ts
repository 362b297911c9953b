import { unhandled } from '../shared/command';
import type { ExperimentEvent, ExperimentResult } from './events';

export type Experiment =
  | { readonly status: 'None' }
  | {
      readonly status: 'Designed' | 'Running' | 'Concluded' | 'StoppedEarly';
      readonly id: string;
      readonly programmeId: string;
      readonly startedAt: string | null;
      readonly result: ExperimentResult | null;
    };

export const initialExperiment: Experiment = { status: 'None' };

export const evolveExperiment = (state: Experiment, event: ExperimentEvent): Experiment => {
  if (event.type === 'ExperimentDesigned') {
    const { experimentId, programmeId } = event.data;
    return { status: 'Designed', id: experimentId, programmeId, startedAt: null, result: null };
  }
  if (state.status === 'None') return state;
  switch (event.type) {
    case 'ExperimentStarted':
      return { ...state, status: 'Running', startedAt: event.data.startedAt };
    case 'ExperimentAdapted':
      return state;
    case 'ExperimentConcluded':
      return { ...state, status: 'Concluded', result: event.data.result };
    case 'ExperimentStoppedEarly':
      return { ...state, status: 'StoppedEarly' };
    default:
      return unhandled(event);
  }
};
