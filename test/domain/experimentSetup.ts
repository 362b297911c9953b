/**
 * The experiment both experiment test files start from: its design command and the data of the
 * event it records.
 */
import type { ExperimentCommand, ExperimentEvent } from '../../src/domain/experiment/events';
import { commandsOf, LOCAL_BARRIER, METRIC, P } from './fixtures';

export const command = commandsOf<ExperimentCommand>();
export const X = 'experiment-family-time';
export const ids = { programmeId: P, experimentId: X };
export const hypothesis = {
  ifWe: 'protect Thursday mornings for visits',
  weExpect: 'more time with families',
  because: 'no meetings compete',
};
export const design = command('DesignExperiment', {
  experimentId: X,
  title: 'Protected visit mornings',
  hypothesis,
  barrierIds: [LOCAL_BARRIER],
  measureIds: [METRIC],
  plannedStart: '2022-01-10',
  reviewDate: '2022-03-07',
});
export const designedEvent: ExperimentEvent = {
  type: 'ExperimentDesigned',
  data: {
    ...ids,
    title: 'Protected visit mornings',
    hypothesis,
    barrierIds: [LOCAL_BARRIER],
    blueprintElementId: null,
    measureIds: [METRIC],
    plannedStart: '2022-01-10',
    reviewDate: '2022-03-07',
  },
};
