import { unhandled } from '../shared/command';
import { IllegalStateError } from '../shared/errors';
import {
  isBefore,
  requireDate,
  requireNonEmpty,
  requireNotBefore,
  requireOneOf,
  requireRationale,
  requireText,
} from '../shared/validation';
import {
  existing,
  fresh,
  openProgramme,
  requireBarriers,
  requireBlueprintElement,
  requireMetrics,
  type Facts,
} from '../facts';
import { NEXT_STEPS, RESULTS, type ExperimentCommand, type ExperimentEvent } from './events';
import type { Experiment } from './state';

type Existing = Exclude<Experiment, { status: 'None' }>;

const requireRunning = (experiment: Existing, doing: string) => {
  if (experiment.status !== 'Running') {
    throw new IllegalStateError(
      'OnlyRunningExperiment',
      `An experiment can be ${doing} only while running; this one is ${experiment.status}`,
    );
  }
  return experiment.startedAt!;
};

/** DOMAIN: a failed experiment is as valuable as a successful one, so its learning is never optional. */
const requireLearning = (learning: string) => requireText(learning, 'learning (what the programme learnt)');

export const decideExperiment = (
  command: ExperimentCommand,
  state: Experiment,
  facts: Facts,
): ExperimentEvent[] => {
  const programme = openProgramme(facts.programme);
  const { programmeId, experimentId } = command.data;
  const ids = { programmeId, experimentId };
  const occurredAt = command.context.occurredAt;
  if (command.type === 'DesignExperiment') {
    fresh(state, 'experiment');
    const { title, hypothesis, barrierIds, blueprintElementId, measureIds, plannedStart, reviewDate } =
      command.data;
    const ifWe = requireText(hypothesis?.ifWe, 'hypothesis: if we …');
    const weExpect = requireText(hypothesis?.weExpect, 'hypothesis: we expect …');
    const because = requireText(hypothesis?.because, 'hypothesis: because …');
    requireBarriers(facts, requireNonEmpty(barrierIds, 'barriers'), programmeId);
    if (blueprintElementId) requireBlueprintElement(facts, programmeId, blueprintElementId);
    requireMetrics(programme, requireNonEmpty(measureIds, 'measures'), 'measures');
    requireDate(plannedStart, 'planned start');
    requireDate(reviewDate, 'review date');
    if (isBefore(reviewDate, plannedStart))
      throw new IllegalStateError('ReviewAfterStart', 'The review date cannot come before the planned start');
    return [
      {
        type: 'ExperimentDesigned',
        data: {
          ...ids,
          title: requireText(title, 'title', 300),
          hypothesis: { ifWe, weExpect, because },
          barrierIds,
          blueprintElementId: blueprintElementId ?? null,
          measureIds,
          plannedStart,
          reviewDate,
        },
      },
    ];
  }
  const experiment = existing(state, programmeId, 'experiment');
  switch (command.type) {
    case 'StartExperiment':
      if (experiment.status !== 'Designed')
        throw new IllegalStateError(
          'StartOnlyDesigned',
          `Only a designed experiment can start; this one is ${experiment.status}`,
        );
      return [{ type: 'ExperimentStarted', data: { ...ids, startedAt: occurredAt } }];
    case 'AdaptExperiment':
      requireRunning(experiment, 'adapted');
      return [
        {
          type: 'ExperimentAdapted',
          data: {
            ...ids,
            change: requireText(command.data.change, 'change'),
            rationale: requireRationale(command.data.rationale, 'adapting an experiment'),
          },
        },
      ];
    case 'ConcludeExperiment': {
      const startedAt = requireRunning(experiment, 'concluded');
      requireNotBefore(
        occurredAt,
        startedAt,
        'ConcludeAfterStart',
        'An experiment cannot conclude before it started',
      );
      const { result, learning, nextStep } = command.data;
      return [
        {
          type: 'ExperimentConcluded',
          data: {
            ...ids,
            concludedAt: occurredAt,
            result: requireOneOf(result, RESULTS, 'result'),
            learning: requireLearning(learning),
            nextStep: requireOneOf(nextStep, NEXT_STEPS, 'next step'),
          },
        },
      ];
    }
    case 'StopExperiment': {
      const startedAt = requireRunning(experiment, 'stopped early');
      requireNotBefore(
        occurredAt,
        startedAt,
        'StopAfterStart',
        'An experiment cannot stop before it started',
      );
      return [
        {
          type: 'ExperimentStoppedEarly',
          data: {
            ...ids,
            stoppedAt: occurredAt,
            rationale: requireRationale(command.data.rationale, 'stopping an experiment early'),
            learning: requireLearning(command.data.learning),
          },
        },
      ];
    }
    default:
      return unhandled(command);
  }
};
