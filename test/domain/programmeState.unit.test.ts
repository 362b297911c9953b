/**
 * The programme's state as folded from its events (what later decisions read), and who was in the
 * programme on a date (membership over time, read from the dated steps).
 */
import { programmeAggregate } from '../../src/domain/programme';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { inProgrammeOn, levelsOn, requireParticipantsOn } from '../../src/domain/programme/membership';
import type { ProgrammeDetails } from '../../src/domain/programme/state';
import { NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { DUTY_TEAM, EXPLOITATION_TEAM, launched, P } from './fixtures';
import { foldEvents, on, type Given } from './givenWhenThen';

const joined = (participantId: string, teamId: string | null, level = 'practitioner') =>
  ({
    type: 'ParticipantJoined',
    data: { programmeId: P, participantId, teamId, role: 'socialWorker', level },
  }) as ProgrammeEvent;
const metric = {
  metricId: 'metric-visits',
  outcomeId: 'outcome-visits',
  name: 'Visits',
  unit: 'visits',
  direction: 'higherIsBetter' as const,
  baseline: 3,
  target: 5,
  cadence: 'weekly',
  howWouldWeKnow: 'Case records',
};

const history: Given<ProgrammeEvent>[] = [
  launched,
  { type: 'TeamEnrolled', data: { programmeId: P, teamId: DUTY_TEAM, name: 'Duty', kind: 'statutory' } },
  on('2021-09-02', {
    type: 'TeamEnrolled',
    data: { programmeId: P, teamId: EXPLOITATION_TEAM, name: 'Exploitation', kind: 'specialist' },
  }),
  on('2021-09-03', joined('person-a', DUTY_TEAM)),
  on('2021-09-04', joined('person-b', null, 'seniorLeader')),
  on('2021-09-05', {
    type: 'ParticipantMovedTeam',
    data: {
      programmeId: P,
      participantId: 'person-a',
      fromTeamId: DUTY_TEAM,
      toTeamId: EXPLOITATION_TEAM,
      reason: null,
    },
  }),
  on('2021-09-06', {
    type: 'ParticipantLeft',
    data: { programmeId: P, participantId: 'person-b', reason: null },
  }),
  on('2021-09-06', {
    type: 'ParticipantLeft',
    data: { programmeId: P, participantId: 'person-ghost', reason: null },
  }),
  on('2021-09-07', {
    type: 'OutcomeDefined',
    data: { programmeId: P, outcomeId: 'outcome-visits', title: 'More visits' },
  }),
  on('2021-09-08', { type: 'MetricDefined', data: { programmeId: P, ...metric } }),
  on('2021-09-09', {
    type: 'TheoryOfChangeDefined',
    data: { programmeId: P, problem: 'p', intendedChange: 'i', assumptions: [], rationale: null },
  }),
  on('2021-09-10', {
    type: 'VisionSet',
    data: { programmeId: P, statement: 'v1', coAuthorIds: ['person-a', 'person-b'] },
  }),
  on('2021-09-11', {
    type: 'VisionRevised',
    data: { programmeId: P, statement: 'v2', coAuthorIds: ['person-b', 'person-a'], rationale: 'r' },
  }),
  on('2021-09-12', { type: 'SimpleRuleAdopted', data: { programmeId: P, rule: 'Ask families' } }),
  on('2021-09-13', {
    type: 'PhaseStarted',
    data: { programmeId: P, phaseId: 'vision', startedAt: '2021-09-13' },
  }),
];
const steps: [string, string, string][] = [
  ['ProgrammeLaunched', 'ProgrammeLaunched', '2021-09-01'],
  ['TeamEnrolled', 'TeamEnrolled', '2021-09-01'],
  ['TeamEnrolled', 'TeamEnrolled', '2021-09-02'],
  ['ParticipantJoined', 'participant:person-a', '2021-09-03'],
  ['ParticipantJoined', 'participant:person-b', '2021-09-04'],
  ['ParticipantMovedTeam', 'participant:person-a', '2021-09-05'],
  ['ParticipantLeft', 'participant:person-b', '2021-09-06'],
  ['ParticipantLeft', 'participant:person-ghost', '2021-09-06'],
  ['OutcomeDefined', 'OutcomeDefined', '2021-09-07'],
  ['MetricDefined', 'MetricDefined', '2021-09-08'],
  ['TheoryOfChangeDefined', 'TheoryOfChangeDefined', '2021-09-09'],
  ['VisionSet', 'vision', '2021-09-10'],
  ['VisionRevised', 'vision', '2021-09-11'],
  ['SimpleRuleAdopted', 'SimpleRuleAdopted', '2021-09-12'],
  ['PhaseStarted', 'phase:vision', '2021-09-13'],
];
const phases = (first: object) => [
  { phaseId: 'vision', name: 'Vision', ...first },
  { phaseId: 'smallChanges', name: 'Small changes', status: 'NotStarted' },
  { phaseId: 'sensemakingAndBlueprint', name: 'Sensemaking and blueprint', status: 'NotStarted' },
  { phaseId: 'testAndLearn', name: 'Test and learn', status: 'NotStarted' },
  { phaseId: 'methodologyAndSpread', name: 'Methodology and spread', status: 'NotStarted' },
];
const fold = (events: readonly Given<ProgrammeEvent>[]) => foldEvents(programmeAggregate, events);

describe('The programme’s state', () => {
  it('is none until launched, whatever comes first', () => {
    expect(fold([{ type: 'SimpleRuleAdopted', data: { programmeId: P, rule: 'r' } }])).toEqual({
      status: 'None',
    });
  });

  it('starts with what the launch names, and nothing else yet', () => {
    expect(fold([launched])).toEqual({
      status: 'Active',
      id: P,
      name: 'Fenmoor time with families',
      localAuthority: 'Fenmoor County Council',
      startDate: '2021-09-01',
      smallChangeTarget: { count: 10, withinWeeks: 8 },
      phases: phases({ status: 'NotStarted' }),
      vision: null,
      hasTheoryOfChange: false,
      teams: {},
      participants: {},
      outcomes: {},
      metrics: {},
      steps: [
        {
          eventId: 'event-1',
          occurredAt: '2021-09-01',
          type: 'ProgrammeLaunched',
          thread: 'ProgrammeLaunched',
        },
      ],
    });
  });

  it('holds teams, participants (moved, left; a stranger leaving changes nothing), outcomes, metrics, vision, phases and every step', () => {
    expect(fold(history)).toEqual({
      status: 'Active',
      id: P,
      name: 'Fenmoor time with families',
      localAuthority: 'Fenmoor County Council',
      startDate: '2021-09-01',
      smallChangeTarget: { count: 10, withinWeeks: 8 },
      phases: phases({ status: 'Started', startedAt: '2021-09-13' }),
      vision: { statement: 'v2', coAuthorIds: ['person-b', 'person-a'] },
      hasTheoryOfChange: true,
      teams: {
        [DUTY_TEAM]: { name: 'Duty', kind: 'statutory' },
        [EXPLOITATION_TEAM]: { name: 'Exploitation', kind: 'specialist' },
      },
      participants: {
        'person-a': {
          participantId: 'person-a',
          teamId: EXPLOITATION_TEAM,
          role: 'socialWorker',
          level: 'practitioner',
          active: true,
        },
        'person-b': {
          participantId: 'person-b',
          teamId: null,
          role: 'socialWorker',
          level: 'seniorLeader',
          active: false,
        },
      },
      outcomes: { 'outcome-visits': { title: 'More visits' } },
      metrics: { 'metric-visits': metric },
      steps: steps.map(([type, thread, occurredAt], index) => ({
        eventId: `event-${index + 1}`,
        occurredAt,
        type,
        thread,
      })),
    });
  });

  it('is closed once closed, keeping the close as a step', () => {
    const state = fold([
      launched,
      on('2023-03-01', {
        type: 'ProgrammeClosed',
        data: { programmeId: P, closedAt: '2023-03-01', summary: 's' },
      }),
    ]);
    expect(state.status).toBe('Closed');
    expect(state.status !== 'None' && state.steps[1]).toEqual({
      eventId: 'event-2',
      occurredAt: '2023-03-01',
      type: 'ProgrammeClosed',
      thread: 'ProgrammeClosed',
    });
  });

  it('moves a corrected step’s date, and a corrected step that is no phase leaves the phases alone', () => {
    const corrected: ProgrammeEvent = {
      type: 'OccurredDateCorrected',
      data: {
        programmeId: P,
        item: { kind: 'programme', id: P },
        eventId: 'event-4',
        eventType: 'ParticipantJoined',
        wrongOccurredAt: '2021-09-03',
        correctOccurredAt: '2021-09-02',
        rationale: 'r',
        followers: [],
      },
    };
    const state = fold([...history, corrected]) as ProgrammeDetails;
    expect(state.steps.map((step) => step.occurredAt).slice(2, 5)).toEqual([
      '2021-09-02',
      '2021-09-02',
      '2021-09-04',
    ]);
    expect(state.steps).toHaveLength(15);
    expect(state.phases).toEqual(phases({ status: 'Started', startedAt: '2021-09-13' }));
  });

  it('keeps its steps and phases as they were when a correction points at no step of it', () => {
    const stray: ProgrammeEvent = {
      type: 'OccurredDateCorrected',
      data: {
        programmeId: P,
        item: { kind: 'programme', id: P },
        eventId: 'event-elsewhere',
        eventType: 'PhaseStarted',
        wrongOccurredAt: '2021-09-13',
        correctOccurredAt: '2021-09-14',
        rationale: 'r',
        followers: [],
      },
    };
    expect(fold([...history, stray])).toEqual(fold(history));
  });
});

const membership: Given<ProgrammeEvent>[] = [
  launched,
  on('2021-10-01', joined('person-a', DUTY_TEAM)),
  on('2022-03-01T12:00:00Z', {
    type: 'ParticipantLeft',
    data: { programmeId: P, participantId: 'person-a', reason: null },
  }),
  on('2021-09-15', joined('person-b', null, 'manager')),
  on('2021-11-01', {
    type: 'ParticipantMovedTeam',
    data: { programmeId: P, participantId: 'person-b', fromTeamId: null, toTeamId: DUTY_TEAM, reason: null },
  }),
];
const programme = fold(membership) as ProgrammeDetails;

describe('Who was in the programme on a date', () => {
  it.each([
    ['the day before they joined', 'person-a', '2021-09-30', false],
    ['the day they joined', 'person-a', '2021-10-01', true],
    ['while in the programme', 'person-a', '2022-01-10', true],
    ['the morning of the day they left', 'person-a', '2022-03-01T09:00:00Z', true],
    ['the moment they left', 'person-a', '2022-03-01T12:00:00Z', false],
    ['the day they left', 'person-a', '2022-03-01', false],
    ['after they left', 'person-a', '2022-04-01', false],
    ['after a move of team, which is no leaving', 'person-b', '2022-04-01', true],
    ['someone who never joined', 'person-nobody', '2022-01-10', false],
  ])('%s: %s on %s is %s', (_what, id, date, expected) => {
    expect(inProgrammeOn(programme, id, date)).toBe(expected);
  });

  it('returns the participants who were there, and their levels', () => {
    const found = requireParticipantsOn(programme, ['person-a', 'person-b'], '2022-01-10', 'Rule', 'owners');
    expect(found.map((participant) => participant.participantId)).toEqual(['person-a', 'person-b']);
    expect(levelsOn(found)).toEqual(new Set(['practitioner', 'manager']));
  });

  it('refuses, with the caller’s rule and field, someone not there on the date (named by its day)', () => {
    let caught: unknown;
    try {
      requireParticipantsOn(
        programme,
        ['person-b', 'person-a'],
        '2022-03-02T08:00:00Z',
        'OwnersThen',
        'owners',
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(caught).toMatchObject({
      rule: 'OwnersThen',
      message:
        'owners: participant person-a was not in the programme on 2022-03-02 (they had left, or not yet joined), so they do not count',
    });
  });

  it('refuses someone who never was a participant', () => {
    const run = () =>
      requireParticipantsOn(programme, ['person-nobody'], '2022-01-10', 'OwnersThen', 'owners');
    expect(run).toThrow(NotFoundError);
    expect(run).toThrow(
      expect.objectContaining({
        rule: 'ParticipantInProgramme',
        message: 'owners: person-nobody is not a participant of this programme',
      }),
    );
  });
});
