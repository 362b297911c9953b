/**
 * The measurement both measurement test files start from: a time-diary value for the programme's
 * first fortnight, and its correction.
 */
import type { MeasurementCommand } from '../../src/domain/measurement/events';
import { commandsOf, METRIC } from './fixtures';

export const command = commandsOf<MeasurementCommand>();
export const period = { periodStart: '2022-01-03', periodEnd: '2022-01-14' };
export const recordData = {
  metricId: METRIC,
  measurementId: 'm1',
  value: 22,
  ...period,
  source: { kind: 'timeDiary' as const },
};
export const correctData = {
  metricId: METRIC,
  measurementId: 'm1b',
  supersedes: 'm1',
  value: 24,
  reason: 'Two diaries were missed',
};
