/** The experiment read model: design, adaptations, and the learning whether it worked or not. */
import type { DecisionCitation } from '../domain/shared/citation';
import { unhandled } from '../domain/shared/command';
import type { ExperimentEvent, ExperimentResult, Hypothesis, NextStep } from '../domain/experiment/events';
import { whenOf, type LedgerRecord, type When } from './ledgerRecord';
import { correctedBy } from './redate';

export const EXPERIMENT_STATUSES = ['designed', 'running', 'concluded', 'stoppedEarly'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

export interface ExperimentDocument {
  readonly experimentId: string;
  readonly programmeId: string;
  readonly title: string;
  readonly hypothesis: Hypothesis;
  readonly barrierIds: readonly string[];
  readonly blueprintElementId: string | null;
  readonly measureIds: readonly string[];
  readonly plannedStart: string;
  readonly reviewDate: string;
  readonly status: ExperimentStatus;
  readonly designed: When;
  readonly startedAt: string | null;
  readonly startedEventId: string | null;
  readonly adaptations: readonly (When & { readonly change: string; readonly rationale: string })[];
  readonly conclusion:
    | (When & {
        readonly concludedAt: string;
        readonly result: ExperimentResult;
        readonly learning: string;
        readonly nextStep: NextStep;
      })
    | null;
  readonly stoppedEarly:
    | (When & {
        readonly stoppedAt: string;
        readonly rationale: string;
        readonly learning: string;
        /** The review decision that stopped it; null when none was cited. */
        readonly decision: DecisionCitation | null;
      })
    | null;
}

export const evolveExperiment = (
  document: ExperimentDocument | undefined,
  event: ExperimentEvent,
  record: LedgerRecord,
): ExperimentDocument | undefined => {
  const when = whenOf(record);
  if (event.type === 'ExperimentDesigned') {
    const { programmeId: _p, ...design } = event.data;
    return {
      ...design,
      programmeId: event.data.programmeId,
      status: 'designed',
      designed: when,
      startedAt: null,
      startedEventId: null,
      adaptations: [],
      conclusion: null,
      stoppedEarly: null,
    };
  }
  if (!document) return undefined;
  switch (event.type) {
    case 'ExperimentStarted':
      return { ...document, status: 'running', startedAt: when.occurredAt, startedEventId: when.eventId };
    case 'ExperimentAdapted': {
      const { change, rationale } = event.data;
      return { ...document, adaptations: [...document.adaptations, { ...when, change, rationale }] };
    }
    case 'ExperimentConcluded': {
      const { result, learning, nextStep } = event.data;
      return {
        ...document,
        status: 'concluded',
        conclusion: { ...when, concludedAt: when.occurredAt, result, learning, nextStep },
      };
    }
    case 'ExperimentStoppedEarly': {
      const { rationale, learning, decision } = event.data;
      return {
        ...document,
        status: 'stoppedEarly',
        stoppedEarly: {
          ...when,
          stoppedAt: when.occurredAt,
          rationale,
          learning,
          decision: decision ?? null,
        },
      };
    }
    case 'OccurredDateCorrected':
      return correctedBy(document, event);
    default:
      return unhandled(event);
  }
};
