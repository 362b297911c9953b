/**
 * The exact refusals a person sees when a programme is recorded wrongly: the error's class, its rule
 * and the whole sentence (each names the field, the item or the phase it is about). Each table
 * changes one command's data and names the sentence, the class and the rule of the refusal.
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
const V = ValidationError;
const I = IllegalStateError;
const N = NotFoundError;
type ErrorClass = typeof V | typeof I | typeof N;
const x = (length: number) => 'x'.repeat(length);

/** A refusal: the whole sentence, the change to the command's data, the error's class and rule. */
type Row = [string, object, ErrorClass, string];

/** Refuses the command with the row's data change, given the history, in the row's words. */
const refusing =
  (base: ProgrammeCommand, history: readonly Given<ProgrammeEvent>[] = H) =>
  (message: string, change: object, error: ErrorClass, rule: string) => {
    const cmd = { ...base, data: { ...base.data, ...change } } as ProgrammeCommand;
    expect(given(history).when(cmd).thenThrows(error, rule)).toBe(message);
  };

const launch = command('LaunchProgramme', {
  name: 'Fenmoor time with families',
  localAuthority: 'Fenmoor County Council',
  scope: 'Two statutory teams',
  startDate: '2021-09-01',
  plannedDurationMonths: 18,
});
const phases = (...list: [string, string][]) => ({
  phases: list.map(([phaseId, name]) => ({ phaseId, name })),
});
const target = (count: number, withinWeeks: number) => ({ smallChangeTarget: { count, withinWeeks } });
const WHOLE = 'must be a whole number of at least 1';

describe('Launching a programme: refusals name the field', () => {
  it('refuses launching twice', () => {
    refusing(launch)('This programme has already been launched', {}, I, 'LaunchOnce');
  });

  it.each<Row>([
    ['name must not be empty', { name: ' ' }, V, 'RequiredText'],
    ['name must be at most 200 characters', { name: x(201) }, V, 'TextTooLong'],
    ['local authority must not be empty', { localAuthority: '' }, V, 'RequiredText'],
    ['local authority must be at most 200 characters', { localAuthority: x(201) }, V, 'TextTooLong'],
    ['scope must not be empty', { scope: ' ' }, V, 'RequiredText'],
    ['scope must be at most 2000 characters', { scope: x(2001) }, V, 'TextTooLong'],
    [
      'start date must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z); got "2021-02-30"',
      { startDate: '2021-02-30' },
      V,
      'ValidDate',
    ],
    [`planned duration in months ${WHOLE}`, { plannedDurationMonths: 0 }, V, 'WholeNumber'],
    ['phases needs at least one entry', phases(), V, 'AtLeastOneRequired'],
    ['phases lists the same entry more than once', phases(['a', 'A'], [' a', 'B']), V, 'NoDuplicates'],
    ['phase id must not be empty', phases([' ', 'A']), V, 'RequiredText'],
    ['phase id must be at most 100 characters', phases([x(101), 'A']), V, 'TextTooLong'],
    ['phase name must not be empty', phases(['a', ' ']), V, 'RequiredText'],
    ['phase name must be at most 200 characters', phases(['a', x(201)]), V, 'TextTooLong'],
    [`small change target count ${WHOLE}`, target(0, 8), V, 'WholeNumber'],
    [`small change target count ${WHOLE}`, target(1.5, 8), V, 'WholeNumber'],
    [`small change target weeks ${WHOLE}`, target(10, 0), V, 'WholeNumber'],
  ])('refuses: %s', refusing(launch, []));
});

const enrol = command('EnrolTeam', { teamId: 'team-cin', name: 'Children in need', kind: 'statutory' });
const theory = command('DefineTheoryOfChange', {
  problem: 'Paperwork',
  intendedChange: 'More direct work',
  assumptions: ['Forms can be shortened'],
});
const theoryDefined: ProgrammeEvent = {
  type: 'TheoryOfChangeDefined',
  data: { programmeId: P, problem: 'p', intendedChange: 'i', assumptions: [], rationale: null },
};

describe('Direction: theory of change and simple rules', () => {
  it.each<Row>([
    ['problem must not be empty', { problem: ' ' }, V, 'RequiredText'],
    ['intended change must not be empty', { intendedChange: '' }, V, 'RequiredText'],
    ['assumption must not be empty', { assumptions: ['a', ' '] }, V, 'RequiredText'],
  ])('refuses: %s', refusing(theory));

  it('refuses a second theory of change without a rationale', () => {
    refusing(theory, [...H, theoryDefined])(
      'A rationale is required when revising the theory of change',
      { rationale: ' ' },
      V,
      'RationaleRequired',
    );
  });

  it.each<Row>([
    ['simple rule must not be empty', { rule: ' ' }, V, 'RequiredText'],
    ['simple rule must be at most 500 characters', { rule: x(501) }, V, 'TextTooLong'],
  ])('refuses: %s', refusing(command('AdoptSimpleRule', { rule: 'Ask families' })));
});

const vision = command('SetVision', { statement: 'Time with families', coAuthorIds: [SW1, DIRECTOR] });
const revise = command('ReviseVision', {
  statement: 'More time with families',
  coAuthorIds: [SW1, DIRECTOR],
  rationale: 'Families asked',
});
const visionSet: ProgrammeEvent = {
  type: 'VisionSet',
  data: { programmeId: P, statement: 'v1', coAuthorIds: [SW1, DIRECTOR] },
};
const ACROSS_LEVELS =
  'A vision needs co-authors from at least two levels (e.g. practitioner and senior leader)';

describe('Direction: the vision', () => {
  it.each<Row>([
    ['vision statement must not be empty', { statement: ' ' }, V, 'RequiredText'],
    ['co-authors needs at least one entry', { coAuthorIds: [] }, V, 'AtLeastOneRequired'],
    ['co-authors lists the same entry more than once', { coAuthorIds: [SW1, SW1] }, V, 'NoDuplicates'],
    [
      'co-authors: person-nobody is not a participant of this programme',
      { coAuthorIds: [SW1, 'person-nobody'] },
      N,
      'ParticipantInProgramme',
    ],
    [
      'co-authors: participant person-left has left the programme',
      { coAuthorIds: [LEFT, DIRECTOR] },
      I,
      'ParticipantActive',
    ],
    [ACROSS_LEVELS, { coAuthorIds: [SW1, SW2] }, V, 'VisionCoAuthoredAcrossLevels'],
  ])('refuses: %s', refusing(vision));

  it('refuses a second vision, and a revision before any vision', () => {
    refusing(vision, [...H, visionSet])(
      'The vision is already set; revise it, with a rationale',
      {},
      I,
      'VisionSetOnce',
    );
    refusing(revise)('There is no vision to revise yet; set it first', {}, I, 'VisionRevisedOnceSet');
  });

  it.each<Row>([
    ['vision statement must not be empty', { statement: '' }, V, 'RequiredText'],
    [ACROSS_LEVELS, { coAuthorIds: [MANAGER] }, V, 'VisionCoAuthoredAcrossLevels'],
    ['A rationale is required when revising the vision', { rationale: '' }, V, 'RationaleRequired'],
  ])('refuses a revision: %s', refusing(revise, [...H, visionSet]));
});

const join = command('JoinParticipant', { participantId: 'person-new', role: 'coach', level: 'external' });
const ROLES =
  'socialWorker, practiceSupervisor, teamManager, serviceManager, seniorLeader, director, coach, volunteer, partnerAgency';

describe('Teams and participants', () => {
  it.each<Row>([
    ['Team team-duty is already enrolled', { teamId: DUTY_TEAM }, I, 'TeamEnrolsOnce'],
    ['team id must not be empty', { teamId: ' ' }, V, 'RequiredText'],
    ['team id must be at most 100 characters', { teamId: x(101) }, V, 'TextTooLong'],
    ['team name must not be empty', { name: '' }, V, 'RequiredText'],
    ['team name must be at most 200 characters', { name: x(201) }, V, 'TextTooLong'],
    [
      'team kind must be one of statutory, specialist, wholeService; got "virtual"',
      { kind: 'virtual' },
      V,
      'UnknownValue',
    ],
  ])('refuses a team: %s', refusing(enrol));

  it.each<Row>([
    [
      'Participant person-sw1 has already joined this programme',
      { participantId: SW1 },
      I,
      'ParticipantJoinsOnce',
    ],
    [
      'Participant person-left has already joined this programme',
      { participantId: LEFT },
      I,
      'ParticipantJoinsOnce',
    ],
    ['Team team-x is not enrolled in this programme', { teamId: 'team-x' }, N, 'TeamInProgramme'],
    ['participant id must not be empty', { participantId: ' ' }, V, 'RequiredText'],
    ['participant id must be at most 100 characters', { participantId: x(101) }, V, 'TextTooLong'],
    [`role must be one of ${ROLES}; got "boss"`, { role: 'boss' }, V, 'UnknownValue'],
    [
      'level must be one of practitioner, manager, seniorLeader, external; got "top"',
      { level: 'top' },
      V,
      'UnknownValue',
    ],
  ])('refuses a participant: %s', refusing(join));

  it.each<Row>([
    [
      'participant: person-nobody is not a participant of this programme',
      { participantId: 'person-nobody' },
      N,
      'ParticipantInProgramme',
    ],
    [
      'participant: participant person-left has left the programme',
      { participantId: LEFT },
      I,
      'ParticipantActive',
    ],
  ])('refuses a leaving: %s', refusing(command('RecordParticipantLeft', { participantId: SW1 })));

  it.each<Row>([
    [
      'participant: person-nobody is not a participant of this programme',
      { participantId: 'person-nobody' },
      N,
      'ParticipantInProgramme',
    ],
    ['Team team-nowhere is not enrolled in this programme', { teamId: 'team-nowhere' }, N, 'TeamInProgramme'],
    [
      'Participant person-sw2 is already in team team-exploitation',
      { participantId: SW2 },
      I,
      'MoveToAnotherTeam',
    ],
  ])(
    'refuses a move: %s',
    refusing(command('MoveParticipantToTeam', { participantId: SW1, teamId: EXPLOITATION_TEAM })),
  );
});

const defineMetric = command('DefineMetric', {
  metricId: 'metric-visits',
  outcomeId: OUTCOME,
  name: 'Visits per week',
  unit: 'visits',
  direction: 'higherIsBetter',
  baseline: 3,
  target: 5,
  cadence: 'weekly',
  howWouldWeKnow: 'Case records',
});

describe('Outcomes, metrics and closing', () => {
  it.each<Row>([
    ['Outcome outcome-more-time is already defined', { outcomeId: OUTCOME }, I, 'OutcomeDefinedOnce'],
    ['outcome id must not be empty', { outcomeId: ' ' }, V, 'RequiredText'],
    ['outcome id must be at most 100 characters', { outcomeId: x(101) }, V, 'TextTooLong'],
    ['outcome title must not be empty', { title: '' }, V, 'RequiredText'],
    ['outcome title must be at most 500 characters', { title: x(501) }, V, 'TextTooLong'],
  ])(
    'refuses an outcome: %s',
    refusing(command('DefineOutcome', { outcomeId: 'o2', title: 'Relationships' })),
  );

  it.each<Row>([
    ['Metric metric-time-with-families is already defined', { metricId: METRIC }, I, 'MetricDefinedOnce'],
    [
      'Outcome outcome-nope is not defined in this programme',
      { outcomeId: 'outcome-nope' },
      N,
      'OutcomeInProgramme',
    ],
    ['metric id must not be empty', { metricId: ' ' }, V, 'RequiredText'],
    ['metric id must be at most 100 characters', { metricId: x(101) }, V, 'TextTooLong'],
    ['metric name must not be empty', { name: '' }, V, 'RequiredText'],
    ['metric name must be at most 200 characters', { name: x(201) }, V, 'TextTooLong'],
    ['unit must not be empty', { unit: ' ' }, V, 'RequiredText'],
    ['unit must be at most 50 characters', { unit: x(51) }, V, 'TextTooLong'],
    [
      'direction must be one of higherIsBetter, lowerIsBetter; got "up"',
      { direction: 'up' },
      V,
      'UnknownValue',
    ],
    ['baseline must be a number', { baseline: Number.NaN }, V, 'FiniteNumber'],
    ['target must be a number', { target: Infinity }, V, 'FiniteNumber'],
    ['cadence must not be empty', { cadence: '' }, V, 'RequiredText'],
    ['cadence must be at most 100 characters', { cadence: x(101) }, V, 'TextTooLong'],
    ['how would we know must not be empty', { howWouldWeKnow: ' ' }, V, 'RequiredText'],
  ])('refuses a metric: %s', refusing(defineMetric));

  it('refuses closing without a summary', () => {
    refusing(command('CloseProgramme', { summary: 'Done' }))(
      'summary must not be empty',
      { summary: ' ' },
      V,
      'RequiredText',
    );
  });
});
