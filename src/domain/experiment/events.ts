import type { DecisionCitation } from '../shared/citation';
import type { Command, Event } from '../shared/command';
import type { CorrectDate, OccurredDateCorrected } from '../shared/dateCorrection';

export const RESULTS = ['supported', 'notSupported', 'inconclusive'] as const;
export type ExperimentResult = (typeof RESULTS)[number];
export const NEXT_STEPS = ['adopt', 'adapt', 'abandon'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** "If we …, we expect …, because …" */
export interface Hypothesis {
  readonly ifWe: string;
  readonly weExpect: string;
  readonly because: string;
}

export type ExperimentEvent =
  | Event<
      'ExperimentDesigned',
      {
        experimentId: string;
        programmeId: string;
        title: string;
        hypothesis: Hypothesis;
        barrierIds: string[];
        blueprintElementId: string | null;
        /** Metrics that measure it. */
        measureIds: string[];
        plannedStart: string;
        reviewDate: string;
      }
    >
  | Event<'ExperimentStarted', { experimentId: string; programmeId: string; startedAt: string }>
  | Event<
      'ExperimentAdapted',
      { experimentId: string; programmeId: string; change: string; rationale: string }
    >
  | Event<
      'ExperimentConcluded',
      {
        experimentId: string;
        programmeId: string;
        concludedAt: string;
        result: ExperimentResult;
        learning: string;
        nextStep: NextStep;
      }
    >
  | Event<
      'ExperimentStoppedEarly',
      {
        experimentId: string;
        programmeId: string;
        stoppedAt: string;
        rationale: string;
        learning: string;
        /** The review decision that stopped it; absent when none was cited (and in events before 0.3.0). */
        decision?: DecisionCitation;
      }
    >
  | OccurredDateCorrected;

type P<T> = { programmeId: string; experimentId: string } & T;

export type ExperimentCommand =
  | Command<
      'DesignExperiment',
      P<{
        title: string;
        hypothesis: Hypothesis;
        barrierIds: string[];
        blueprintElementId?: string;
        measureIds: string[];
        plannedStart: string;
        reviewDate: string;
      }>
    >
  | Command<'StartExperiment', P<object>>
  | Command<'AdaptExperiment', P<{ change: string; rationale: string }>>
  | Command<'ConcludeExperiment', P<{ result: ExperimentResult; learning: string; nextStep: NextStep }>>
  | Command<'StopExperiment', P<{ rationale: string; learning: string; decision?: DecisionCitation }>>
  /** A step of this experiment was recorded with the wrong occurred date. */
  | CorrectDate<'CorrectExperimentDate', { experimentId: string }>;

export const EXPERIMENT_COMMAND_TYPES: readonly ExperimentCommand['type'][] = [
  'DesignExperiment',
  'StartExperiment',
  'AdaptExperiment',
  'ConcludeExperiment',
  'StopExperiment',
  'CorrectExperimentDate',
];
