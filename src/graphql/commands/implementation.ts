/** The command table's rows for blueprint elements' implementation and participants' team moves. */
import { blueprintAggregate } from '../../domain/blueprint';
import type { ElementImplementationCommand } from '../../domain/blueprint/implementation';
import { programmeAggregate } from '../../domain/programme';
import type { MoveParticipantToTeam } from '../../domain/programme/membership';
import { LEADS, RECORDERS } from '../auth/roles';
import {
  CompleteElementImplementationInput,
  ElementImplementationRef,
  MoveParticipantToTeamInput,
  PauseElementImplementationInput,
  PlanElementImplementationInput,
  ResumeElementImplementationInput,
  RetireBlueprintElementInput,
} from '../inputs/implementation';
import { BlueprintPayload, ProgrammePayload } from '../types/payloads';
import { overviewOf, workingBlueprintOf } from './answers';
import type { CommandRows } from './commandRow';

const element = {
  decider: blueprintAggregate,
  payload: BlueprintPayload,
  answer: workingBlueprintOf,
} as const;

export const ELEMENT_IMPLEMENTATION_COMMANDS: CommandRows<ElementImplementationCommand['type']> = {
  PlanElementImplementation: {
    ...element,
    input: PlanElementImplementationInput,
    roles: LEADS,
    description:
      "Plan an element's implementation: its owner, planned start and completion (a re-plan says why).",
  },
  StartElementImplementation: {
    ...element,
    input: ElementImplementationRef,
    roles: RECORDERS,
    description: "Start a planned element's implementation (it needs an owner).",
  },
  PauseElementImplementation: {
    ...element,
    input: PauseElementImplementationInput,
    roles: LEADS,
    description: "Pause an element's implementation, saying why.",
  },
  ResumeElementImplementation: {
    ...element,
    input: ResumeElementImplementationInput,
    roles: LEADS,
    description: "Resume a paused element's implementation.",
  },
  CompleteElementImplementation: {
    ...element,
    input: CompleteElementImplementationInput,
    roles: RECORDERS,
    description: 'Record an element implemented, and what was implemented.',
  },
  RetireBlueprintElement: {
    ...element,
    input: RetireBlueprintElementInput,
    roles: LEADS,
    description: 'Retire an element: why, what was learnt and what was done next.',
  },
};

export const MEMBERSHIP_COMMANDS: CommandRows<MoveParticipantToTeam['type']> = {
  MoveParticipantToTeam: {
    decider: programmeAggregate,
    payload: ProgrammePayload,
    answer: overviewOf,
    input: MoveParticipantToTeamInput,
    roles: ['admin', 'facilitator'],
    description: 'Move a participant to another team, on the day they moved.',
  },
};
