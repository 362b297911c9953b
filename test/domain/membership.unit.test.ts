/** Teams over time: moves between teams, and co-ownership counted over who was there at the time. */
import { blueprintAggregate } from '../../src/domain/blueprint';
import type { BlueprintCommand } from '../../src/domain/blueprint/commands';
import type { BlueprintEvent } from '../../src/domain/blueprint/events';
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
  LOCAL_BARRIER,
  MANAGER,
  P,
  programmeFacts,
  programmeHistory,
  SW1,
} from './fixtures';
import { foldEvents, on, specFor, type Given } from './givenWhenThen';

const move = commandsOf<ProgrammeCommand>();
const givenProgramme = specFor(programmeAggregate, programmeFacts);

describe('a participant moves between teams', () => {
  it('records the team they left and the team they joined', () => {
    givenProgramme(programmeHistory)
      .when(move('MoveParticipantToTeam', { participantId: SW1, teamId: EXPLOITATION_TEAM, reason: 'Cover' }))
      .then([
        {
          type: 'ParticipantMovedTeam',
          data: {
            programmeId: P,
            participantId: SW1,
            fromTeamId: DUTY_TEAM,
            toTeamId: EXPLOITATION_TEAM,
            reason: 'Cover',
          },
        },
      ]);
  });

  it('refuses a move to their own team, to a team not enrolled, or of someone who left', () => {
    givenProgramme(programmeHistory)
      .when(move('MoveParticipantToTeam', { participantId: SW1, teamId: DUTY_TEAM }))
      .thenThrows(IllegalStateError, 'MoveToAnotherTeam');
    givenProgramme(programmeHistory)
      .when(move('MoveParticipantToTeam', { participantId: SW1, teamId: 'team-nowhere' }))
      .thenThrows(NotFoundError, 'TeamInProgramme');
    givenProgramme(programmeHistory)
      .when(move('MoveParticipantToTeam', { participantId: LEFT, teamId: EXPLOITATION_TEAM }))
      .thenThrows(IllegalStateError, 'ParticipantActive');
    givenProgramme(programmeHistory)
      .when(move('MoveParticipantToTeam', { participantId: 'person-nobody', teamId: EXPLOITATION_TEAM }))
      .thenThrows(NotFoundError, 'ParticipantInProgramme');
  });

  it('records a move without a reason as null, and a reason without surrounding spaces, up to its limit', () => {
    const moved = (reason: string | null) => ({
      type: 'ParticipantMovedTeam' as const,
      data: {
        programmeId: P,
        participantId: SW1,
        fromTeamId: DUTY_TEAM,
        toTeamId: EXPLOITATION_TEAM,
        reason,
      },
    });
    givenProgramme(programmeHistory)
      .when(move('MoveParticipantToTeam', { participantId: SW1, teamId: EXPLOITATION_TEAM }))
      .then([moved(null)]);
    givenProgramme(programmeHistory)
      .when(
        move('MoveParticipantToTeam', { participantId: SW1, teamId: EXPLOITATION_TEAM, reason: ' Cover ' }),
      )
      .then([moved('Cover')]);
    const message = givenProgramme(programmeHistory)
      .when(
        move('MoveParticipantToTeam', {
          participantId: SW1,
          teamId: EXPLOITATION_TEAM,
          reason: 'x'.repeat(501),
        }),
      )
      .thenThrows(ValidationError, 'TextTooLong');
    expect(message).toBe('reason must be at most 500 characters');
    givenProgramme(programmeHistory)
      .when(move('MoveParticipantToTeam', { participantId: SW1, teamId: EXPLOITATION_TEAM, reason: ' ' }))
      .thenThrows(ValidationError, 'RequiredText');
  });

  it('names who cannot move, in the sentence a recorder sees', () => {
    const unknown = givenProgramme(programmeHistory)
      .when(move('MoveParticipantToTeam', { participantId: 'person-nobody', teamId: EXPLOITATION_TEAM }))
      .thenThrows(NotFoundError, 'ParticipantInProgramme');
    expect(unknown).toBe('participant: person-nobody is not a participant of this programme');
    const left = givenProgramme(programmeHistory)
      .when(move('MoveParticipantToTeam', { participantId: LEFT, teamId: EXPLOITATION_TEAM }))
      .thenThrows(IllegalStateError, 'ParticipantActive');
    expect(left).toBe('participant: person-left has left the programme');
    const same = givenProgramme(programmeHistory)
      .when(move('MoveParticipantToTeam', { participantId: SW1, teamId: DUTY_TEAM }))
      .thenThrows(IllegalStateError, 'MoveToAnotherTeam');
    expect(same).toBe('Participant person-sw1 is already in team team-duty');
  });

  it('moves no earlier than the participant joined (business time)', () => {
    const joinedLate = on('2022-01-10', {
      type: 'ParticipantJoined',
      data: {
        programmeId: P,
        participantId: 'person-new',
        teamId: DUTY_TEAM,
        role: 'socialWorker',
        level: 'practitioner',
      },
    } as ProgrammeEvent);
    const message = givenProgramme([...programmeHistory, joinedLate])
      .when(
        move(
          'MoveParticipantToTeam',
          { participantId: 'person-new', teamId: EXPLOITATION_TEAM },
          '2022-01-03',
        ),
      )
      .thenThrows(ValidationError, 'ParticipantMovesWhileInProgramme');
    expect(message).toBe(
      'A participant cannot move team on 2022-01-03, before the step it follows (2022-01-10)',
    );
  });
});

describe('co-ownership across levels counts who was in the programme at the time', () => {
  const publish = commandsOf<BlueprintCommand>();
  const drafted: BlueprintEvent = {
    type: 'BlueprintDrafted',
    data: { programmeId: P, coOwnerIds: [SW1, MANAGER, DIRECTOR, 'person-leaver'] },
  };
  const added: BlueprintEvent = {
    type: 'BlueprintElementAdded',
    data: {
      programmeId: P,
      elementId: 'element-rota',
      kind: 'processChange',
      title: 'Rota',
      description: 'Weekly blocks',
      barrierIds: [LOCAL_BARRIER],
      ownerIds: [SW1],
      rationale: null,
      evidence: [],
    },
  };
  /** The practitioner co-owner joined on 1 October 2021 and left on 1 March 2022. */
  const withLeaver = (): Given<ProgrammeEvent>[] => [
    ...programmeHistory,
    on('2021-10-01', {
      type: 'ParticipantJoined',
      data: {
        programmeId: P,
        participantId: 'person-leaver',
        teamId: DUTY_TEAM,
        role: 'socialWorker',
        level: 'practitioner',
      },
    } as ProgrammeEvent),
    on('2022-03-01', {
      type: 'ParticipantLeft',
      data: { programmeId: P, participantId: 'person-leaver', reason: null },
    } as ProgrammeEvent),
  ];
  const facts = () => ({ ...programmeFacts(), programme: foldEvents(programmeAggregate, withLeaver()) });
  const givenBlueprint = (events: BlueprintEvent[]) => specFor(blueprintAggregate, facts)(events);
  const endorsedOn = (date: string) =>
    publish('PublishBlueprintVersion', { summary: 'First', endorsedBy: ['person-leaver', DIRECTOR] }, date);

  it('counts a practitioner who was there on the version’s date, though they have left since', () => {
    givenBlueprint([drafted, added])
      .when(endorsedOn('2022-02-14'))
      .then([
        {
          type: 'BlueprintVersionPublished',
          data: { programmeId: P, version: 1, summary: 'First', endorsedBy: ['person-leaver', DIRECTOR] },
        },
      ]);
  });

  it('counts a participant on the day they joined and on the day before they left', () => {
    for (const date of ['2021-10-01', '2022-02-28'])
      givenBlueprint([drafted, added])
        .when(endorsedOn(date))
        .then([
          {
            type: 'BlueprintVersionPublished',
            data: { programmeId: P, version: 1, summary: 'First', endorsedBy: ['person-leaver', DIRECTOR] },
          },
        ]);
  });

  it('refuses an endorser who was never a participant', () => {
    const message = givenBlueprint([drafted, added])
      .when(
        publish(
          'PublishBlueprintVersion',
          { summary: 'First', endorsedBy: ['person-nobody', DIRECTOR] },
          '2022-02-14',
        ),
      )
      .thenThrows(NotFoundError, 'ParticipantInProgramme');
    expect(message).toBe('endorsed by: person-nobody is not a participant of this programme');
  });

  it('does not count a participant who had left by then, nor one who had not joined yet', () => {
    const message = givenBlueprint([drafted, added])
      .when(endorsedOn('2022-03-01'))
      .thenThrows(ValidationError, 'EndorsersInProgrammeAtTheTime');
    expect(message).toBe(
      'endorsed by: participant person-leaver was not in the programme on 2022-03-01 (they had left, or not yet joined), so they do not count',
    );
    givenBlueprint([drafted, added])
      .when(endorsedOn('2021-09-30'))
      .thenThrows(ValidationError, 'EndorsersInProgrammeAtTheTime');
  });
});
