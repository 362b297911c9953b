/**
 * The exact refusals a person sees when a blueprint is changed wrongly (the error's class, its rule
 * and the whole sentence, naming the field, element or version it is about), and the exact event
 * each accepted change records: trimmed texts, defaults, version numbers, the elements a derived
 * blueprint copies.
 */
import { blueprintAggregate } from '../../src/domain/blueprint';
import type { BlueprintCommand } from '../../src/domain/blueprint/commands';
import type { BlueprintEvent } from '../../src/domain/blueprint/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import {
  DIRECTOR,
  LEFT,
  LOCAL_BARRIER,
  MANAGER,
  NATIONAL_BARRIER,
  P,
  programmeFacts,
  SW1,
  SW2,
} from './fixtures';
import { added, command, content, drafted, ELEMENT as E, v1 } from './blueprintSetup';
import { specFor, type Given } from './givenWhenThen';

const given = specFor(blueprintAggregate, programmeFacts);
const NOBODY = 'person-nobody';

type Data = Record<string, unknown>;
const add = (data: Data = {}) =>
  command('AddBlueprintElement', { elementId: 'element-2', ...content, ...data } as never);
const revise = (data: Data = {}) =>
  command('ReviseBlueprintElement', { elementId: E, ...content, ...data } as never);
const publish = (data: Data = {}) =>
  command('PublishBlueprintVersion', { summary: 'Second', endorsedBy: [SW1, DIRECTOR], ...data } as never);

type ErrorClass = typeof ValidationError | typeof IllegalStateError | typeof NotFoundError;
type Refusal = [string, readonly Given<BlueprintEvent>[], BlueprintCommand, ErrorClass, string, string];

const refuses = (cases: Refusal[]) =>
  it.each(cases)('%s', (_name, events, cmd, errorClass, rule, message) => {
    expect(given(events).when(cmd).thenThrows(errorClass, rule)).toBe(message);
  });

describe('blueprint refusals, word for word', () => {
  describe('a change needs a blueprint', () => {
    const none = 'This programme has no blueprint yet: draft or derive one first';
    const commands: BlueprintCommand[] = [
      command('AddBlueprintCoOwner', { participantId: SW2 }),
      add(),
      revise(),
      command('RemoveBlueprintElement', { elementId: E, rationale: 'r' }),
      publish(),
      command('CorrectBlueprintDate', {
        eventId: 'event-1',
        correctOccurredAt: '2021-10-01',
        rationale: 'r',
      }),
      command('StartElementImplementation', { elementId: E }),
    ];
    it.each(commands.map((cmd) => [cmd.type, cmd] as const))('%s', (_type, cmd) => {
      expect(given([]).when(cmd).thenThrows(NotFoundError, 'BlueprintDrafted')).toBe(none);
    });
  });

  describe('drafting and deriving', () => {
    const already = 'This programme already has a blueprint';
    const derive = command('DeriveBlueprint', {
      coOwnerIds: [SW1],
      sourceProgrammeId: 'programme-other',
      sourceVersion: 1,
    });
    const draft = (coOwnerIds: string[]) => command('DraftBlueprint', { coOwnerIds });
    refuses([
      ['drafted twice', [drafted], draft([SW1]), IllegalStateError, 'OneBlueprintPerProgramme', already],
      ['derived after a draft', [drafted], derive, IllegalStateError, 'OneBlueprintPerProgramme', already],
      [
        'no co-owner',
        [],
        draft([]),
        ValidationError,
        'AtLeastOneRequired',
        'co-owners needs at least one entry',
      ],
      [
        'a co-owner twice',
        [],
        draft([SW1, SW1]),
        ValidationError,
        'NoDuplicates',
        'co-owners lists the same entry more than once',
      ],
      [
        'a stranger as co-owner',
        [],
        draft([SW1, NOBODY]),
        NotFoundError,
        'ParticipantInProgramme',
        'co-owners: person-nobody is not a participant of this programme',
      ],
      [
        'a leaver as co-owner',
        [],
        draft([LEFT]),
        IllegalStateError,
        'ParticipantActive',
        'co-owners: participant person-left has left the programme',
      ],
      [
        'derived from its own programme',
        [],
        { ...derive, data: { ...derive.data, sourceProgrammeId: P } },
        ValidationError,
        'DeriveFromAnotherProgramme',
        'A blueprint is derived from another programme, not from itself',
      ],
      [
        'derived from a programme without a blueprint',
        [],
        derive,
        NotFoundError,
        'DeriveFromPublishedVersion',
        'Programme programme-other has no published blueprint version 1',
      ],
    ]);

    it('records the co-owners as given', () => {
      given([])
        .when(draft([DIRECTOR, SW1]))
        .then([{ type: 'BlueprintDrafted', data: { programmeId: P, coOwnerIds: [DIRECTOR, SW1] } }]);
    });
  });

  describe('adding, revising and removing elements', () => {
    const long = (n: number) => 'x'.repeat(n);
    refuses([
      [
        'an id in use',
        [drafted, added],
        add({ elementId: E }),
        IllegalStateError,
        'IdNotInUse',
        'Element element-duty-rota already exists in this blueprint',
      ],
      [
        'no barrier',
        [drafted],
        add({ barrierIds: [] }),
        ValidationError,
        'AtLeastOneRequired',
        'barriers addressed needs at least one entry',
      ],
      [
        'a barrier twice',
        [drafted],
        add({ barrierIds: [LOCAL_BARRIER, LOCAL_BARRIER] }),
        ValidationError,
        'NoDuplicates',
        'barriers addressed lists the same entry more than once',
      ],
      [
        'an unknown barrier',
        [drafted],
        add({ barrierIds: [LOCAL_BARRIER, 'barrier-x'] }),
        NotFoundError,
        'BarrierInProgramme',
        'Barrier barrier-x has not been identified in this programme',
      ],
      [
        'no owner',
        [drafted],
        add({ ownerIds: [] }),
        ValidationError,
        'AtLeastOneRequired',
        'element owners needs at least one entry',
      ],
      [
        'a stranger as owner',
        [drafted],
        add({ ownerIds: [NOBODY] }),
        NotFoundError,
        'ParticipantInProgramme',
        'element owners: person-nobody is not a participant of this programme',
      ],
      [
        'a leaver as owner',
        [drafted, added],
        revise({ ownerIds: [LEFT] }),
        IllegalStateError,
        'ParticipantActive',
        'element owners: participant person-left has left the programme',
      ],
      [
        'a blank id',
        [drafted],
        add({ elementId: '  ' }),
        ValidationError,
        'RequiredText',
        'element id must not be empty',
      ],
      [
        'an id of 101 characters',
        [drafted],
        add({ elementId: long(101) }),
        ValidationError,
        'TextTooLong',
        'element id must be at most 100 characters',
      ],
      [
        'an unknown kind',
        [drafted],
        add({ kind: 'wish' }),
        ValidationError,
        'UnknownValue',
        'element kind must be one of experiment, structuralChange, processChange, culturalChange, measurementMechanism; got "wish"',
      ],
      [
        'a blank title',
        [drafted],
        add({ title: ' ' }),
        ValidationError,
        'RequiredText',
        'element title must not be empty',
      ],
      [
        'a title of 201 characters',
        [drafted],
        add({ title: long(201) }),
        ValidationError,
        'TextTooLong',
        'element title must be at most 200 characters',
      ],
      [
        'a blank description',
        [drafted],
        add({ description: '' }),
        ValidationError,
        'RequiredText',
        'element description must not be empty',
      ],
      [
        'a description of 2001 characters',
        [drafted],
        add({ description: long(2001) }),
        ValidationError,
        'TextTooLong',
        'element description must be at most 2000 characters',
      ],
      [
        'adding after version 1 without a rationale',
        [drafted, added, v1],
        add({ rationale: '   ' }),
        ValidationError,
        'RationaleRequired',
        'A rationale is required when adding an element after version 1 has been published',
      ],
      [
        'revising after version 1 with a rationale of 2001 characters',
        [drafted, added, v1],
        revise({ rationale: long(2001) }),
        ValidationError,
        'TextTooLong',
        'rationale must be at most 2000 characters',
      ],
      [
        'citing an experiment that does not exist',
        [drafted],
        add({ evidence: [{ kind: 'experimentConclusion', id: 'experiment-x' }] }),
        NotFoundError,
        'ExperimentInProgramme',
        'Experiment experiment-x is not in this programme',
      ],
      [
        'revising an element not in the blueprint',
        [drafted],
        revise(),
        NotFoundError,
        'ElementInBlueprint',
        'Element element-duty-rota is not in this blueprint',
      ],
      [
        'removing an element not in the blueprint',
        [drafted],
        command('RemoveBlueprintElement', { elementId: 'element-x', rationale: 'r' }),
        NotFoundError,
        'ElementInBlueprint',
        'Element element-x is not in this blueprint',
      ],
      [
        'removing without a rationale',
        [drafted, added],
        command('RemoveBlueprintElement', { elementId: E, rationale: ' ' }),
        ValidationError,
        'RationaleRequired',
        'A rationale is required when removing an element',
      ],
      [
        'removing citing a survey round that does not exist',
        [drafted, added],
        command('RemoveBlueprintElement', {
          elementId: E,
          rationale: 'r',
          evidence: [{ kind: 'surveyRound', id: 'round-x' }],
        }),
        NotFoundError,
        'SurveyRoundInProgramme',
        'Survey round round-x is not recorded in this programme',
      ],
    ]);

    it('names the rationale field when one is missing', () => {
      let caught: unknown;
      try {
        blueprintAggregate.decide(
          command('RemoveBlueprintElement', { elementId: E, rationale: '' }),
          given([drafted, added]).state,
          programmeFacts(),
        );
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ field: 'rationale', code: 'VALIDATION' });
    });

    it('records trimmed texts, an optional rationale before version 1 (blank is none) and no evidence by default', () => {
      const recorded = (rationale: string | null, data: Data = {}) => [
        {
          type: 'BlueprintElementAdded',
          data: { programmeId: P, elementId: 'element-2', ...content, rationale, evidence: [], ...data },
        },
      ];
      given([drafted])
        .when(
          add({
            elementId: ' element-2 ',
            title: '  Weekly rota ',
            description: ' Fewer ',
            rationale: ' Why ',
          }),
        )
        .then(recorded('Why', { title: 'Weekly rota', description: 'Fewer' }) as BlueprintEvent[]);
      given([drafted])
        .when(add({ rationale: '   ' }))
        .then(recorded(null) as BlueprintEvent[]);
      given([drafted])
        .when(add({ kind: 'measurementMechanism', barrierIds: [NATIONAL_BARRIER, LOCAL_BARRIER] }))
        .then(
          recorded(null, {
            kind: 'measurementMechanism',
            barrierIds: [NATIONAL_BARRIER, LOCAL_BARRIER],
          }) as BlueprintEvent[],
        );
    });

    it('accepts texts at their limits: an id of 100, a title of 200, a description of 2000 characters', () => {
      const [event] = blueprintAggregate.decide(
        add({ elementId: long(100), title: long(200), description: long(2000) }),
        given([drafted]).state,
        programmeFacts(),
      );
      expect(event).toMatchObject({
        data: { elementId: long(100), title: long(200), description: long(2000) },
      });
    });

    it('records a trimmed rationale after version 1, and a removal with its trimmed rationale', () => {
      given([drafted, added, v1])
        .when(revise({ title: 'Weekly', rationale: '  Tired people  ' }))
        .then([
          {
            type: 'BlueprintElementRevised',
            data: {
              programmeId: P,
              elementId: E,
              ...content,
              title: 'Weekly',
              rationale: 'Tired people',
              evidence: [],
            },
          },
        ]);
      given([drafted, added])
        .when(command('RemoveBlueprintElement', { elementId: E, rationale: ' Superseded ' }))
        .then([
          {
            type: 'BlueprintElementRemoved',
            data: { programmeId: P, elementId: E, rationale: 'Superseded', evidence: [] },
          },
        ]);
    });
  });

  describe('co-owners', () => {
    refuses([
      [
        'a co-owner twice',
        [drafted],
        command('AddBlueprintCoOwner', { participantId: MANAGER }),
        IllegalStateError,
        'CoOwnerOnce',
        'person-tm1 is already a co-owner',
      ],
      [
        'a stranger',
        [drafted],
        command('AddBlueprintCoOwner', { participantId: NOBODY }),
        NotFoundError,
        'ParticipantInProgramme',
        'co-owner: person-nobody is not a participant of this programme',
      ],
      [
        'a leaver',
        [drafted],
        command('AddBlueprintCoOwner', { participantId: LEFT }),
        IllegalStateError,
        'ParticipantActive',
        'co-owner: participant person-left has left the programme',
      ],
    ]);
  });

  describe('publishing a version', () => {
    const removed: BlueprintEvent = {
      type: 'BlueprintElementRemoved',
      data: { programmeId: P, elementId: E, rationale: 'r', evidence: [] },
    };
    const withSw2: BlueprintEvent = {
      type: 'BlueprintDrafted',
      data: { programmeId: P, coOwnerIds: [SW1, SW2, MANAGER, DIRECTOR] },
    };
    const acrossLevels =
      'A blueprint version must be endorsed by co-owners from at least two levels, one of them practitioner';
    refuses([
      [
        'no element',
        [drafted],
        publish(),
        IllegalStateError,
        'VersionHasElements',
        'A blueprint version needs at least one element',
      ],
      [
        'its only element removed',
        [drafted, added, v1, removed],
        publish(),
        IllegalStateError,
        'VersionHasElements',
        'A blueprint version needs at least one element',
      ],
      [
        'nothing changed since version 1',
        [drafted, added, v1],
        publish(),
        IllegalStateError,
        'VersionHasChanges',
        'Nothing has changed since version 1',
      ],
      [
        'no endorser',
        [drafted, added],
        publish({ endorsedBy: [] }),
        ValidationError,
        'AtLeastOneRequired',
        'endorsed by needs at least one entry',
      ],
      [
        'an endorser twice',
        [drafted, added],
        publish({ endorsedBy: [SW1, SW1] }),
        ValidationError,
        'NoDuplicates',
        'endorsed by lists the same entry more than once',
      ],
      [
        'a stranger endorsing',
        [drafted, added],
        publish({ endorsedBy: [SW1, NOBODY] }),
        NotFoundError,
        'ParticipantInProgramme',
        'endorsed by: person-nobody is not a participant of this programme',
      ],
      [
        'a leaver endorsing',
        [drafted, added],
        publish({ endorsedBy: [LEFT, DIRECTOR] }),
        ValidationError,
        'EndorsersInProgrammeAtTheTime',
        'endorsed by: participant person-left was not in the programme on 2022-03-14 (they had left, or not yet joined), so they do not count',
      ],
      [
        'an endorser who is not a co-owner',
        [drafted, added],
        publish({ endorsedBy: [SW1, SW2, DIRECTOR] }),
        ValidationError,
        'EndorsersAreCoOwners',
        'person-sw2 is not a co-owner of the blueprint and cannot endorse it',
      ],
      [
        'practitioners only',
        [withSw2, added],
        publish({ endorsedBy: [SW1, SW2] }),
        ValidationError,
        'VersionEndorsedAcrossLevels',
        acrossLevels,
      ],
      [
        'no practitioner',
        [withSw2, added],
        publish({ endorsedBy: [MANAGER, DIRECTOR] }),
        ValidationError,
        'VersionEndorsedAcrossLevels',
        acrossLevels,
      ],
      [
        'a blank summary',
        [drafted, added],
        publish({ summary: '  ' }),
        ValidationError,
        'RequiredText',
        'summary must not be empty',
      ],
      [
        'a summary of 2001 characters',
        [drafted, added],
        publish({ summary: 's'.repeat(2001) }),
        ValidationError,
        'TextTooLong',
        'summary must be at most 2000 characters',
      ],
    ]);

    const published = (version: number, summary: string, endorsedBy: string[]): BlueprintEvent[] => [
      { type: 'BlueprintVersionPublished', data: { programmeId: P, version, summary, endorsedBy } },
    ];

    it('records the trimmed summary, the endorsers in the order given and the next version number', () => {
      given([drafted, added])
        .when(publish({ summary: '  First  ', endorsedBy: [MANAGER, SW1] }))
        .then(published(1, 'First', [MANAGER, SW1]));
      given([drafted, added, v1, removed, { ...added, data: { ...added.data, elementId: 'e2' } }])
        .when(publish())
        .then(published(2, 'Second', [SW1, DIRECTOR]));
      const v2 = published(2, 'Second', [SW1, DIRECTOR])[0]!;
      const revised: BlueprintEvent = {
        type: 'BlueprintElementRevised',
        data: { ...added.data, title: 'Weekly', rationale: 'r' } as never,
      };
      given([drafted, added, v1, revised, v2, revised])
        .when(publish({ summary: 's'.repeat(2000) }))
        .then(published(3, 's'.repeat(2000), [SW1, DIRECTOR]));
    });

    it('numbers from the latest of three versions', () => {
      const revised: BlueprintEvent = {
        type: 'BlueprintElementRevised',
        data: { ...added.data, title: 'Weekly', rationale: 'r' } as never,
      };
      const [v2, v3] = [2, 3].map((n) => published(n, 'Second', [SW1, DIRECTOR])[0]!);
      const three = [drafted, added, v1, revised, v2!, revised, v3!];
      expect(given(three).when(publish()).thenThrows(IllegalStateError, 'VersionHasChanges')).toBe(
        'Nothing has changed since version 3',
      );
      given([...three, revised])
        .when(publish())
        .then(published(4, 'Second', [SW1, DIRECTOR]));
    });

    it('counts a co-owner added later, and a manager with a practitioner as two levels', () => {
      const sw2Added: BlueprintEvent = {
        type: 'BlueprintCoOwnerAdded',
        data: { programmeId: P, participantId: SW2 },
      };
      given([drafted, sw2Added, added])
        .when(publish({ endorsedBy: [SW2, MANAGER] }))
        .then(published(1, 'Second', [SW2, MANAGER]));
    });
  });
});
