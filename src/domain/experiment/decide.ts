import { LIMITS } from '../shared/limits';
import { unhandled } from '../shared/command';
import { requireNewStepsInOrder } from '../shared/businessTime';
import { decideDateCorrection } from '../shared/dateCorrection';
import { IllegalStateError } from '../shared/errors';
import {
  isBefore,
  requireDate,
  requireNonEmpty,
  requireOneOf,
  requireRationale,
  requireText,
} from '../shared/validation';
import {
  citedDecision,
  existing,
  fresh,
  openProgrammeOn,
  requireBarriers,
  requireBlueprintElement,
  requireMetrics,
  type Facts,
} from '../facts';
import type { ProgrammeDetails } from '../programme/state';
import { NEXT_STEPS, RESULTS, type ExperimentCommand, type ExperimentEvent } from './events';
import type { Experiment } from './state';
import { experimentTime } from './time';

type Existing = Exclude<Experiment, { status: 'None' }>;
type Cmd<T extends ExperimentCommand['type']> = Extract<ExperimentCommand, { type: T }>;

const requireRunning = (experiment: Existing, doing: string) => {
  if (experiment.status !== 'Running') {
    throw new IllegalStateError(
      'OnlyRunningExperiment',
      `An experiment can be ${doing} only while running; this one is ${experiment.status}`,
    );
  }
};

/** DOMAIN: a failed experiment is as valuable as a successful one, so its learning is never optional. */
const requireLearning = (learning: string) => requireText(learning, 'learning (what the programme learnt)');

const design = (
  { data }: Cmd<'DesignExperiment'>,
  state: Experiment,
  facts: Facts,
  programme: ProgrammeDetails,
): ExperimentEvent => {
  fresh(state, 'experiment');
  const { programmeId, experimentId, title, hypothesis, barrierIds, blueprintElementId, measureIds } = data;
  const { plannedStart, reviewDate } = data;
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
  return {
    type: 'ExperimentDesigned',
    data: {
      experimentId,
      programmeId,
      title: requireText(title, 'title', LIMITS.title),
      hypothesis: { ifWe, weExpect, because },
      barrierIds,
      blueprintElementId: blueprintElementId ?? null,
      measureIds,
      plannedStart,
      reviewDate,
    },
  };
};

const conclude = ({ data, context }: Cmd<'ConcludeExperiment'>, experiment: Existing): ExperimentEvent => {
  requireRunning(experiment, 'concluded');
  const { programmeId, experimentId, result, learning, nextStep } = data;
  return {
    type: 'ExperimentConcluded',
    data: {
      programmeId,
      experimentId,
      concludedAt: context.occurredAt,
      result: requireOneOf(result, RESULTS, 'result'),
      learning: requireLearning(learning),
      nextStep: requireOneOf(nextStep, NEXT_STEPS, 'next step'),
    },
  };
};

const stop = (
  { data, context }: Cmd<'StopExperiment'>,
  experiment: Existing,
  facts: Facts,
): ExperimentEvent => {
  requireRunning(experiment, 'stopped early');
  const decision = citedDecision(facts, data.programmeId, data.decision);
  return {
    type: 'ExperimentStoppedEarly',
    data: {
      programmeId: data.programmeId,
      experimentId: data.experimentId,
      stoppedAt: context.occurredAt,
      rationale: requireRationale(data.rationale, 'stopping an experiment early'),
      learning: requireLearning(data.learning),
      ...(decision ? { decision } : {}),
    },
  };
};

const decideStep = (
  command: Exclude<ExperimentCommand, Cmd<'DesignExperiment'>>,
  experiment: Existing,
  programme: ProgrammeDetails,
  facts: Facts,
): ExperimentEvent => {
  const { programmeId, experimentId } = command.data;
  const occurredAt = command.context.occurredAt;
  switch (command.type) {
    case 'StartExperiment':
      if (experiment.status !== 'Designed')
        throw new IllegalStateError(
          'StartOnlyDesigned',
          `Only a designed experiment can start; this one is ${experiment.status}`,
        );
      return { type: 'ExperimentStarted', data: { programmeId, experimentId, startedAt: occurredAt } };
    case 'AdaptExperiment':
      requireRunning(experiment, 'adapted');
      return {
        type: 'ExperimentAdapted',
        data: {
          programmeId,
          experimentId,
          change: requireText(command.data.change, 'change'),
          rationale: requireRationale(command.data.rationale, 'adapting an experiment'),
        },
      };
    case 'ConcludeExperiment':
      return conclude(command, experiment);
    case 'StopExperiment':
      return stop(command, experiment, facts);
    case 'CorrectExperimentDate':
      return decideDateCorrection(
        command.data,
        command.context,
        { kind: 'experiment', id: experimentId },
        experiment.steps,
        experimentTime,
        programme.startDate,
      );
    default:
      return unhandled(command);
  }
};

export const decideExperiment = (
  command: ExperimentCommand,
  state: Experiment,
  facts: Facts,
): ExperimentEvent[] => {
  const programme = openProgrammeOn(facts.programme, command.context);
  if (command.type === 'DesignExperiment') return [design(command, state, facts, programme)];
  const experiment = existing(state, command.data.programmeId, 'experiment', command.data.experimentId);
  const decided = decideStep(command, experiment, programme, facts);
  return requireNewStepsInOrder(experimentTime, experiment.steps, [decided], command.context.occurredAt);
};
