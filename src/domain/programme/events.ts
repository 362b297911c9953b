import type { Event } from '../shared/command';
import type { OccurredDateCorrected } from '../shared/dateCorrection';

export const LEVELS = ['practitioner', 'manager', 'seniorLeader', 'external'] as const;
export type Level = (typeof LEVELS)[number];

export const ROLES = [
  'socialWorker',
  'practiceSupervisor',
  'teamManager',
  'serviceManager',
  'seniorLeader',
  'director',
  'coach',
  'volunteer',
  'partnerAgency',
] as const;
export type ParticipantRole = (typeof ROLES)[number];

export const TEAM_KINDS = ['statutory', 'specialist', 'wholeService'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export const DIRECTIONS = ['higherIsBetter', 'lowerIsBetter'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface PhaseDefinition {
  readonly phaseId: string;
  readonly name: string;
}

export interface SmallChangeTarget {
  /** e.g. 10 small changes … */
  readonly count: number;
  /** … within 8 weeks of the small-changes phase starting. */
  readonly withinWeeks: number;
}

export interface MetricDefinition {
  readonly metricId: string;
  readonly outcomeId: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly baseline: number;
  readonly target: number;
  readonly cadence: string;
  /** The method, e.g. "fortnightly practitioner survey". */
  readonly howWouldWeKnow: string;
}

export type ProgrammeEvent =
  | Event<
      'ProgrammeLaunched',
      {
        programmeId: string;
        name: string;
        localAuthority: string;
        scope: string;
        startDate: string;
        plannedDurationMonths: number;
        phases: PhaseDefinition[];
        smallChangeTarget: SmallChangeTarget | null;
      }
    >
  | Event<
      'TheoryOfChangeDefined',
      {
        programmeId: string;
        problem: string;
        intendedChange: string;
        assumptions: string[];
        rationale: string | null;
      }
    >
  | Event<'VisionSet', { programmeId: string; statement: string; coAuthorIds: string[] }>
  | Event<
      'VisionRevised',
      { programmeId: string; statement: string; coAuthorIds: string[]; rationale: string }
    >
  | Event<'SimpleRuleAdopted', { programmeId: string; rule: string }>
  | Event<'TeamEnrolled', { programmeId: string; teamId: string; name: string; kind: TeamKind }>
  | Event<
      'ParticipantJoined',
      {
        programmeId: string;
        participantId: string;
        teamId: string | null;
        role: ParticipantRole;
        level: Level;
      }
    >
  | Event<'ParticipantLeft', { programmeId: string; participantId: string; reason: string | null }>
  /** A participant moved from one team (null: none) to another. */
  | Event<
      'ParticipantMovedTeam',
      {
        programmeId: string;
        participantId: string;
        fromTeamId: string | null;
        toTeamId: string;
        reason: string | null;
      }
    >
  | Event<'OutcomeDefined', { programmeId: string; outcomeId: string; title: string }>
  | Event<'MetricDefined', { programmeId: string } & MetricDefinition>
  | Event<'PhaseStarted', { programmeId: string; phaseId: string; startedAt: string }>
  | Event<'PhaseCompleted', { programmeId: string; phaseId: string; completedAt: string; summary: string }>
  | Event<'ProgrammeClosed', { programmeId: string; closedAt: string; summary: string }>
  | OccurredDateCorrected;

/** The five-stage approach, used when a programme does not define its own phases. */
export const DEFAULT_PHASES: readonly PhaseDefinition[] = [
  { phaseId: 'vision', name: 'Vision' },
  { phaseId: 'smallChanges', name: 'Small changes' },
  { phaseId: 'sensemakingAndBlueprint', name: 'Sensemaking and blueprint' },
  { phaseId: 'testAndLearn', name: 'Test and learn' },
  { phaseId: 'methodologyAndSpread', name: 'Methodology and spread' },
];
