/** The command table's rows for experiments and the local blueprint. */
import { blueprintAggregate } from '../../domain/blueprint';
import type { BlueprintCommand } from '../../domain/blueprint/commands';
import type { ElementImplementationCommand } from '../../domain/blueprint/implementation';
import { experimentAggregate } from '../../domain/experiment';
import type { ExperimentCommand } from '../../domain/experiment/events';
import { LEADS, RECORDERS } from '../auth/roles';
import { CorrectBlueprintDateInput, CorrectExperimentDateInput } from '../inputs/correction';
import {
  AddBlueprintCoOwnerInput,
  AddBlueprintElementInput,
  DeriveBlueprintInput,
  DraftBlueprintInput,
  PublishBlueprintVersionInput,
  RemoveBlueprintElementInput,
  ReviseBlueprintElementInput,
} from '../inputs/evidence';
import {
  AdaptExperimentInput,
  ConcludeExperimentInput,
  DesignExperimentInput,
  ExperimentRef,
  StopExperimentInput,
} from '../inputs/work';
import { BlueprintPayload, ExperimentPayload } from '../types/payloads';
import { itemNamedBy, workingBlueprintOf } from './answers';
import type { CommandRows } from './commandRow';
import { correctionRow } from './corrections';

const experiment = {
  decider: experimentAggregate,
  payload: ExperimentPayload,
  answer: itemNamedBy('experiment', 'experimentId'),
  roles: LEADS,
} as const;

export const EXPERIMENT_COMMANDS: CommandRows<ExperimentCommand['type']> = {
  DesignExperiment: {
    ...experiment,
    input: DesignExperimentInput,
    description: 'Design an experiment: hypothesis, measures, planned start and review date.',
    newIds: { experimentId: 'experiment' },
    data: (input) => ({ ...input, hypothesis: { ...input.hypothesis } }),
  },
  StartExperiment: {
    ...experiment,
    input: ExperimentRef,
    description: 'Start a designed experiment.',
  },
  AdaptExperiment: {
    ...experiment,
    input: AdaptExperimentInput,
    description: 'Adapt a running experiment, saying why.',
  },
  ConcludeExperiment: {
    ...experiment,
    input: ConcludeExperimentInput,
    description: 'Conclude an experiment: result, learning and next step.',
  },
  StopExperiment: {
    ...experiment,
    input: StopExperimentInput,
    description: 'Stop an experiment early, saying why and what was learnt.',
  },
  CorrectExperimentDate: correctionRow(
    experimentAggregate,
    CorrectExperimentDateInput,
    'Correct the date of a step of an experiment.',
  ),
};

const blueprint = {
  decider: blueprintAggregate,
  payload: BlueprintPayload,
  answer: workingBlueprintOf,
} as const;

export const BLUEPRINT_COMMANDS: CommandRows<
  Exclude<BlueprintCommand, ElementImplementationCommand>['type']
> = {
  DraftBlueprint: {
    ...blueprint,
    input: DraftBlueprintInput,
    roles: LEADS,
    description: 'Start the local blueprint, with its co-owners.',
  },
  DeriveBlueprint: {
    ...blueprint,
    input: DeriveBlueprintInput,
    roles: LEADS,
    description: "Start the blueprint from another programme's published version.",
  },
  AddBlueprintCoOwner: {
    ...blueprint,
    input: AddBlueprintCoOwnerInput,
    roles: LEADS,
    description: 'Add a co-owner of the blueprint.',
  },
  AddBlueprintElement: {
    ...blueprint,
    input: AddBlueprintElementInput,
    roles: RECORDERS,
    description: 'Add an element to the working blueprint, with its evidence.',
    newIds: { elementId: 'blueprintElement' },
  },
  ReviseBlueprintElement: {
    ...blueprint,
    input: ReviseBlueprintElementInput,
    roles: RECORDERS,
    description: 'Revise an element, saying why and on what evidence.',
  },
  RemoveBlueprintElement: {
    ...blueprint,
    input: RemoveBlueprintElementInput,
    roles: RECORDERS,
    description: 'Remove an element, saying why.',
  },
  PublishBlueprintVersion: {
    ...blueprint,
    input: PublishBlueprintVersionInput,
    roles: LEADS,
    description: 'Publish the working blueprint as the next version, endorsed.',
  },
  CorrectBlueprintDate: correctionRow(
    blueprintAggregate,
    CorrectBlueprintDateInput,
    'Correct the date of a step of the blueprint.',
  ),
};
