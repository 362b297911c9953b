import type { BusinessTime } from '../shared/businessTime';
import type { ExperimentEvent } from './events';

const DONE: Readonly<Record<ExperimentEvent['type'], string>> = {
  ExperimentDesigned: 'designed',
  ExperimentStarted: 'started',
  ExperimentAdapted: 'adapted',
  ExperimentConcluded: 'concluded',
  ExperimentStoppedEarly: 'stopped',
  OccurredDateCorrected: 'given a corrected date',
};

/** DOMAIN: designed ≤ started ≤ adapted ≤ concluded or stopped early. */
export const experimentTime: BusinessTime<ExperimentEvent> = {
  thread: () => 'experiment',
  ordering: (earlier, later) => ({
    rule: 'ExperimentStepsInOrder',
    message: `An experiment cannot be ${DONE[later.type as ExperimentEvent['type']]} on ${later.occurredAt}, before it was ${DONE[earlier.type as ExperimentEvent['type']]} on ${earlier.occurredAt}`,
  }),
};
