/**
 * How the programme aggregate is wired (its stream, command types, target, references and the
 * thread each fact is dated in), and what it refuses when the programme is not open or a fact is
 * dated before the programme starts.
 */
import { programmeAggregate, programmeStream } from '../../src/domain/programme';
import type { ProgrammeCommand } from '../../src/domain/programme/commands';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { programmeTime } from '../../src/domain/programme/time';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { commandsOf, P, programmeFacts, programmeHistory, SW1 } from './fixtures';
import { specFor, type Given } from './givenWhenThen';

const given = specFor(programmeAggregate, programmeFacts);
const command = commandsOf<ProgrammeCommand>();
const H = programmeHistory;
const V = ValidationError;
const I = IllegalStateError;
const N = NotFoundError;
type ErrorClass = typeof V | typeof I | typeof N;
const enrol = command('EnrolTeam', { teamId: 'team-cin', name: 'Children in need', kind: 'statutory' });
const closed: ProgrammeEvent = {
  type: 'ProgrammeClosed',
  data: { programmeId: P, closedAt: '2023-03-01', summary: 'Done' },
};
const BEFORE_START =
  'before the programme starts on 2021-09-01; only a baseline measurement or survey round, declared as one, may come before the start';

describe('Recording on a programme that is not open, or before it starts', () => {
  it.each<[string, readonly Given<ProgrammeEvent>[], ProgrammeCommand, ErrorClass, string]>([
    ['No programme has been launched with this id', [], enrol, N, 'ProgrammeExists'],
    [
      'Programme "Fenmoor time with families" is closed: nothing more can be recorded in it',
      [...H, closed],
      enrol,
      I,
      'ClosedProgrammeRecordsNothing',
    ],
    [
      `What you are recording is dated 2021-08-31, ${BEFORE_START}`,
      H,
      command('EnrolTeam', enrol.data, '2021-08-31'),
      V,
      'NotBeforeProgrammeStart',
    ],
    [
      'Phase "Vision" cannot start on 2021-08-31T23:00:00Z, before the programme starts (2021-09-01)',
      H,
      command('StartPhase', { phaseId: 'vision' }, '2021-08-31T23:00:00Z'),
      V,
      'PhaseStartsWithinProgramme',
    ],
  ])('refuses: %s', (message, history, cmd, error, rule) => {
    expect(given(history).when(cmd).thenThrows(error, rule)).toBe(message);
  });
});

describe('The programme aggregate', () => {
  it('lives in the programme stream, addressed by the programme id, refers to no other stream', () => {
    expect(programmeAggregate.category).toBe('programme');
    expect(programmeStream('fenmoor')).toBe('programme-fenmoor');
    expect(programmeStream(P)).toBe(P);
    const enrol = command('EnrolTeam', { teamId: 't', name: 'T', kind: 'statutory' });
    expect(programmeAggregate.targetId(enrol)).toBe(P);
    expect(programmeAggregate.references(enrol, programmeAggregate.initialState)).toEqual([]);
    expect(programmeAggregate.initialState).toEqual({ status: 'None' });
    expect(programmeAggregate.time).toBe(programmeTime);
  });

  it('takes every programme command', () => {
    expect(programmeAggregate.commandTypes).toEqual([
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
    ]);
  });

  it('dates each fact in its own thread: the vision, each phase, each participant, or its own kind', () => {
    const thread = (event: object) => programmeTime.thread(event as ProgrammeEvent);
    const data = { programmeId: P, phaseId: 'vision', participantId: SW1 };
    expect(
      ['VisionSet', 'VisionRevised', 'PhaseStarted', 'PhaseCompleted'].map((type) => thread({ type, data })),
    ).toEqual(['vision', 'vision', 'phase:vision', 'phase:vision']);
    expect(
      ['ParticipantJoined', 'ParticipantLeft', 'ParticipantMovedTeam'].map((type) => thread({ type, data })),
    ).toEqual(['participant:person-sw1', 'participant:person-sw1', 'participant:person-sw1']);
    expect(['TeamEnrolled', 'ProgrammeClosed'].map((type) => thread({ type, data }))).toEqual([
      'TeamEnrolled',
      'ProgrammeClosed',
    ]);
  });
});
