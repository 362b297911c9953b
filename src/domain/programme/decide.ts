import { LIMITS } from '../shared/limits';
import { requireFromProgrammeStart, requireNewStepsInOrder } from '../shared/businessTime';
import { unhandled } from '../shared/command';
import { decideDateCorrection } from '../shared/dateCorrection';
import { IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import {
  requireDate,
  requireFiniteNumber,
  requireNonEmpty,
  requireOneOf,
  requireRationale,
  requireText,
  requireWholeNumber,
} from '../shared/validation';
import { levelsOf, openProgramme, requireParticipants, requireTeam } from '../facts';
import type { ProgrammeCommand } from './commands';
import { DEFAULT_PHASES, DIRECTIONS, LEVELS, ROLES, TEAM_KINDS, type ProgrammeEvent } from './events';
import { moveToTeam } from './membership';
import { completePhase, startPhase } from './phases';
import type { Programme, ProgrammeDetails } from './state';
import { programmeTime } from './time';

type Cmd<T extends ProgrammeCommand['type']> = Extract<ProgrammeCommand, { type: T }>;

const launch = ({ data }: Cmd<'LaunchProgramme'>, state: Programme): ProgrammeEvent => {
  if (state.status !== 'None')
    throw new IllegalStateError('LaunchOnce', 'This programme has already been launched');
  const phases = data.phases ?? [...DEFAULT_PHASES];
  requireNonEmpty(
    phases.map((phase) => requireText(phase.phaseId, 'phase id', 100)),
    'phases',
  );
  const target = data.smallChangeTarget ?? null;
  if (target) {
    requireWholeNumber(target.count, 'small change target count', 1);
    requireWholeNumber(target.withinWeeks, 'small change target weeks', 1);
  }
  return {
    type: 'ProgrammeLaunched',
    data: {
      programmeId: data.programmeId,
      name: requireText(data.name, 'name', LIMITS.name),
      localAuthority: requireText(data.localAuthority, 'local authority', LIMITS.name),
      scope: requireText(data.scope, 'scope'),
      startDate: requireDate(data.startDate, 'start date'),
      plannedDurationMonths: requireWholeNumber(data.plannedDurationMonths, 'planned duration in months', 1),
      phases: phases.map((phase) => ({
        phaseId: phase.phaseId,
        name: requireText(phase.name, 'phase name', LIMITS.name),
      })),
      smallChangeTarget: target,
    },
  };
};

/** DOMAIN: a vision is set with named co-authors at several levels. */
const visionCoAuthors = (programme: ProgrammeDetails, coAuthorIds: string[]): string[] => {
  const coAuthors = requireParticipants(programme, requireNonEmpty(coAuthorIds, 'co-authors'), 'co-authors');
  if (levelsOf(coAuthors).size < 2) {
    throw new ValidationError(
      'VisionCoAuthoredAcrossLevels',
      'A vision needs co-authors from at least two levels (e.g. practitioner and senior leader)',
    );
  }
  return coAuthorIds;
};

type OnOpen = Exclude<
  ProgrammeCommand,
  Cmd<'LaunchProgramme' | 'CorrectProgrammeDate' | 'MoveParticipantToTeam'>
>;

const defineTheoryOfChange = (
  { data }: Cmd<'DefineTheoryOfChange'>,
  programme: ProgrammeDetails,
): ProgrammeEvent => ({
  type: 'TheoryOfChangeDefined',
  data: {
    programmeId: programme.id,
    problem: requireText(data.problem, 'problem'),
    intendedChange: requireText(data.intendedChange, 'intended change'),
    assumptions: data.assumptions.map((assumption) => requireText(assumption, 'assumption')),
    rationale: programme.hasTheoryOfChange
      ? requireRationale(data.rationale, 'revising the theory of change')
      : data.rationale?.trim() || null,
  },
});

const setVision = ({ data }: Cmd<'SetVision'>, programme: ProgrammeDetails): ProgrammeEvent => {
  if (programme.vision)
    throw new IllegalStateError('VisionSetOnce', 'The vision is already set; revise it, with a rationale');
  return {
    type: 'VisionSet',
    data: {
      programmeId: programme.id,
      statement: requireText(data.statement, 'vision statement'),
      coAuthorIds: visionCoAuthors(programme, data.coAuthorIds),
    },
  };
};

const reviseVision = ({ data }: Cmd<'ReviseVision'>, programme: ProgrammeDetails): ProgrammeEvent => {
  if (!programme.vision)
    throw new IllegalStateError('VisionRevisedOnceSet', 'There is no vision to revise yet; set it first');
  return {
    type: 'VisionRevised',
    data: {
      programmeId: programme.id,
      statement: requireText(data.statement, 'vision statement'),
      coAuthorIds: visionCoAuthors(programme, data.coAuthorIds),
      rationale: requireRationale(data.rationale, 'revising the vision'),
    },
  };
};

const adoptSimpleRule = ({ data }: Cmd<'AdoptSimpleRule'>, programme: ProgrammeDetails): ProgrammeEvent => ({
  type: 'SimpleRuleAdopted',
  data: { programmeId: programme.id, rule: requireText(data.rule, 'simple rule', LIMITS.statement) },
});

const enrolTeam = ({ data }: Cmd<'EnrolTeam'>, programme: ProgrammeDetails): ProgrammeEvent => {
  if (programme.teams[data.teamId])
    throw new IllegalStateError('TeamEnrolsOnce', `Team ${data.teamId} is already enrolled`);
  return {
    type: 'TeamEnrolled',
    data: {
      programmeId: programme.id,
      teamId: requireText(data.teamId, 'team id', 100),
      name: requireText(data.name, 'team name', LIMITS.name),
      kind: requireOneOf(data.kind, TEAM_KINDS, 'team kind'),
    },
  };
};

const joinParticipant = ({ data }: Cmd<'JoinParticipant'>, programme: ProgrammeDetails): ProgrammeEvent => {
  const { participantId, teamId, role, level } = data;
  if (programme.participants[participantId])
    throw new IllegalStateError(
      'ParticipantJoinsOnce',
      `Participant ${participantId} has already joined this programme`,
    );
  if (teamId) requireTeam(programme, teamId);
  return {
    type: 'ParticipantJoined',
    data: {
      programmeId: programme.id,
      participantId: requireText(participantId, 'participant id', 100),
      teamId: teamId ?? null,
      role: requireOneOf(role, ROLES, 'role'),
      level: requireOneOf(level, LEVELS, 'level'),
    },
  };
};

const recordParticipantLeft = (
  { data }: Cmd<'RecordParticipantLeft'>,
  programme: ProgrammeDetails,
): ProgrammeEvent => {
  requireParticipants(programme, [data.participantId], 'participant');
  return {
    type: 'ParticipantLeft',
    data: {
      programmeId: programme.id,
      participantId: data.participantId,
      reason: data.reason?.trim() || null,
    },
  };
};

const defineOutcome = ({ data }: Cmd<'DefineOutcome'>, programme: ProgrammeDetails): ProgrammeEvent => {
  if (programme.outcomes[data.outcomeId])
    throw new IllegalStateError('OutcomeDefinedOnce', `Outcome ${data.outcomeId} is already defined`);
  return {
    type: 'OutcomeDefined',
    data: {
      programmeId: programme.id,
      outcomeId: requireText(data.outcomeId, 'outcome id', 100),
      title: requireText(data.title, 'outcome title', LIMITS.statement),
    },
  };
};

const defineMetric = ({ data: metric }: Cmd<'DefineMetric'>, programme: ProgrammeDetails): ProgrammeEvent => {
  if (programme.metrics[metric.metricId])
    throw new IllegalStateError('MetricDefinedOnce', `Metric ${metric.metricId} is already defined`);
  if (!programme.outcomes[metric.outcomeId])
    throw new NotFoundError(
      'OutcomeInProgramme',
      `Outcome ${metric.outcomeId} is not defined in this programme`,
    );
  return {
    type: 'MetricDefined',
    data: {
      programmeId: programme.id,
      metricId: requireText(metric.metricId, 'metric id', 100),
      outcomeId: metric.outcomeId,
      name: requireText(metric.name, 'metric name', LIMITS.name),
      unit: requireText(metric.unit, 'unit', LIMITS.unit),
      direction: requireOneOf(metric.direction, DIRECTIONS, 'direction'),
      baseline: requireFiniteNumber(metric.baseline, 'baseline'),
      target: requireFiniteNumber(metric.target, 'target'),
      cadence: requireText(metric.cadence, 'cadence', LIMITS.short),
      howWouldWeKnow: requireText(metric.howWouldWeKnow, 'how would we know'),
    },
  };
};

const closeProgramme = (command: Cmd<'CloseProgramme'>, programme: ProgrammeDetails): ProgrammeEvent => ({
  type: 'ProgrammeClosed',
  data: {
    programmeId: programme.id,
    closedAt: command.context.occurredAt,
    summary: requireText(command.data.summary, 'summary'),
  },
});

/** Routes each command on an open programme to its own decision. */
const decideOnOpen = (command: OnOpen, programme: ProgrammeDetails): ProgrammeEvent => {
  switch (command.type) {
    case 'DefineTheoryOfChange':
      return defineTheoryOfChange(command, programme);
    case 'SetVision':
      return setVision(command, programme);
    case 'ReviseVision':
      return reviseVision(command, programme);
    case 'AdoptSimpleRule':
      return adoptSimpleRule(command, programme);
    case 'EnrolTeam':
      return enrolTeam(command, programme);
    case 'JoinParticipant':
      return joinParticipant(command, programme);
    case 'RecordParticipantLeft':
      return recordParticipantLeft(command, programme);
    case 'DefineOutcome':
      return defineOutcome(command, programme);
    case 'DefineMetric':
      return defineMetric(command, programme);
    case 'StartPhase':
      return startPhase(command, programme);
    case 'CompletePhase':
      return completePhase(command, programme);
    case 'CloseProgramme':
      return closeProgramme(command, programme);
    default:
      return unhandled(command);
  }
};

export const decideProgramme = (command: ProgrammeCommand, state: Programme): ProgrammeEvent[] => {
  if (command.type === 'LaunchProgramme') return [launch(command, state)];
  const programme = openProgramme(state);
  const { occurredAt } = command.context;
  // A phase that starts before the programme breaks a rule of its own (PhaseStartsWithinProgramme).
  if (command.type !== 'StartPhase') requireFromProgrammeStart(programme.startDate, occurredAt);
  const decided =
    command.type === 'CorrectProgrammeDate'
      ? decideDateCorrection(
          command.data,
          command.context,
          { kind: 'programme', id: programme.id },
          programme.steps,
          programmeTime,
          programme.startDate,
        )
      : command.type === 'MoveParticipantToTeam'
        ? moveToTeam(command, programme)
        : decideOnOpen(command, programme);
  return requireNewStepsInOrder(programmeTime, programme.steps, [decided], occurredAt);
};
