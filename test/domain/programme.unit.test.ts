import { programmeAggregate } from '../../src/domain/programme';
import type { ProgrammeCommand } from '../../src/domain/programme/commands';
import { DEFAULT_PHASES, type ProgrammeEvent } from '../../src/domain/programme/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { specFor } from './givenWhenThen';
import {
  commandsOf,
  DIRECTOR,
  DUTY_TEAM,
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

const given = specFor(programmeAggregate, programmeFacts);
const command = commandsOf<ProgrammeCommand>();

const launch = command('LaunchProgramme', {
  name: 'Fenmoor time with families',
  localAuthority: 'Fenmoor County Council',
  scope: 'Two statutory teams and the exploitation team',
  startDate: '2021-09-01',
  plannedDurationMonths: 18,
  smallChangeTarget: { count: 10, withinWeeks: 8 },
});
const phaseStarted = (phaseId: string, startedAt: string): ProgrammeEvent => ({
  type: 'PhaseStarted',
  data: { programmeId: P, phaseId, startedAt },
});

describe('Programme', () => {
  describe('launch', () => {
    it('launches with the default five-stage phases when none are given', () => {
      given([]).when(launch).then([programmeHistory[0]!]);
      expect(DEFAULT_PHASES.map((phase) => phase.name)).toEqual([
        'Vision',
        'Small changes',
        'Sensemaking and blueprint',
        'Test and learn',
        'Methodology and spread',
      ]);
    });

    it('keeps a programme’s own phases', () => {
      const own = command('LaunchProgramme', {
        ...launch.data,
        phases: [{ phaseId: 'discovery', name: 'Discovery' }],
      });
      const [event] = programmeAggregate.decide(own, programmeAggregate.initialState, programmeFacts());
      expect(event).toMatchObject({
        type: 'ProgrammeLaunched',
        data: { phases: [{ phaseId: 'discovery', name: 'Discovery' }] },
      });
    });

    it('launches only once', () => {
      given(programmeHistory).when(launch).thenThrows(IllegalStateError, 'LaunchOnce');
    });

    it.each([
      ['an invalid start date', { startDate: '2021-02-30' }, 'ValidDate'],
      ['an empty name', { name: '  ' }, 'RequiredText'],
      ['a duration of zero months', { plannedDurationMonths: 0 }, 'WholeNumber'],
      ['no phases', { phases: [] }, 'AtLeastOneRequired'],
      [
        'duplicate phase ids',
        {
          phases: [
            { phaseId: 'a', name: 'A' },
            { phaseId: 'a', name: 'B' },
          ],
        },
        'NoDuplicates',
      ],
    ])('refuses %s', (_what, change, rule) => {
      given([])
        .when({ ...launch, data: { ...launch.data, ...change } })
        .thenThrows(ValidationError, rule);
    });
  });

  it('refuses anything for a programme never launched, and anything once closed', () => {
    given([])
      .when(command('AdoptSimpleRule', { rule: 'Measure what matters' }))
      .thenThrows(NotFoundError, 'ProgrammeExists');
    const closed: ProgrammeEvent = {
      type: 'ProgrammeClosed',
      data: { programmeId: P, closedAt: '2023-03-01', summary: 'Done' },
    };
    given([...programmeHistory, closed])
      .when(command('AdoptSimpleRule', { rule: 'Measure what matters' }))
      .thenThrows(IllegalStateError, 'ClosedProgrammeRecordsNothing');
  });

  describe('vision', () => {
    it('is set with co-authors from at least two levels', () => {
      given(programmeHistory)
        .when(
          command('SetVision', {
            statement: 'Practitioners spend their time with families',
            coAuthorIds: [SW1, DIRECTOR],
          }),
        )
        .then([
          {
            type: 'VisionSet',
            data: {
              programmeId: P,
              statement: 'Practitioners spend their time with families',
              coAuthorIds: [SW1, DIRECTOR],
            },
          },
        ]);
    });

    it('refuses co-authors all at one level, unknown or departed', () => {
      given(programmeHistory)
        .when(command('SetVision', { statement: 'x', coAuthorIds: [SW1, SW2] }))
        .thenThrows(ValidationError, 'VisionCoAuthoredAcrossLevels');
      given(programmeHistory)
        .when(command('SetVision', { statement: 'x', coAuthorIds: [SW1, 'stranger'] }))
        .thenThrows(NotFoundError, 'ParticipantInProgramme');
      given(programmeHistory)
        .when(command('SetVision', { statement: 'x', coAuthorIds: [LEFT, DIRECTOR] }))
        .thenThrows(IllegalStateError, 'ParticipantActive');
    });

    const visionSet: ProgrammeEvent = {
      type: 'VisionSet',
      data: { programmeId: P, statement: 'v1', coAuthorIds: [SW1, DIRECTOR] },
    };

    it('is set once, then revised with a rationale', () => {
      given([...programmeHistory, visionSet])
        .when(command('SetVision', { statement: 'v2', coAuthorIds: [SW1, DIRECTOR] }))
        .thenThrows(IllegalStateError, 'VisionSetOnce');
      given([...programmeHistory, visionSet])
        .when(
          command('ReviseVision', {
            statement: 'v2',
            coAuthorIds: [SW1, MANAGER],
            rationale: 'Families asked for fewer handovers',
          }),
        )
        .then([
          {
            type: 'VisionRevised',
            data: {
              programmeId: P,
              statement: 'v2',
              coAuthorIds: [SW1, MANAGER],
              rationale: 'Families asked for fewer handovers',
            },
          },
        ]);
    });

    it('refuses a revision without a rationale, or before a vision is set', () => {
      const message = given([...programmeHistory, visionSet])
        .when(command('ReviseVision', { statement: 'v2', coAuthorIds: [SW1, MANAGER], rationale: ' ' }))
        .thenThrows(ValidationError, 'RationaleRequired');
      expect(message).toBe('A rationale is required when revising the vision');
      given(programmeHistory)
        .when(command('ReviseVision', { statement: 'v2', coAuthorIds: [SW1, MANAGER], rationale: 'r' }))
        .thenThrows(IllegalStateError, 'VisionRevisedOnceSet');
    });
  });

  it('defines a theory of change, and needs a rationale to redefine it', () => {
    const define = command('DefineTheoryOfChange', {
      problem: 'Paperwork',
      intendedChange: 'More direct work',
      assumptions: ['Forms can be shortened'],
    });
    const defined: ProgrammeEvent = {
      type: 'TheoryOfChangeDefined',
      data: {
        programmeId: P,
        problem: 'Paperwork',
        intendedChange: 'More direct work',
        assumptions: ['Forms can be shortened'],
        rationale: null,
      },
    };
    given(programmeHistory).when(define).then([defined]);
    given([...programmeHistory, defined])
      .when(define)
      .thenThrows(ValidationError, 'RationaleRequired');
  });

  it('adopts simple rules', () => {
    given(programmeHistory)
      .when(command('AdoptSimpleRule', { rule: 'Measure what matters' }))
      .then([{ type: 'SimpleRuleAdopted', data: { programmeId: P, rule: 'Measure what matters' } }]);
  });

  describe('teams and participants', () => {
    it('enrols a team once, with a known kind', () => {
      given(programmeHistory)
        .when(command('EnrolTeam', { teamId: 'team-cin', name: 'Children in need', kind: 'statutory' }))
        .then([
          {
            type: 'TeamEnrolled',
            data: { programmeId: P, teamId: 'team-cin', name: 'Children in need', kind: 'statutory' },
          },
        ]);
      given(programmeHistory)
        .when(command('EnrolTeam', { teamId: DUTY_TEAM, name: 'Duty', kind: 'statutory' }))
        .thenThrows(IllegalStateError, 'TeamEnrolsOnce');
      given(programmeHistory)
        .when(command('EnrolTeam', { teamId: 't', name: 'T', kind: 'virtual' as never }))
        .thenThrows(ValidationError, 'UnknownValue');
    });

    it('joins a participant with a role and level, in a team of the programme', () => {
      given(programmeHistory)
        .when(
          command('JoinParticipant', {
            participantId: 'person-new',
            teamId: DUTY_TEAM,
            role: 'practiceSupervisor',
            level: 'manager',
          }),
        )
        .then([
          {
            type: 'ParticipantJoined',
            data: {
              programmeId: P,
              participantId: 'person-new',
              teamId: DUTY_TEAM,
              role: 'practiceSupervisor',
              level: 'manager',
            },
          },
        ]);
      given(programmeHistory)
        .when(command('JoinParticipant', { participantId: SW1, role: 'socialWorker', level: 'practitioner' }))
        .thenThrows(IllegalStateError, 'ParticipantJoinsOnce');
      given(programmeHistory)
        .when(
          command('JoinParticipant', {
            participantId: 'p',
            teamId: 'team-x',
            role: 'socialWorker',
            level: 'practitioner',
          }),
        )
        .thenThrows(NotFoundError, 'TeamInProgramme');
      given(programmeHistory)
        .when(
          command('JoinParticipant', { participantId: 'p', role: 'socialWorker', level: 'boss' as never }),
        )
        .thenThrows(ValidationError, 'UnknownValue');
    });

    it('records a participant leaving, once', () => {
      given(programmeHistory)
        .when(command('RecordParticipantLeft', { participantId: SW1, reason: 'Moved team' }))
        .then([
          { type: 'ParticipantLeft', data: { programmeId: P, participantId: SW1, reason: 'Moved team' } },
        ]);
      given(programmeHistory)
        .when(command('RecordParticipantLeft', { participantId: LEFT }))
        .thenThrows(IllegalStateError, 'ParticipantActive');
    });
  });

  describe('outcomes and metrics', () => {
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

    it('defines outcomes and metrics', () => {
      given(programmeHistory)
        .when(command('DefineOutcome', { outcomeId: 'o2', title: 'Relationships' }))
        .then([
          { type: 'OutcomeDefined', data: { programmeId: P, outcomeId: 'o2', title: 'Relationships' } },
        ]);
      given(programmeHistory)
        .when(command('DefineMetric', metric))
        .then([{ type: 'MetricDefined', data: { programmeId: P, ...metric } }]);
    });

    it('refuses a metric for an unknown outcome, a duplicate, or without "how would we know"', () => {
      given(programmeHistory)
        .when(command('DefineMetric', { ...metric, outcomeId: 'nope' }))
        .thenThrows(NotFoundError, 'OutcomeInProgramme');
      given(programmeHistory)
        .when(command('DefineMetric', { ...metric, metricId: METRIC }))
        .thenThrows(IllegalStateError, 'MetricDefinedOnce');
      given(programmeHistory)
        .when(command('DefineMetric', { ...metric, howWouldWeKnow: '' }))
        .thenThrows(ValidationError, 'RequiredText');
      given(programmeHistory)
        .when(command('DefineMetric', { ...metric, baseline: Number.NaN }))
        .thenThrows(ValidationError, 'FiniteNumber');
      given(programmeHistory)
        .when(command('DefineOutcome', { outcomeId: OUTCOME, title: 'again' }))
        .thenThrows(IllegalStateError, 'OutcomeDefinedOnce');
    });
  });

  describe('phases', () => {
    it('starts a phase on its business date, and completes it with a summary', () => {
      given(programmeHistory)
        .when(command('StartPhase', { phaseId: 'vision' }, '2021-09-06'))
        .then([phaseStarted('vision', '2021-09-06')]);
      given([...programmeHistory, phaseStarted('vision', '2021-09-06')])
        .when(command('CompletePhase', { phaseId: 'vision', summary: 'Vision agreed' }, '2021-10-01'))
        .then([
          {
            type: 'PhaseCompleted',
            data: { programmeId: P, phaseId: 'vision', completedAt: '2021-10-01', summary: 'Vision agreed' },
          },
        ]);
    });

    it('refuses to complete a phase before it started, or one never started', () => {
      const message = given([...programmeHistory, phaseStarted('vision', '2021-09-06')])
        .when(command('CompletePhase', { phaseId: 'vision', summary: 's' }, '2021-09-01'))
        .thenThrows(ValidationError, 'PhaseCannotCompleteBeforeItStarts');
      expect(message).toBe('Phase "Vision" cannot complete on 2021-09-01, before it started (2021-09-06)');
      given(programmeHistory)
        .when(command('CompletePhase', { phaseId: 'vision', summary: 's' }))
        .thenThrows(IllegalStateError, 'PhaseCompletesOnceStarted');
    });

    it('refuses a phase that is unknown, already started, or starts before the programme', () => {
      given(programmeHistory)
        .when(command('StartPhase', { phaseId: 'nope' }))
        .thenThrows(NotFoundError, 'PhaseInProgramme');
      given([...programmeHistory, phaseStarted('vision', '2021-09-06')])
        .when(command('StartPhase', { phaseId: 'vision' }))
        .thenThrows(IllegalStateError, 'PhaseStartsOnce');
      given(programmeHistory)
        .when(command('StartPhase', { phaseId: 'vision' }, '2021-08-01'))
        .thenThrows(ValidationError, 'PhaseStartsWithinProgramme');
    });
  });

  it('closes with a summary', () => {
    given(programmeHistory)
      .when(command('CloseProgramme', { summary: 'Methodology written up' }, '2023-03-01'))
      .then([
        {
          type: 'ProgrammeClosed',
          data: { programmeId: P, closedAt: '2023-03-01', summary: 'Methodology written up' },
        },
      ]);
    given(programmeHistory)
      .when(command('CloseProgramme', { summary: '' }))
      .thenThrows(ValidationError, 'RequiredText');
  });
});
