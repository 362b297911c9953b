/**
 * The exact refusals a person sees when a programme is recorded wrongly: the error's class, its rule
 * and the whole sentence (each names the field, the item or the phase it is about).
 */
import { programmeAggregate } from '../../src/domain/programme';
import type { ProgrammeCommand } from '../../src/domain/programme/commands';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import {
  commandsOf,
  DIRECTOR,
  DUTY_TEAM,
  EXPLOITATION_TEAM,
  LEFT,
  MANAGER,
  METRIC,
  OUTCOME,
  P,
  programmeFacts,
  programmeHistory,
  SW1,
  SW2,
} from './fixtures';
import { specFor, type Given } from './givenWhenThen';

const given = specFor(programmeAggregate, programmeFacts);
const command = commandsOf<ProgrammeCommand>();
const H = programmeHistory;

const launch = command('LaunchProgramme', {
  name: 'Fenmoor time with families',
  localAuthority: 'Fenmoor County Council',
  scope: 'Two statutory teams',
  startDate: '2021-09-01',
  plannedDurationMonths: 18,
});
const metric = {
  metricId: 'metric-visits',
  outcomeId: OUTCOME,
  name: 'Visits per week',
  unit: 'visits',
  direction: 'higherIsBetter' as const,
  baseline: 3,
  target: 5,
  cadence: 'weekly',
  howWouldWeKnow: 'Case records',
};
const defineMetric = command('DefineMetric', metric);
const join = command('JoinParticipant', { participantId: 'person-new', role: 'coach', level: 'external' });
const enrol = command('EnrolTeam', { teamId: 'team-cin', name: 'Children in need', kind: 'statutory' });
const vision = command('SetVision', { statement: 'Time with families', coAuthorIds: [SW1, DIRECTOR] });
const revise = command('ReviseVision', {
  statement: 'More time with families',
  coAuthorIds: [SW1, DIRECTOR],
  rationale: 'Families asked',
});
const theory = command('DefineTheoryOfChange', {
  problem: 'Paperwork',
  intendedChange: 'More direct work',
  assumptions: ['Forms can be shortened'],
});
const visionSet: ProgrammeEvent = {
  type: 'VisionSet',
  data: { programmeId: P, statement: 'v1', coAuthorIds: [SW1, DIRECTOR] },
};
const theoryDefined: ProgrammeEvent = {
  type: 'TheoryOfChangeDefined',
  data: { programmeId: P, problem: 'p', intendedChange: 'i', assumptions: [], rationale: null },
};
const closed: ProgrammeEvent = {
  type: 'ProgrammeClosed',
  data: { programmeId: P, closedAt: '2023-03-01', summary: 'Done' },
};

/** The command with some of its data replaced. */
const withData = <C extends ProgrammeCommand>(base: C, data: Partial<C['data']>): C =>
  ({ ...base, data: { ...base.data, ...data } }) as C;

type ErrorClass = typeof ValidationError | typeof IllegalStateError | typeof NotFoundError;
type Row = [string, readonly Given<ProgrammeEvent>[], ProgrammeCommand, ErrorClass, string, string];

const refuses = (
  _name: string,
  history: readonly Given<ProgrammeEvent>[],
  cmd: ProgrammeCommand,
  error: ErrorClass,
  rule: string,
  message: string,
) => {
  expect(given(history).when(cmd).thenThrows(error, rule)).toBe(message);
};

const V = ValidationError;
const I = IllegalStateError;
const N = NotFoundError;
const x = (length: number) => 'x'.repeat(length);

describe('Launching a programme: refusals name the field', () => {
  it.each<Row>([
    ['launching twice', H, launch, I, 'LaunchOnce', 'This programme has already been launched'],
    ['no name', [], withData(launch, { name: ' ' }), V, 'RequiredText', 'name must not be empty'],
    [
      'a long name',
      [],
      withData(launch, { name: x(201) }),
      V,
      'TextTooLong',
      'name must be at most 200 characters',
    ],
    [
      'no local authority',
      [],
      withData(launch, { localAuthority: '' }),
      V,
      'RequiredText',
      'local authority must not be empty',
    ],
    [
      'a long local authority',
      [],
      withData(launch, { localAuthority: x(201) }),
      V,
      'TextTooLong',
      'local authority must be at most 200 characters',
    ],
    ['no scope', [], withData(launch, { scope: ' ' }), V, 'RequiredText', 'scope must not be empty'],
    [
      'a long scope',
      [],
      withData(launch, { scope: x(2001) }),
      V,
      'TextTooLong',
      'scope must be at most 2000 characters',
    ],
    [
      'an impossible start date',
      [],
      withData(launch, { startDate: '2021-02-30' }),
      V,
      'ValidDate',
      'start date must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z); got "2021-02-30"',
    ],
    [
      'no duration',
      [],
      withData(launch, { plannedDurationMonths: 0 }),
      V,
      'WholeNumber',
      'planned duration in months must be a whole number of at least 1',
    ],
    [
      'no phases',
      [],
      withData(launch, { phases: [] }),
      V,
      'AtLeastOneRequired',
      'phases needs at least one entry',
    ],
    [
      'a phase id twice',
      [],
      withData(launch, {
        phases: [
          { phaseId: 'a', name: 'A' },
          { phaseId: ' a', name: 'B' },
        ],
      }),
      V,
      'NoDuplicates',
      'phases lists the same entry more than once',
    ],
    [
      'a blank phase id',
      [],
      withData(launch, { phases: [{ phaseId: ' ', name: 'A' }] }),
      V,
      'RequiredText',
      'phase id must not be empty',
    ],
    [
      'a long phase id',
      [],
      withData(launch, { phases: [{ phaseId: x(101), name: 'A' }] }),
      V,
      'TextTooLong',
      'phase id must be at most 100 characters',
    ],
    [
      'a blank phase name',
      [],
      withData(launch, { phases: [{ phaseId: 'a', name: ' ' }] }),
      V,
      'RequiredText',
      'phase name must not be empty',
    ],
    [
      'a long phase name',
      [],
      withData(launch, { phases: [{ phaseId: 'a', name: x(201) }] }),
      V,
      'TextTooLong',
      'phase name must be at most 200 characters',
    ],
    [
      'a target of no small changes',
      [],
      withData(launch, { smallChangeTarget: { count: 0, withinWeeks: 8 } }),
      V,
      'WholeNumber',
      'small change target count must be a whole number of at least 1',
    ],
    [
      'a target of part of a change',
      [],
      withData(launch, { smallChangeTarget: { count: 1.5, withinWeeks: 8 } }),
      V,
      'WholeNumber',
      'small change target count must be a whole number of at least 1',
    ],
    [
      'a target within no weeks',
      [],
      withData(launch, { smallChangeTarget: { count: 10, withinWeeks: 0 } }),
      V,
      'WholeNumber',
      'small change target weeks must be a whole number of at least 1',
    ],
  ])('refuses %s', refuses);
});

describe('Recording on a programme that is not open', () => {
  it.each<Row>([
    [
      'anything before launch',
      [],
      enrol,
      N,
      'ProgrammeExists',
      'No programme has been launched with this id',
    ],
    [
      'anything once closed',
      [...H, closed],
      enrol,
      I,
      'ClosedProgrammeRecordsNothing',
      'Programme "Fenmoor time with families" is closed: nothing more can be recorded in it',
    ],
    [
      'a team dated before the programme starts',
      H,
      { ...enrol, context: { ...enrol.context, occurredAt: '2021-08-31' } },
      V,
      'NotBeforeProgrammeStart',
      'What you are recording is dated 2021-08-31, before the programme starts on 2021-09-01; only a baseline measurement or survey round, declared as one, may come before the start',
    ],
    [
      'a phase started before the programme starts',
      H,
      command('StartPhase', { phaseId: 'vision' }, '2021-08-31T23:00:00Z'),
      V,
      'PhaseStartsWithinProgramme',
      'Phase "Vision" cannot start on 2021-08-31T23:00:00Z, before the programme starts (2021-09-01)',
    ],
  ])('refuses %s', refuses);
});

describe('Direction: theory of change, vision and simple rules', () => {
  it.each<Row>([
    [
      'a theory without a problem',
      H,
      withData(theory, { problem: ' ' }),
      V,
      'RequiredText',
      'problem must not be empty',
    ],
    [
      'a theory without an intended change',
      H,
      withData(theory, { intendedChange: '' }),
      V,
      'RequiredText',
      'intended change must not be empty',
    ],
    [
      'a blank assumption',
      H,
      withData(theory, { assumptions: ['a', ' '] }),
      V,
      'RequiredText',
      'assumption must not be empty',
    ],
    [
      'a second theory without a rationale',
      [...H, theoryDefined],
      withData(theory, { rationale: ' ' }),
      V,
      'RationaleRequired',
      'A rationale is required when revising the theory of change',
    ],
    [
      'a second vision',
      [...H, visionSet],
      vision,
      I,
      'VisionSetOnce',
      'The vision is already set; revise it, with a rationale',
    ],
    [
      'a vision without a statement',
      H,
      withData(vision, { statement: ' ' }),
      V,
      'RequiredText',
      'vision statement must not be empty',
    ],
    [
      'a vision without co-authors',
      H,
      withData(vision, { coAuthorIds: [] }),
      V,
      'AtLeastOneRequired',
      'co-authors needs at least one entry',
    ],
    [
      'a co-author twice',
      H,
      withData(vision, { coAuthorIds: [SW1, SW1] }),
      V,
      'NoDuplicates',
      'co-authors lists the same entry more than once',
    ],
    [
      'a co-author who is no participant',
      H,
      withData(vision, { coAuthorIds: [SW1, 'person-nobody'] }),
      N,
      'ParticipantInProgramme',
      'co-authors: person-nobody is not a participant of this programme',
    ],
    [
      'a co-author who left',
      H,
      withData(vision, { coAuthorIds: [LEFT, DIRECTOR] }),
      I,
      'ParticipantActive',
      'co-authors: participant person-left has left the programme',
    ],
    [
      'co-authors all practitioners',
      H,
      withData(vision, { coAuthorIds: [SW1, SW2] }),
      V,
      'VisionCoAuthoredAcrossLevels',
      'A vision needs co-authors from at least two levels (e.g. practitioner and senior leader)',
    ],
    [
      'a revision before any vision',
      H,
      revise,
      I,
      'VisionRevisedOnceSet',
      'There is no vision to revise yet; set it first',
    ],
    [
      'a revision without a statement',
      [...H, visionSet],
      withData(revise, { statement: '' }),
      V,
      'RequiredText',
      'vision statement must not be empty',
    ],
    [
      'a revision by one level',
      [...H, visionSet],
      withData(revise, { coAuthorIds: [MANAGER] }),
      V,
      'VisionCoAuthoredAcrossLevels',
      'A vision needs co-authors from at least two levels (e.g. practitioner and senior leader)',
    ],
    [
      'a revision without a rationale',
      [...H, visionSet],
      withData(revise, { rationale: '' }),
      V,
      'RationaleRequired',
      'A rationale is required when revising the vision',
    ],
    [
      'a blank simple rule',
      H,
      command('AdoptSimpleRule', { rule: ' ' }),
      V,
      'RequiredText',
      'simple rule must not be empty',
    ],
    [
      'a long simple rule',
      H,
      command('AdoptSimpleRule', { rule: x(501) }),
      V,
      'TextTooLong',
      'simple rule must be at most 500 characters',
    ],
  ])('refuses %s', refuses);
});

describe('Teams and participants', () => {
  it.each<Row>([
    [
      'a team enrolled twice',
      H,
      withData(enrol, { teamId: DUTY_TEAM }),
      I,
      'TeamEnrolsOnce',
      'Team team-duty is already enrolled',
    ],
    ['a blank team id', H, withData(enrol, { teamId: ' ' }), V, 'RequiredText', 'team id must not be empty'],
    [
      'a long team id',
      H,
      withData(enrol, { teamId: x(101) }),
      V,
      'TextTooLong',
      'team id must be at most 100 characters',
    ],
    ['a blank team name', H, withData(enrol, { name: '' }), V, 'RequiredText', 'team name must not be empty'],
    [
      'a long team name',
      H,
      withData(enrol, { name: x(201) }),
      V,
      'TextTooLong',
      'team name must be at most 200 characters',
    ],
    [
      'an unknown kind of team',
      H,
      withData(enrol, { kind: 'virtual' as never }),
      V,
      'UnknownValue',
      'team kind must be one of statutory, specialist, wholeService; got "virtual"',
    ],
    [
      'a participant joining twice',
      H,
      withData(join, { participantId: SW1 }),
      I,
      'ParticipantJoinsOnce',
      'Participant person-sw1 has already joined this programme',
    ],
    [
      'a participant who left joining again',
      H,
      withData(join, { participantId: LEFT }),
      I,
      'ParticipantJoinsOnce',
      'Participant person-left has already joined this programme',
    ],
    [
      'a participant in a team not enrolled',
      H,
      withData(join, { teamId: 'team-x' }),
      N,
      'TeamInProgramme',
      'Team team-x is not enrolled in this programme',
    ],
    [
      'a blank participant id',
      H,
      withData(join, { participantId: ' ' }),
      V,
      'RequiredText',
      'participant id must not be empty',
    ],
    [
      'a long participant id',
      H,
      withData(join, { participantId: x(101) }),
      V,
      'TextTooLong',
      'participant id must be at most 100 characters',
    ],
    [
      'an unknown role',
      H,
      withData(join, { role: 'boss' as never }),
      V,
      'UnknownValue',
      'role must be one of socialWorker, practiceSupervisor, teamManager, serviceManager, seniorLeader, director, coach, volunteer, partnerAgency; got "boss"',
    ],
    [
      'an unknown level',
      H,
      withData(join, { level: 'top' as never }),
      V,
      'UnknownValue',
      'level must be one of practitioner, manager, seniorLeader, external; got "top"',
    ],
    [
      'a stranger leaving',
      H,
      command('RecordParticipantLeft', { participantId: 'person-nobody' }),
      N,
      'ParticipantInProgramme',
      'participant: person-nobody is not a participant of this programme',
    ],
    [
      'a participant leaving twice',
      H,
      command('RecordParticipantLeft', { participantId: LEFT }),
      I,
      'ParticipantActive',
      'participant: participant person-left has left the programme',
    ],
    [
      'a move of a stranger',
      H,
      command('MoveParticipantToTeam', { participantId: 'person-nobody', teamId: DUTY_TEAM }),
      N,
      'ParticipantInProgramme',
      'participant: person-nobody is not a participant of this programme',
    ],
    [
      'a move to a team not enrolled',
      H,
      command('MoveParticipantToTeam', { participantId: SW1, teamId: 'team-nowhere' }),
      N,
      'TeamInProgramme',
      'Team team-nowhere is not enrolled in this programme',
    ],
    [
      'a move to the team they are in',
      H,
      command('MoveParticipantToTeam', { participantId: SW2, teamId: EXPLOITATION_TEAM }),
      I,
      'MoveToAnotherTeam',
      'Participant person-sw2 is already in team team-exploitation',
    ],
  ])('refuses %s', refuses);
});

describe('Outcomes, metrics and closing', () => {
  it.each<Row>([
    [
      'an outcome defined twice',
      H,
      command('DefineOutcome', { outcomeId: OUTCOME, title: 'Again' }),
      I,
      'OutcomeDefinedOnce',
      'Outcome outcome-more-time is already defined',
    ],
    [
      'a blank outcome id',
      H,
      command('DefineOutcome', { outcomeId: ' ', title: 'T' }),
      V,
      'RequiredText',
      'outcome id must not be empty',
    ],
    [
      'a long outcome id',
      H,
      command('DefineOutcome', { outcomeId: x(101), title: 'T' }),
      V,
      'TextTooLong',
      'outcome id must be at most 100 characters',
    ],
    [
      'a blank outcome title',
      H,
      command('DefineOutcome', { outcomeId: 'o2', title: '' }),
      V,
      'RequiredText',
      'outcome title must not be empty',
    ],
    [
      'a long outcome title',
      H,
      command('DefineOutcome', { outcomeId: 'o2', title: x(501) }),
      V,
      'TextTooLong',
      'outcome title must be at most 500 characters',
    ],
    [
      'a metric defined twice',
      H,
      withData(defineMetric, { metricId: METRIC }),
      I,
      'MetricDefinedOnce',
      'Metric metric-time-with-families is already defined',
    ],
    [
      'a metric of an unknown outcome',
      H,
      withData(defineMetric, { outcomeId: 'outcome-nope' }),
      N,
      'OutcomeInProgramme',
      'Outcome outcome-nope is not defined in this programme',
    ],
    [
      'a blank metric id',
      H,
      withData(defineMetric, { metricId: ' ' }),
      V,
      'RequiredText',
      'metric id must not be empty',
    ],
    [
      'a long metric id',
      H,
      withData(defineMetric, { metricId: x(101) }),
      V,
      'TextTooLong',
      'metric id must be at most 100 characters',
    ],
    [
      'a blank metric name',
      H,
      withData(defineMetric, { name: '' }),
      V,
      'RequiredText',
      'metric name must not be empty',
    ],
    [
      'a long metric name',
      H,
      withData(defineMetric, { name: x(201) }),
      V,
      'TextTooLong',
      'metric name must be at most 200 characters',
    ],
    ['a blank unit', H, withData(defineMetric, { unit: ' ' }), V, 'RequiredText', 'unit must not be empty'],
    [
      'a long unit',
      H,
      withData(defineMetric, { unit: x(51) }),
      V,
      'TextTooLong',
      'unit must be at most 50 characters',
    ],
    [
      'an unknown direction',
      H,
      withData(defineMetric, { direction: 'up' as never }),
      V,
      'UnknownValue',
      'direction must be one of higherIsBetter, lowerIsBetter; got "up"',
    ],
    [
      'a baseline that is no number',
      H,
      withData(defineMetric, { baseline: Number.NaN }),
      V,
      'FiniteNumber',
      'baseline must be a number',
    ],
    [
      'an endless target',
      H,
      withData(defineMetric, { target: Infinity }),
      V,
      'FiniteNumber',
      'target must be a number',
    ],
    [
      'a blank cadence',
      H,
      withData(defineMetric, { cadence: '' }),
      V,
      'RequiredText',
      'cadence must not be empty',
    ],
    [
      'a long cadence',
      H,
      withData(defineMetric, { cadence: x(101) }),
      V,
      'TextTooLong',
      'cadence must be at most 100 characters',
    ],
    [
      'no way of knowing',
      H,
      withData(defineMetric, { howWouldWeKnow: ' ' }),
      V,
      'RequiredText',
      'how would we know must not be empty',
    ],
    [
      'closing without a summary',
      H,
      command('CloseProgramme', { summary: ' ' }),
      V,
      'RequiredText',
      'summary must not be empty',
    ],
  ])('refuses %s', refuses);
});
