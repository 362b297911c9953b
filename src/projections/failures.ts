/**
 * Learning from failure, wherever it happens: one list of a programme's failures with what each
 * taught and what was done next. Each kind of failure is one source in FAILURE_SOURCES, a small
 * function over the read models; a new kind is one more source.
 */
import type { DecisionCitation } from '../domain/shared/citation';
import type { BarrierDocument } from './barriers';
import type { BlueprintEvolution } from './blueprint';
import { decisionsIn } from './decisions';
import type { ExperimentDocument } from './experiments';
import type { LedgerReadModels } from './ledgerReadModels';
import type { When } from './ledgerRecord';
import type { SmallChangeDocument } from './smallChanges';

export const FAILURE_KINDS = [
  'experimentNotSupported',
  'experimentStopped',
  'smallChangeDeclined',
  'smallChangeReverted',
  'escalationClosedWithoutResult',
  'barrierNotResolved',
  'blueprintElementRetired',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface Failure extends When {
  readonly kind: FailureKind;
  /** The experiment, small change, barrier or blueprint element that failed. */
  readonly itemId: string;
  readonly title: string;
  /** Why it failed, in the words of whoever recorded it (null for an experiment whose hypothesis was not supported). */
  readonly rationale: string | null;
  readonly learning: string | null;
  readonly nextStep: string | null;
  readonly decision: DecisionCitation | null;
}

/** One kind of failure: the failures of that kind in a programme's read models as they stand. */
export type FailureSource = (readModels: LedgerReadModels, programmeId: string) => Failure[];

const when = ({ occurredAt, recordedAt, eventId }: When): When => ({ occurredAt, recordedAt, eventId });
const experiments = (readModels: LedgerReadModels, programmeId: string) =>
  readModels.documents<ExperimentDocument>('experiment', programmeId);
const smallChanges = (readModels: LedgerReadModels, programmeId: string) =>
  readModels.documents<SmallChangeDocument>('smallChange', programmeId);

const notSupported: FailureSource = (readModels, programmeId) =>
  experiments(readModels, programmeId).flatMap(({ experimentId, title, conclusion }) =>
    conclusion?.result === 'notSupported'
      ? [
          {
            ...when(conclusion),
            kind: 'experimentNotSupported' as const,
            itemId: experimentId,
            title,
            rationale: null,
            learning: conclusion.learning,
            nextStep: conclusion.nextStep,
            decision: null,
          },
        ]
      : [],
  );

const stopped: FailureSource = (readModels, programmeId) =>
  experiments(readModels, programmeId).flatMap(({ experimentId, title, stoppedEarly: stop }) =>
    stop
      ? [
          {
            ...when(stop),
            kind: 'experimentStopped' as const,
            itemId: experimentId,
            title,
            rationale: stop.rationale,
            learning: stop.learning,
            nextStep: null,
            // Absent in read models of steps recorded before 0.3.0 (rebuilt on start).
            decision: stop.decision ?? null,
          },
        ]
      : [],
  );

const smallChangeFailure =
  (kind: 'smallChangeDeclined' | 'smallChangeReverted', step: 'declined' | 'reverted'): FailureSource =>
  (readModels, programmeId) =>
    smallChanges(readModels, programmeId).flatMap((change) => {
      const failed = change[step];
      if (!failed) return [];
      const { rationale, learning, nextStep, decision } = failed;
      return [
        {
          ...when(failed),
          kind,
          itemId: change.smallChangeId,
          title: change.title,
          rationale,
          learning: learning ?? null,
          nextStep: nextStep ?? null,
          decision: decision ?? null,
        },
      ];
    });

const escalationsClosed: FailureSource = (readModels, programmeId) =>
  smallChanges(readModels, programmeId).flatMap(({ smallChangeId, title, escalationClosed: closed }) =>
    closed
      ? [
          {
            ...when(closed),
            kind: 'escalationClosedWithoutResult' as const,
            itemId: smallChangeId,
            title,
            rationale: closed.rationale,
            learning: closed.learning,
            nextStep: closed.nextStep,
            decision: null,
          },
        ]
      : [],
  );

const barriersNotResolved: FailureSource = (readModels, programmeId) =>
  readModels
    .documents<BarrierDocument>('barrier', programmeId)
    .flatMap(({ barrierId, title, notResolved }) =>
      notResolved
        ? [
            {
              ...when(notResolved),
              kind: 'barrierNotResolved' as const,
              itemId: barrierId,
              title,
              rationale: notResolved.rationale,
              learning: notResolved.learning,
              nextStep: notResolved.nextStep,
              decision: null,
            },
          ]
        : [],
    );

/** The element's title in the working blueprint, or in the latest version that held it if it was removed since. */
const titleOf = (blueprint: BlueprintEvolution, elementId: string) =>
  [blueprint.elements, ...[...blueprint.versions].reverse().map((version) => version.elements)]
    .flat()
    .find((element) => element.elementId === elementId)?.title ?? elementId;

const elementsRetired: FailureSource = (readModels, programmeId) => {
  const blueprint = readModels.blueprint(programmeId);
  if (!blueprint) return [];
  return Object.values(blueprint.implementation).flatMap(({ elementId, retirement }) =>
    retirement
      ? [
          {
            ...when(retirement),
            kind: 'blueprintElementRetired' as const,
            itemId: elementId,
            title: titleOf(blueprint, elementId),
            rationale: retirement.rationale,
            learning: retirement.learning,
            nextStep: retirement.nextStep,
            decision: null,
          },
        ]
      : [],
  );
};

/** Every kind of failure the ledger knows. */
export const FAILURE_SOURCES: readonly FailureSource[] = [
  notSupported,
  stopped,
  smallChangeFailure('smallChangeDeclined', 'declined'),
  smallChangeFailure('smallChangeReverted', 'reverted'),
  escalationsClosed,
  barriersNotResolved,
  elementsRetired,
];

/** A programme's failures, in the order they occurred, each with its cited decision resolved. */
export const failuresOf = (
  readModels: LedgerReadModels,
  programmeId: string,
  kinds: readonly FailureKind[] = [],
): Failure[] => {
  readModels.requireProgramme(programmeId);
  const { resolved } = decisionsIn(readModels, programmeId);
  return FAILURE_SOURCES.flatMap((source) => source(readModels, programmeId))
    .filter((failure) => kinds.length === 0 || kinds.includes(failure.kind))
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.recordedAt.localeCompare(b.recordedAt))
    .map(resolved);
};
