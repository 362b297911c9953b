/** The command table's rows for a programme's own commands. */
import { joinParticipant } from '../../application/joinParticipant';
import { programmeAggregate as decider } from '../../domain/programme';
import type { ProgrammeCommand } from '../../domain/programme/commands';
import { LEADS } from '../auth/roles';
import { CorrectDateInput } from '../inputs/correction';
import {
  AdoptSimpleRuleInput,
  CloseProgrammeInput,
  CompletePhaseInput,
  DefineMetricInput,
  DefineOutcomeInput,
  DefineTheoryOfChangeInput,
  EnrolTeamInput,
  JoinParticipantInput,
  LaunchProgrammeInput,
  PhaseChangeInput,
  RecordParticipantLeftInput,
  ReviseVisionInput,
  SetVisionInput,
} from '../inputs/programme';
import { ProgrammePayload as payload } from '../types/payloads';
import { overviewOf as answer } from './answers';
import type { CommandRows } from './commandRow';
import { correctionRow } from './corrections';

const TEAM_ADMINS = ['admin', 'facilitator'] as const;

export const PROGRAMME_COMMANDS: CommandRows<Exclude<ProgrammeCommand['type'], 'MoveParticipantToTeam'>> = {
  LaunchProgramme: {
    decider,
    payload,
    answer,
    input: LaunchProgrammeInput,
    roles: ['admin'],
    description: 'Launch a new change programme (admin).',
    newIds: { programmeId: 'programme' },
  },
  DefineTheoryOfChange: {
    decider,
    payload,
    answer,
    input: DefineTheoryOfChangeInput,
    roles: LEADS,
    description: 'Set out the problem, the intended change and the assumptions.',
  },
  SetVision: {
    decider,
    payload,
    answer,
    input: SetVisionInput,
    roles: LEADS,
    description: 'Record the co-authored vision.',
  },
  ReviseVision: {
    decider,
    payload,
    answer,
    input: ReviseVisionInput,
    roles: LEADS,
    description: 'Revise the vision, saying why.',
  },
  AdoptSimpleRule: {
    decider,
    payload,
    answer,
    input: AdoptSimpleRuleInput,
    roles: LEADS,
    description: 'Adopt a simple rule to guide everyday decisions.',
  },
  EnrolTeam: {
    decider,
    payload,
    answer,
    input: EnrolTeamInput,
    roles: TEAM_ADMINS,
    description: 'Enrol a team in the programme.',
    newIds: { teamId: 'team' },
  },
  JoinParticipant: {
    decider,
    payload,
    answer,
    input: JoinParticipantInput,
    roles: TEAM_ADMINS,
    description: 'A participant joins. Their name and contact go to the personal-data register only.',
    newIds: { participantId: 'participant' },
    record: ({ handler, register }, data, options) =>
      joinParticipant(handler, register, data as Parameters<typeof joinParticipant>[2], options),
  },
  RecordParticipantLeft: {
    decider,
    payload,
    answer,
    input: RecordParticipantLeftInput,
    roles: TEAM_ADMINS,
    description: 'Record that a participant left.',
  },
  DefineOutcome: {
    decider,
    payload,
    answer,
    input: DefineOutcomeInput,
    roles: LEADS,
    description: 'Define an outcome the programme aims for.',
    newIds: { outcomeId: 'outcome' },
  },
  DefineMetric: {
    decider,
    payload,
    answer,
    input: DefineMetricInput,
    roles: LEADS,
    description: 'Define a metric of an outcome: baseline, target and method.',
    newIds: { metricId: 'metric' },
  },
  StartPhase: {
    decider,
    payload,
    answer,
    input: PhaseChangeInput,
    roles: LEADS,
    description: 'Start a phase.',
  },
  CompletePhase: {
    decider,
    payload,
    answer,
    input: CompletePhaseInput,
    roles: LEADS,
    description: 'Complete a phase, with what it achieved.',
  },
  CloseProgramme: {
    decider,
    payload,
    answer,
    input: CloseProgrammeInput,
    roles: ['admin', 'leader'],
    description: 'Close the programme, with a summary.',
  },
  CorrectProgrammeDate: correctionRow(
    decider,
    CorrectDateInput,
    'Correct the date of a step of the programme itself.',
  ),
};
