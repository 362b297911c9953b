/**
 * The whole domain in one place: every aggregate, the union of commands and events, and the
 * categories of the ledger's streams.
 */
import { barrierAggregate } from './barrier';
import type { BarrierCommand, BarrierEvent } from './barrier/events';
import { blueprintAggregate } from './blueprint';
import type { BlueprintCommand } from './blueprint/commands';
import type { BlueprintEvent } from './blueprint/events';
import { experimentAggregate } from './experiment';
import type { ExperimentCommand, ExperimentEvent } from './experiment/events';
import { feedbackRoundAggregate } from './feedbackRound';
import type { FeedbackRoundCommand, FeedbackRoundEvent } from './feedbackRound/events';
import type { ReferenceKind } from './facts';
import { measurementAggregate } from './measurement';
import type { MeasurementCommand, MeasurementEvent } from './measurement/events';
import { programmeAggregate } from './programme';
import type { ProgrammeCommand } from './programme/commands';
import type { ProgrammeEvent } from './programme/events';
import { reviewAggregate } from './review';
import type { ReviewCommand, ReviewEvent } from './review/events';
import type { AnyCommand, AnyEvent } from './shared/command';
import type { Aggregate } from './shared/decider';
import { smallChangeAggregate } from './smallChange';
import type { SmallChangeCommand } from './smallChange/commands';
import type { SmallChangeEvent } from './smallChange/events';
import { identifyEscalatedBarrier } from './smallChange/reactions';
import { surveyRoundAggregate } from './surveyRound';
import type { SurveyRoundCommand, SurveyRoundEvent } from './surveyRound/events';
import { writtenOutputAggregate } from './writtenOutput';
import type { WrittenOutputCommand, WrittenOutputEvent } from './writtenOutput/events';

export type LedgerCommand =
  | ProgrammeCommand
  | BarrierCommand
  | SmallChangeCommand
  | ReviewCommand
  | ExperimentCommand
  | BlueprintCommand
  | MeasurementCommand
  | SurveyRoundCommand
  | WrittenOutputCommand
  | FeedbackRoundCommand;

export type LedgerEvent =
  | ProgrammeEvent
  | BarrierEvent
  | SmallChangeEvent
  | ReviewEvent
  | ExperimentEvent
  | BlueprintEvent
  | MeasurementEvent
  | SurveyRoundEvent
  | WrittenOutputEvent
  | FeedbackRoundEvent;

export type AnyAggregate = Aggregate<AnyCommand, AnyEvent, unknown>;

export const AGGREGATES: readonly AnyAggregate[] = [
  programmeAggregate,
  barrierAggregate,
  smallChangeAggregate,
  reviewAggregate,
  experimentAggregate,
  blueprintAggregate,
  measurementAggregate,
  surveyRoundAggregate,
  writtenOutputAggregate,
  feedbackRoundAggregate,
] as unknown as AnyAggregate[];

/** The stream categories the ledger writes: what projections and subscriptions follow. */
export const LEDGER_CATEGORIES: readonly string[] = AGGREGATES.map((aggregate) => aggregate.category);

const byCommandType = new Map(
  AGGREGATES.flatMap((aggregate) => aggregate.commandTypes.map((type) => [type, aggregate] as const)),
);

export const aggregateFor = (commandType: string): AnyAggregate | undefined => byCommandType.get(commandType);

/** The aggregate whose stream a reference points at: each reference kind is that aggregate's category. */
export const referencedAggregate = (kind: ReferenceKind): AnyAggregate => {
  const aggregate = AGGREGATES.find((candidate) => candidate.category === kind);
  if (!aggregate) throw new Error(`No aggregate keeps references of kind ${kind}`);
  return aggregate;
};

/** A command without its context: what a caller asks for. The handler adds time and actor. */
export type LedgerCommandRequest = LedgerCommand extends infer C
  ? C extends { type: infer T; data: infer D }
    ? { readonly type: T; readonly data: D }
    : never
  : never;

/** The events that have follow-up commands: what the reaction processor follows. */
export const REACTION_TRIGGERS: readonly LedgerEvent['type'][] = ['SmallChangeEscalated'];

/** Follow-up commands the ledger records in reaction to an event (one workflow so far). */
export const reactionsTo = (event: LedgerEvent): LedgerCommandRequest[] => {
  const followUp = identifyEscalatedBarrier(event as SmallChangeEvent);
  return followUp ? [followUp] : [];
};
