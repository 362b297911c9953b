import { unhandled } from '../shared/command';
import { stepOf, type Occurrence, type Step } from '../shared/businessTime';
import { stepsCorrectedBy } from '../shared/dateCorrection';
import type { ExperimentEvent, ExperimentResult } from './events';
import { experimentTime } from './time';

export type Experiment =
  | { readonly status: 'None' }
  | {
      readonly status: 'Designed' | 'Running' | 'Concluded' | 'StoppedEarly';
      readonly id: string;
      readonly programmeId: string;
      readonly result: ExperimentResult | null;
      /** Every step so far, with when it occurred (corrections applied). */
      readonly steps: readonly Step[];
    };

export const initialExperiment: Experiment = { status: 'None' };

export const evolveExperiment = (
  state: Experiment,
  event: ExperimentEvent,
  occurrence: Occurrence,
): Experiment => {
  const step = stepOf(experimentTime, event, occurrence);
  if (event.type === 'ExperimentDesigned') {
    const { experimentId, programmeId } = event.data;
    return { status: 'Designed', id: experimentId, programmeId, result: null, steps: [step] };
  }
  if (state.status === 'None') return state;
  const stepped = { ...state, steps: [...state.steps, step] };
  switch (event.type) {
    case 'ExperimentStarted':
      return { ...stepped, status: 'Running' };
    case 'ExperimentAdapted':
      return stepped;
    case 'ExperimentConcluded':
      return { ...stepped, status: 'Concluded', result: event.data.result };
    case 'ExperimentStoppedEarly':
      return { ...stepped, status: 'StoppedEarly' };
    case 'OccurredDateCorrected':
      return { ...state, steps: stepsCorrectedBy(state.steps, event) };
    default:
      return unhandled(event);
  }
};
