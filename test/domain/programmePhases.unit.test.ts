/**
 * Phases of a programme, every transition allowed and refused, with the sentence a person sees; and
 * the business-time order of the programme's own steps (vision revisions, phases, participants),
 * including when a wrong date is corrected.
 */
import { programmeAggregate } from '../../src/domain/programme';
import type { ProgrammeCommand } from '../../src/domain/programme/commands';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { commandsOf, DIRECTOR, DUTY_TEAM, P, programmeFacts, programmeHistory, SW1 } from './fixtures';
import { on, specFor, type Given } from './givenWhenThen';

const given = specFor(programmeAggregate, programmeFacts);
const command = commandsOf<ProgrammeCommand>();
const H = programmeHistory;

const started = (at = '2021-09-06', phaseId = 'vision'): Given<ProgrammeEvent> =>
  on(at, { type: 'PhaseStarted', data: { programmeId: P, phaseId, startedAt: at } }, `start-${phaseId}`);
const completed = (at = '2021-10-01', phaseId = 'vision'): Given<ProgrammeEvent> =>
  on(
    at,
    { type: 'PhaseCompleted', data: { programmeId: P, phaseId, completedAt: at, summary: 'Done' } },
    `done-${phaseId}`,
  );
const start = (at: string, phaseId = 'vision') => command('StartPhase', { phaseId }, at);
const complete = (at: string, summary = 'Vision agreed', phaseId = 'vision') =>
  command('CompletePhase', { phaseId, summary }, at);

const phaseStarted = (startedAt: string, phaseId = 'vision'): ProgrammeEvent => ({
  type: 'PhaseStarted',
  data: { programmeId: P, phaseId, startedAt },
});
const phaseCompleted = (completedAt: string, summary = 'Vision agreed'): ProgrammeEvent => ({
  type: 'PhaseCompleted',
  data: { programmeId: P, phaseId: 'vision', completedAt, summary },
});

type ErrorClass = typeof ValidationError | typeof IllegalStateError | typeof NotFoundError;
type Row = [string, readonly Given<ProgrammeEvent>[], ProgrammeCommand, ErrorClass, string, string];
const refuses = (...[, history, cmd, error, rule, message]: Row) => {
  expect(given(history).when(cmd).thenThrows(error, rule)).toBe(message);
};

describe('Phase transitions that are refused', () => {
  it.each<Row>([
    [
      'starting a phase the programme does not have',
      H,
      start('2021-09-06', 'discovery'),
      NotFoundError,
      'PhaseInProgramme',
      "Phase discovery is not one of this programme's phases",
    ],
    [
      'completing a phase the programme does not have',
      H,
      complete('2021-09-06', 's', 'discovery'),
      NotFoundError,
      'PhaseInProgramme',
      "Phase discovery is not one of this programme's phases",
    ],
    [
      'starting a started phase',
      [...H, started()],
      start('2021-09-07'),
      IllegalStateError,
      'PhaseStartsOnce',
      'Phase "Vision" has already started',
    ],
    [
      'starting a completed phase',
      [...H, started(), completed()],
      start('2021-10-02'),
      IllegalStateError,
      'PhaseStartsOnce',
      'Phase "Vision" has already started',
    ],
    [
      'completing a phase never started',
      H,
      complete('2021-10-01'),
      IllegalStateError,
      'PhaseCompletesOnceStarted',
      'Phase "Vision" is NotStarted; only a started phase can complete',
    ],
    [
      'completing a phase twice',
      [...H, started(), completed()],
      complete('2021-10-02'),
      IllegalStateError,
      'PhaseCompletesOnceStarted',
      'Phase "Vision" is Completed; only a started phase can complete',
    ],
    [
      'completing a phase an hour before it started',
      [...H, started('2021-09-06T10:00:00Z')],
      complete('2021-09-06T09:00:00Z'),
      ValidationError,
      'PhaseCannotCompleteBeforeItStarts',
      'Phase "Vision" cannot complete on 2021-09-06T09:00:00Z, before it started (2021-09-06T10:00:00Z)',
    ],
    [
      'completing a phase without a summary',
      [...H, started()],
      complete('2021-10-01', ' '),
      ValidationError,
      'RequiredText',
      'summary must not be empty',
    ],
    [
      'starting a phase the day before the programme',
      H,
      start('2021-08-31'),
      ValidationError,
      'PhaseStartsWithinProgramme',
      'Phase "Vision" cannot start on 2021-08-31, before the programme starts (2021-09-01)',
    ],
  ])('refuses %s', refuses);
});

describe('Phase transitions that are allowed', () => {
  it('starts a phase on the day the programme starts, even at midnight', () => {
    given(H)
      .when(start('2021-09-01'))
      .then([phaseStarted('2021-09-01')]);
    given(H)
      .when(start('2021-09-01T00:00:00Z'))
      .then([phaseStarted('2021-09-01T00:00:00Z')]);
  });

  it('starts a phase while another is under way, each phase on its own', () => {
    given([...H, started()])
      .when(start('2021-09-07', 'smallChanges'))
      .then([phaseStarted('2021-09-07', 'smallChanges')]);
  });

  it('completes a phase on the day, and at the very time, it started; the summary is trimmed', () => {
    given([...H, started()])
      .when(complete('2021-09-06', ' Vision agreed '))
      .then([phaseCompleted('2021-09-06')]);
    given([...H, started('2021-09-06T10:00:00Z')])
      .when(complete('2021-09-06T10:00:00Z'))
      .then([phaseCompleted('2021-09-06T10:00:00Z')]);
  });

  it('folds each phase’s status and dates, which the next decision reads', () => {
    const { state } = given([...H, started(), completed(), started('2021-10-02', 'smallChanges')]);
    expect(state.status !== 'None' && state.phases).toEqual([
      {
        phaseId: 'vision',
        name: 'Vision',
        status: 'Completed',
        startedAt: '2021-09-06',
        completedAt: '2021-10-01',
      },
      { phaseId: 'smallChanges', name: 'Small changes', status: 'Started', startedAt: '2021-10-02' },
      { phaseId: 'sensemakingAndBlueprint', name: 'Sensemaking and blueprint', status: 'NotStarted' },
      { phaseId: 'testAndLearn', name: 'Test and learn', status: 'NotStarted' },
      { phaseId: 'methodologyAndSpread', name: 'Methodology and spread', status: 'NotStarted' },
    ]);
  });
});

const visionSet = (at: string): Given<ProgrammeEvent> =>
  on(at, { type: 'VisionSet', data: { programmeId: P, statement: 'v1', coAuthorIds: [SW1, DIRECTOR] } });
const revise = (at: string) =>
  command('ReviseVision', { statement: 'v2', coAuthorIds: [SW1, DIRECTOR], rationale: 'Families asked' }, at);
const joinedLate = on('2022-01-10', {
  type: 'ParticipantJoined',
  data: { programmeId: P, participantId: 'person-new', teamId: DUTY_TEAM, role: 'coach', level: 'external' },
} as ProgrammeEvent);

describe('The programme’s steps keep their order in business time', () => {
  it.each<Row>([
    [
      'revising the vision before it was set',
      [...H, visionSet('2021-10-01')],
      revise('2021-09-15'),
      ValidationError,
      'VisionRevisionsInOrder',
      'The vision cannot be revised on 2021-09-15, before the step it follows (2021-10-01)',
    ],
    [
      'a participant leaving before they joined',
      [...H, joinedLate],
      command('RecordParticipantLeft', { participantId: 'person-new' }, '2022-01-03'),
      ValidationError,
      'ParticipantLeavesAfterJoining',
      'A participant cannot leave on 2022-01-03, before the step it follows (2022-01-10)',
    ],
  ])('refuses %s', refuses);

  it('revises the vision on the day it was set', () => {
    given([...H, visionSet('2021-10-01')])
      .when(revise('2021-10-01'))
      .then([
        {
          type: 'VisionRevised',
          data: {
            programmeId: P,
            statement: 'v2',
            coAuthorIds: [SW1, DIRECTOR],
            rationale: 'Families asked',
          },
        },
      ]);
  });

  it('keeps no order between different participants, nor among simple rules', () => {
    given([...H, joinedLate])
      .when(command('RecordParticipantLeft', { participantId: SW1 }, '2021-12-01'))
      .then([{ type: 'ParticipantLeft', data: { programmeId: P, participantId: SW1, reason: null } }]);
    const rule = on<ProgrammeEvent>('2021-12-01', {
      type: 'SimpleRuleAdopted',
      data: { programmeId: P, rule: 'First' },
    });
    given([...H, rule])
      .when(command('AdoptSimpleRule', { rule: 'Second' }, '2021-10-01'))
      .then([{ type: 'SimpleRuleAdopted', data: { programmeId: P, rule: 'Second' } }]);
  });

  it('lets a participant leave on the day they joined', () => {
    given([...H, joinedLate])
      .when(command('RecordParticipantLeft', { participantId: 'person-new' }, '2022-01-10'))
      .then([
        { type: 'ParticipantLeft', data: { programmeId: P, participantId: 'person-new', reason: null } },
      ]);
  });
});

const correct = (eventId: string, correctOccurredAt: string, rationale = 'Typed the wrong day') =>
  command('CorrectProgrammeDate', { eventId, correctOccurredAt, rationale });

describe('Correcting the date of a programme step', () => {
  it('records the correction against the programme, naming the step and both dates', () => {
    given([...H, started()])
      .when(correct('start-vision', '2021-09-07', ' Typed the wrong day '))
      .then([
        {
          type: 'OccurredDateCorrected',
          data: {
            programmeId: P,
            item: { kind: 'programme', id: P },
            eventId: 'start-vision',
            eventType: 'PhaseStarted',
            wrongOccurredAt: '2021-09-06',
            correctOccurredAt: '2021-09-07',
            rationale: 'Typed the wrong day',
            followers: [],
          },
        },
      ]);
  });

  it.each<Row>([
    [
      'an event that is not a step of the programme',
      H,
      correct('event-nope', '2021-09-07'),
      NotFoundError,
      'CorrectionPointsAtRecordedEvent',
      'Event event-nope is not a recorded step of programme programme-fenmoor; give the eventId of the journey entry to correct',
    ],
    [
      'a phase start moved before the programme starts',
      [...H, started()],
      correct('start-vision', '2021-08-31'),
      ValidationError,
      'NotBeforeProgrammeStart',
      'The PhaseStarted being corrected is dated 2021-08-31, before the programme starts on 2021-09-01; only a baseline measurement or survey round, declared as one, may come before the start',
    ],
    [
      'a completion moved before the phase started',
      [...H, started(), completed()],
      correct('done-vision', '2021-09-03'),
      ValidationError,
      'PhaseCannotCompleteBeforeItStarts',
      'Phase vision cannot complete on 2021-09-03, before it started (2021-09-06)',
    ],
    [
      'a start moved after the phase completed',
      [...H, started(), completed()],
      correct('start-vision', '2021-10-02'),
      ValidationError,
      'PhaseCannotCompleteBeforeItStarts',
      'Phase vision cannot complete on 2021-10-01, before it started (2021-10-02)',
    ],
  ])('refuses %s', refuses);

  it('moves the phase’s start and completion dates, which later decisions go by', () => {
    const moved = (eventId: string, wrong: string, right: string): Given<ProgrammeEvent> => ({
      type: 'OccurredDateCorrected',
      data: {
        programmeId: P,
        item: { kind: 'programme', id: P },
        eventId,
        eventType: eventId.startsWith('start') ? 'PhaseStarted' : 'PhaseCompleted',
        wrongOccurredAt: wrong,
        correctOccurredAt: right,
        rationale: 'r',
        followers: [],
      },
    });
    const history = [...H, started(), completed(), moved('start-vision', '2021-09-06', '2021-09-08')];
    const { state } = given([...history, moved('done-vision', '2021-10-01', '2021-10-04')]);
    expect(state.status !== 'None' && state.phases[0]).toEqual({
      phaseId: 'vision',
      name: 'Vision',
      status: 'Completed',
      startedAt: '2021-09-08',
      completedAt: '2021-10-04',
    });
    const late = [...H, started(), moved('start-vision', '2021-09-06', '2021-09-20')];
    expect(
      given(late)
        .when(complete('2021-09-10'))
        .thenThrows(ValidationError, 'PhaseCannotCompleteBeforeItStarts'),
    ).toBe('Phase "Vision" cannot complete on 2021-09-10, before it started (2021-09-20)');
  });
});
