import type { Command } from '../shared/command';
import type { CorrectDate } from '../shared/dateCorrection';
import type { MoveParticipantToTeam } from './membership';
import type {
  Level,
  MetricDefinition,
  ParticipantRole,
  PhaseDefinition,
  SmallChangeTarget,
  TeamKind,
} from './events';

type P<T> = { programmeId: string } & T;

export type ProgrammeCommand =
  | Command<
      'LaunchProgramme',
      P<{
        name: string;
        localAuthority: string;
        scope: string;
        startDate: string;
        plannedDurationMonths: number;
        /** Omit to use the default five-stage template. */
        phases?: PhaseDefinition[];
        smallChangeTarget?: SmallChangeTarget;
      }>
    >
  | Command<
      'DefineTheoryOfChange',
      P<{ problem: string; intendedChange: string; assumptions: string[]; rationale?: string }>
    >
  | Command<'SetVision', P<{ statement: string; coAuthorIds: string[] }>>
  | Command<'ReviseVision', P<{ statement: string; coAuthorIds: string[]; rationale: string }>>
  | Command<'AdoptSimpleRule', P<{ rule: string }>>
  | Command<'EnrolTeam', P<{ teamId: string; name: string; kind: TeamKind }>>
  | Command<
      'JoinParticipant',
      P<{ participantId: string; teamId?: string; role: ParticipantRole; level: Level }>
    >
  | Command<'RecordParticipantLeft', P<{ participantId: string; reason?: string }>>
  | Command<'DefineOutcome', P<{ outcomeId: string; title: string }>>
  | Command<'DefineMetric', P<MetricDefinition>>
  | Command<'StartPhase', P<{ phaseId: string }>>
  | Command<'CompletePhase', P<{ phaseId: string; summary: string }>>
  | Command<'CloseProgramme', P<{ summary: string }>>
  /** A fact of the programme itself (a phase started, the vision revised, …) was recorded with the wrong date. */
  | CorrectDate<'CorrectProgrammeDate', object>
  | MoveParticipantToTeam;

export const PROGRAMME_COMMAND_TYPES: readonly ProgrammeCommand['type'][] = [
  'LaunchProgramme',
  'DefineTheoryOfChange',
  'SetVision',
  'ReviseVision',
  'AdoptSimpleRule',
  'EnrolTeam',
  'JoinParticipant',
  'RecordParticipantLeft',
  'DefineOutcome',
  'DefineMetric',
  'StartPhase',
  'CompletePhase',
  'CloseProgramme',
  'CorrectProgrammeDate',
  'MoveParticipantToTeam',
];
