/**
 * What a programme records when a command is accepted (texts trimmed, defaults filled in, limits
 * reached).
 */
import { programmeAggregate } from '../../src/domain/programme';
import type { ProgrammeCommand } from '../../src/domain/programme/commands';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { IllegalStateError } from '../../src/domain/shared/errors';
import {
  commandsOf,
  DIRECTOR,
  DUTY_TEAM,
  EXPLOITATION_TEAM,
  OUTCOME,
  P,
  programmeFacts,
  programmeHistory,
  SW1,
} from './fixtures';
import { specFor } from './givenWhenThen';

const given = specFor(programmeAggregate, programmeFacts);
const command = commandsOf<ProgrammeCommand>();
const H = programmeHistory;
const x = (length: number) => 'x'.repeat(length);

const launched = (data: Partial<Extract<ProgrammeEvent, { type: 'ProgrammeLaunched' }>['data']>) => ({
  type: 'ProgrammeLaunched' as const,
  data: {
    programmeId: P,
    name: 'Fenmoor',
    localAuthority: 'Fenmoor County Council',
    scope: 'Two teams',
    startDate: '2021-09-01',
    plannedDurationMonths: 18,
    phases: [
      { phaseId: 'vision', name: 'Vision' },
      { phaseId: 'smallChanges', name: 'Small changes' },
      { phaseId: 'sensemakingAndBlueprint', name: 'Sensemaking and blueprint' },
      { phaseId: 'testAndLearn', name: 'Test and learn' },
      { phaseId: 'methodologyAndSpread', name: 'Methodology and spread' },
    ],
    smallChangeTarget: null,
    ...data,
  },
});
const launch = command('LaunchProgramme', {
  name: ' Fenmoor ',
  localAuthority: ' Fenmoor County Council ',
  scope: ' Two teams ',
  startDate: '2021-09-01',
  plannedDurationMonths: 18,
});

describe('Launching records the programme', () => {
  it('with texts trimmed, the five default phases and no small change target when none is given', () => {
    given([])
      .when(launch)
      .then([launched({})]);
  });

  it('with its own phases (names trimmed), a target of one change within one week, and one month', () => {
    const own = command('LaunchProgramme', {
      ...launch.data,
      plannedDurationMonths: 1,
      startDate: '2021-09-01T09:30:00Z',
      phases: [
        { phaseId: 'discovery', name: ' Discovery ' },
        { phaseId: x(100), name: x(200) },
      ],
      smallChangeTarget: { count: 1, withinWeeks: 1 },
    });
    given([])
      .when(own)
      .then([
        launched({
          plannedDurationMonths: 1,
          startDate: '2021-09-01T09:30:00Z',
          phases: [
            { phaseId: 'discovery', name: 'Discovery' },
            { phaseId: x(100), name: x(200) },
          ],
          smallChangeTarget: { count: 1, withinWeeks: 1 },
        }),
      ]);
  });

  it('with names at their limits', () => {
    given([])
      .when(
        command('LaunchProgramme', { ...launch.data, name: x(200), localAuthority: x(200), scope: x(2000) }),
      )
      .then([launched({ name: x(200), localAuthority: x(200), scope: x(2000) })]);
  });
});

describe('Direction is recorded trimmed', () => {
  const theory = command('DefineTheoryOfChange', {
    problem: ' Paperwork ',
    intendedChange: ' More direct work ',
    assumptions: [' Forms can be shortened '],
  });
  const defined = (rationale: string | null, assumptions = ['Forms can be shortened']): ProgrammeEvent => ({
    type: 'TheoryOfChangeDefined',
    data: {
      programmeId: P,
      problem: 'Paperwork',
      intendedChange: 'More direct work',
      assumptions,
      rationale,
    },
  });

  it('a first theory of change keeps a rationale only when one is given', () => {
    given(H)
      .when(theory)
      .then([defined(null)]);
    given(H)
      .when({ ...theory, data: { ...theory.data, rationale: '  ' } })
      .then([defined(null)]);
    given(H)
      .when({ ...theory, data: { ...theory.data, rationale: ' First go ', assumptions: [] } })
      .then([defined('First go', [])]);
  });

  it('a revised theory of change keeps its rationale, trimmed', () => {
    given([...H, defined(null)])
      .when({ ...theory, data: { ...theory.data, rationale: ' Learnt more ' } })
      .then([defined('Learnt more')]);
  });

  it('a vision, its revision and a simple rule at its limit', () => {
    given(H)
      .when(command('SetVision', { statement: ' Time with families ', coAuthorIds: [SW1, DIRECTOR] }))
      .then([
        {
          type: 'VisionSet',
          data: { programmeId: P, statement: 'Time with families', coAuthorIds: [SW1, DIRECTOR] },
        },
      ]);
    const set: ProgrammeEvent = {
      type: 'VisionSet',
      data: { programmeId: P, statement: 'v1', coAuthorIds: [SW1, DIRECTOR] },
    };
    given([...H, set])
      .when(
        command('ReviseVision', { statement: ' v2 ', coAuthorIds: [DIRECTOR, SW1], rationale: ' Asked ' }),
      )
      .then([
        {
          type: 'VisionRevised',
          data: { programmeId: P, statement: 'v2', coAuthorIds: [DIRECTOR, SW1], rationale: 'Asked' },
        },
      ]);
    given(H)
      .when(command('AdoptSimpleRule', { rule: ` ${x(500)} ` }))
      .then([{ type: 'SimpleRuleAdopted', data: { programmeId: P, rule: x(500) } }]);
  });
});

describe('Membership is recorded trimmed, with null for what is left out', () => {
  it('a team', () => {
    given(H)
      .when(command('EnrolTeam', { teamId: x(100), name: ' Children in need ', kind: 'wholeService' }))
      .then([
        {
          type: 'TeamEnrolled',
          data: { programmeId: P, teamId: x(100), name: 'Children in need', kind: 'wholeService' },
        },
      ]);
  });

  it('a participant without a team', () => {
    given(H)
      .when(command('JoinParticipant', { participantId: 'person-coach', role: 'coach', level: 'external' }))
      .then([
        {
          type: 'ParticipantJoined',
          data: {
            programmeId: P,
            participantId: 'person-coach',
            teamId: null,
            role: 'coach',
            level: 'external',
          },
        },
      ]);
  });

  it.each([
    ['no reason', undefined, null],
    ['a blank reason', '  ', null],
    ['a reason with spaces', ' Retired ', 'Retired'],
  ])('a participant leaving with %s', (_what, reason, recorded) => {
    given(H)
      .when(
        command('RecordParticipantLeft', { participantId: SW1, ...(reason === undefined ? {} : { reason }) }),
      )
      .then([{ type: 'ParticipantLeft', data: { programmeId: P, participantId: SW1, reason: recorded } }]);
  });

  it('a participant without a team moving into one', () => {
    given(H)
      .when(command('MoveParticipantToTeam', { participantId: DIRECTOR, teamId: DUTY_TEAM, reason: x(500) }))
      .then([
        {
          type: 'ParticipantMovedTeam',
          data: {
            programmeId: P,
            participantId: DIRECTOR,
            fromTeamId: null,
            toTeamId: DUTY_TEAM,
            reason: x(500),
          },
        },
      ]);
  });

  it('a second move starts from the team of the first, and a move back to it is refused', () => {
    const moved: ProgrammeEvent = {
      type: 'ParticipantMovedTeam',
      data: {
        programmeId: P,
        participantId: SW1,
        fromTeamId: DUTY_TEAM,
        toTeamId: EXPLOITATION_TEAM,
        reason: null,
      },
    };
    given([...H, moved])
      .when(command('MoveParticipantToTeam', { participantId: SW1, teamId: DUTY_TEAM }))
      .then([
        {
          type: 'ParticipantMovedTeam',
          data: {
            programmeId: P,
            participantId: SW1,
            fromTeamId: EXPLOITATION_TEAM,
            toTeamId: DUTY_TEAM,
            reason: null,
          },
        },
      ]);
    expect(
      given([...H, moved])
        .when(command('MoveParticipantToTeam', { participantId: SW1, teamId: EXPLOITATION_TEAM }))
        .thenThrows(IllegalStateError, 'MoveToAnotherTeam'),
    ).toBe('Participant person-sw1 is already in team team-exploitation');
  });
});

describe('Outcomes, metrics and closing are recorded trimmed', () => {
  it('an outcome and a metric, at their limits and with any numbers', () => {
    given(H)
      .when(command('DefineOutcome', { outcomeId: ' o2 ', title: ` ${x(500)} ` }))
      .then([{ type: 'OutcomeDefined', data: { programmeId: P, outcomeId: 'o2', title: x(500) } }]);
    const metric = {
      metricId: ' metric-visits ',
      outcomeId: OUTCOME,
      name: ' Visits ',
      unit: ` ${x(50)} `,
      direction: 'lowerIsBetter' as const,
      baseline: 0,
      target: -2.5,
      cadence: ` ${x(100)} `,
      howWouldWeKnow: ' Case records ',
    };
    given(H)
      .when(command('DefineMetric', metric))
      .then([
        {
          type: 'MetricDefined',
          data: {
            programmeId: P,
            ...metric,
            metricId: 'metric-visits',
            name: 'Visits',
            unit: x(50),
            cadence: x(100),
            howWouldWeKnow: 'Case records',
          },
        },
      ]);
  });

  it('closing, on the day it is recorded as closed', () => {
    given(H)
      .when(command('CloseProgramme', { summary: ' Written up ' }, '2023-03-01T12:00:00Z'))
      .then([
        {
          type: 'ProgrammeClosed',
          data: { programmeId: P, closedAt: '2023-03-01T12:00:00Z', summary: 'Written up' },
        },
      ]);
  });

  it('anything on the day the programme starts', () => {
    given(H)
      .when(command('AdoptSimpleRule', { rule: 'Ask families' }, '2021-09-01T00:00:00Z'))
      .then([{ type: 'SimpleRuleAdopted', data: { programmeId: P, rule: 'Ask families' } }]);
  });
});
