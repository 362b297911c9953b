/**
 * What the blueprint's state keeps for later decisions (its versions' elements, which a derived
 * blueprint copies; its co-owners; its element ids; its dated steps and their index), the order its
 * steps keep (the exact sentences), a date correction, and the streams a command needs.
 */
import { blueprintAggregate, blueprintStream } from '../../src/domain/blueprint';
import type { BlueprintCommand } from '../../src/domain/blueprint/commands';
import type { BlueprintEvent } from '../../src/domain/blueprint/events';
import { EVIDENCE_KINDS } from '../../src/domain/blueprint/events';
import {
  evolveImplementation,
  IMPLEMENTATION_STATUSES,
  NOT_STARTED,
  statusAfter,
  type ElementImplementationEvent,
} from '../../src/domain/blueprint/implementation';
import type { Blueprint } from '../../src/domain/blueprint/state';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { DIRECTOR, LOCAL_BARRIER, MANAGER, P, programmeFacts, SW1, SW2 } from './fixtures';
import { command, content } from './blueprintSetup';
import { foldEvents, on, specFor } from './givenWhenThen';

const given = specFor(blueprintAggregate, programmeFacts);
const SOURCE = 'programme-source';
const element = (programmeId: string, elementId: string, title = content.title) => ({
  programmeId,
  elementId,
  ...content,
  title,
  rationale: null,
  evidence: [],
});
const version = (programmeId: string, n: number): BlueprintEvent => ({
  type: 'BlueprintVersionPublished',
  data: { programmeId, version: n, summary: `v${n}`, endorsedBy: [SW1, DIRECTOR] },
});

/** The source programme: version 1 holds a and b; b is then revised, a removed, c added, and version 2 published. */
const sourceHistory: BlueprintEvent[] = [
  { type: 'BlueprintDrafted', data: { programmeId: SOURCE, coOwnerIds: [SW1, DIRECTOR] } },
  { type: 'BlueprintElementAdded', data: element(SOURCE, 'a', 'A') },
  { type: 'BlueprintElementAdded', data: element(SOURCE, 'b', 'B') },
  version(SOURCE, 1),
  { type: 'BlueprintElementRevised', data: { ...element(SOURCE, 'b', 'B revised'), rationale: 'r' } },
  {
    type: 'BlueprintElementRemoved',
    data: { programmeId: SOURCE, elementId: 'a', rationale: 'r', evidence: [] },
  },
  { type: 'BlueprintElementAdded', data: { ...element(SOURCE, 'c', 'C'), rationale: 'r' } },
  version(SOURCE, 2),
];
const withSource = (events: BlueprintEvent[] = sourceHistory) =>
  programmeFacts({ blueprints: new Map([[SOURCE, foldEvents(blueprintAggregate, events)]]) });
const derive = (sourceVersion: number, coOwnerIds = [SW1, MANAGER]) =>
  command('DeriveBlueprint', { coOwnerIds, sourceProgrammeId: SOURCE, sourceVersion });
const copied = (elementId: string, title: string, ownerIds = [SW1, MANAGER]) => ({
  elementId,
  ...content,
  title,
  barrierIds: [],
  ownerIds,
});
const derived = (sourceVersion: number, elements: ReturnType<typeof copied>[]): BlueprintEvent => ({
  type: 'BlueprintDerived',
  data: {
    programmeId: P,
    coOwnerIds: [SW1, MANAGER],
    source: { programmeId: SOURCE, version: sourceVersion },
    elements,
  },
});

describe('a blueprint derived from a published version', () => {
  it('copies the elements as that version published them, in the order they were added', () => {
    given([], withSource())
      .when(derive(1))
      .then([derived(1, [copied('a', 'A'), copied('b', 'B')])]);
    given([], withSource())
      .when(derive(2))
      .then([derived(2, [copied('b', 'B revised'), copied('c', 'C')])]);
  });

  it.each([
    ['version 3, not yet published', withSource(), 3],
    ['version 0', withSource(), 0],
    ['an unpublished draft', withSource(sourceHistory.slice(0, 3)), 1],
  ])('refuses %s', (_name, facts, n) => {
    expect(given([], facts).when(derive(n)).thenThrows(NotFoundError, 'DeriveFromPublishedVersion')).toBe(
      `Programme programme-source has no published blueprint version ${n}`,
    );
  });

  it('refuses a derivation without co-owners', () => {
    expect(
      given([], withSource()).when(derive(1, [])).thenThrows(ValidationError, 'AtLeastOneRequired'),
    ).toBe('co-owners needs at least one entry');
  });

  it('holds the copied elements: their ids are used, they can be revised, and publishing waits for barriers', () => {
    const events = [derived(1, [copied('a', 'A'), copied('b', 'B')])];
    expect(
      given(events)
        .when(command('AddBlueprintElement', { elementId: 'b', ...content }))
        .thenThrows(IllegalStateError, 'IdNotInUse'),
    ).toBe('Element b already exists in this blueprint');
    const publish = command('PublishBlueprintVersion', { summary: 'Ours', endorsedBy: [SW1, MANAGER] });
    expect(given(events).when(publish).thenThrows(ValidationError, 'ElementsAddressBarriers')).toBe(
      'Element "A" addresses no barrier of this programme yet; adapt it before publishing',
    );
    const adaptA: BlueprintEvent = { type: 'BlueprintElementRevised', data: element(P, 'a', 'A here') };
    expect(
      given([...events, adaptA])
        .when(publish)
        .thenThrows(ValidationError, 'ElementsAddressBarriers'),
    ).toBe('Element "B" addresses no barrier of this programme yet; adapt it before publishing');
    const adaptB: BlueprintEvent = { type: 'BlueprintElementRevised', data: element(P, 'b', 'B here') };
    given([...events, adaptA, adaptB])
      .when(publish)
      .then([
        {
          type: 'BlueprintVersionPublished',
          data: { programmeId: P, version: 1, summary: 'Ours', endorsedBy: [SW1, MANAGER] },
        },
      ]);
  });
});

describe('the blueprint state', () => {
  const working = (events: Parameters<typeof given>[0]) => {
    const state = given(events).state;
    if (state.status === 'None') throw new Error('no blueprint');
    return state;
  };

  it('keeps co-owners in the order they joined, elements as last changed, every id ever used, and each version', () => {
    const state = working([
      { type: 'BlueprintDrafted', data: { programmeId: P, coOwnerIds: [SW1] } },
      { type: 'BlueprintCoOwnerAdded', data: { programmeId: P, participantId: DIRECTOR } },
      { type: 'BlueprintElementAdded', data: element(P, 'a', 'A') },
      { type: 'BlueprintElementAdded', data: element(P, 'b', 'B') },
      version(P, 1),
      { type: 'BlueprintElementRevised', data: { ...element(P, 'a', 'A2'), rationale: 'r' } },
      {
        type: 'BlueprintElementRemoved',
        data: { programmeId: P, elementId: 'b', rationale: 'r', evidence: [] },
      },
    ]);
    const plain = (id: string, title: string) => ({ elementId: id, ...content, title });
    expect(state.programmeId).toBe(P);
    expect(state.coOwnerIds).toEqual([SW1, DIRECTOR]);
    expect(state.elements.valueSeq().toArray()).toEqual([plain('a', 'A2')]);
    expect(state.usedElementIds.toArray().sort()).toEqual(['a', 'b']);
    expect(state.versions).toEqual([{ version: 1, elements: [plain('a', 'A'), plain('b', 'B')] }]);
    expect(state.changedSinceLastVersion).toBe(true);
  });

  it('counts a derived blueprint’s copied elements as changed since its last version, and a new draft as unchanged', () => {
    const drafted = working([{ type: 'BlueprintDrafted', data: { programmeId: P, coOwnerIds: [SW1] } }]);
    expect(drafted.changedSinceLastVersion).toBe(false);
    expect(drafted.elements.size).toBe(0);
    const copiedTwo = working([derived(1, [copied('a', 'A'), copied('b', 'B')])]);
    expect(copiedTwo.changedSinceLastVersion).toBe(true);
    expect(copiedTwo.elements.keySeq().toArray()).toEqual(['a', 'b']);
    expect(copiedTwo.versions).toEqual([]);
  });

  it('keeps each element’s implementation: its owner, whether planned, and its status', () => {
    const ids = { programmeId: P, elementId: 'a' };
    const state = working([
      { type: 'BlueprintDrafted', data: { programmeId: P, coOwnerIds: [SW1] } },
      { type: 'BlueprintElementAdded', data: element(P, 'a', 'A') },
      { type: 'BlueprintElementAdded', data: element(P, 'b', 'B') },
      {
        type: 'ElementImplementationPlanned',
        data: { ...ids, ownerId: MANAGER, plannedStartOn: null, plannedImplementedBy: null, rationale: null },
      },
      { type: 'ElementImplementationStarted', data: ids },
      { type: 'ElementImplementationPaused', data: { ...ids, rationale: 'r' } },
      { type: 'ElementImplementationStarted', data: { programmeId: P, elementId: 'b' } },
      { type: 'ElementImplemented', data: { programmeId: P, elementId: 'b', summary: 's' } },
    ]);
    expect(state.implementation.toJS()).toEqual({
      a: { status: 'paused', ownerId: MANAGER, planned: true },
      b: { status: 'implemented', ownerId: null, planned: false },
    });
    // Implementation is not content: it leaves the blueprint unchanged since its last version.
    expect(state.changedSinceLastVersion).toBe(true);
    const published = working([
      { type: 'BlueprintDrafted', data: { programmeId: P, coOwnerIds: [SW1] } },
      { type: 'BlueprintElementAdded', data: element(P, 'a', 'A') },
      version(P, 1),
      { type: 'ElementImplementationStarted', data: ids },
    ]);
    expect(published.changedSinceLastVersion).toBe(false);
  });

  it('records each change as a dated step of its thread; a co-owner’s addition orders nothing', () => {
    const state = working([
      on('2021-10-01', {
        type: 'BlueprintDrafted',
        data: { programmeId: P, coOwnerIds: [SW1] },
      } as BlueprintEvent),
      on('2021-10-02', { type: 'BlueprintElementAdded', data: element(P, 'a', 'A') } as BlueprintEvent),
      on('2021-10-05', {
        type: 'BlueprintCoOwnerAdded',
        data: { programmeId: P, participantId: SW2 },
      } as BlueprintEvent),
      on('2021-10-03T09:00:00.000Z', version(P, 1)),
      on('2021-10-04', {
        type: 'ElementImplementationStarted',
        data: { programmeId: P, elementId: 'a' },
      } as BlueprintEvent),
    ]);
    expect(state.steps.toArray()).toEqual([
      { eventId: 'event-1', occurredAt: '2021-10-01', type: 'BlueprintDrafted', thread: 'blueprint' },
      { eventId: 'event-2', occurredAt: '2021-10-02', type: 'BlueprintElementAdded', thread: 'element:a' },
      {
        eventId: 'event-3',
        occurredAt: '2021-10-05',
        type: 'BlueprintCoOwnerAdded',
        thread: 'coOwner:person-sw2',
      },
      {
        eventId: 'event-4',
        occurredAt: '2021-10-03T09:00:00.000Z',
        type: 'BlueprintVersionPublished',
        thread: 'version',
      },
      {
        eventId: 'event-5',
        occurredAt: '2021-10-04',
        type: 'ElementImplementationStarted',
        thread: 'implementation:a',
      },
    ]);
    const dayOnly = { instant: Number.NEGATIVE_INFINITY };
    expect(state.order.toJS()).toEqual({
      blueprint: { day: '2021-10-01', ...dayOnly },
      'element:a': { day: '2021-10-02', ...dayOnly },
      elements: { day: '2021-10-02', ...dayOnly },
      'added:a': { day: '2021-10-02', ...dayOnly },
      version: { day: '2021-10-03', instant: Date.parse('2021-10-03T09:00:00.000Z') },
      'implementation:a': { day: '2021-10-04', ...dayOnly },
    });
  });

  it('starts with no blueprint', () => {
    expect(blueprintAggregate.initialState).toEqual({ status: 'None' } satisfies Blueprint);
    const orphan: BlueprintEvent = { type: 'BlueprintElementAdded', data: element(P, 'a', 'A') };
    expect(given([orphan]).state).toEqual({ status: 'None' });
  });
});

describe('which streams a command needs', () => {
  const evidence = [
    { kind: 'experimentConclusion' as const, id: 'x1' },
    { kind: 'reviewDecision' as const, id: 'r1', decisionId: 'd1' },
  ];
  const evidenceRefs = [
    { kind: 'experiment', id: 'x1' },
    { kind: 'review', id: 'r1' },
  ];
  const none = given([]).state;

  it.each([
    ['DeriveBlueprint', derive(1), [{ kind: 'blueprint', id: SOURCE }]],
    [
      'AddBlueprintElement',
      command('AddBlueprintElement', { elementId: 'a', ...content, barrierIds: ['b1', 'b2'], evidence }),
      [{ kind: 'barrier', id: 'b1' }, { kind: 'barrier', id: 'b2' }, ...evidenceRefs],
    ],
    [
      'ReviseBlueprintElement',
      command('ReviseBlueprintElement', { elementId: 'a', ...content }),
      [{ kind: 'barrier', id: LOCAL_BARRIER }],
    ],
    [
      'RemoveBlueprintElement',
      command('RemoveBlueprintElement', { elementId: 'a', rationale: 'r', evidence }),
      evidenceRefs,
    ],
    ['DraftBlueprint', command('DraftBlueprint', { coOwnerIds: [SW1] }), []],
    ['AddBlueprintCoOwner', command('AddBlueprintCoOwner', { participantId: SW1 }), []],
    ['PublishBlueprintVersion', command('PublishBlueprintVersion', { summary: 's', endorsedBy: [SW1] }), []],
    ['StartElementImplementation', command('StartElementImplementation', { elementId: 'a' }), []],
  ])('%s', (_type, cmd, expected) => {
    expect(blueprintAggregate.references(cmd as BlueprintCommand, none)).toEqual(expected);
  });

  it('is addressed to the programme’s blueprint stream', () => {
    expect(blueprintAggregate.category).toBe('blueprint');
    expect(blueprintAggregate.targetId(derive(1))).toBe(P);
    expect(blueprintStream(P)).toBe('blueprint-programme-fenmoor');
    expect(blueprintStream('blueprint-2024')).toBe('blueprint-2024');
  });

  it('handles every blueprint command', () => {
    expect(blueprintAggregate.commandTypes).toEqual([
      'DraftBlueprint',
      'DeriveBlueprint',
      'AddBlueprintCoOwner',
      'AddBlueprintElement',
      'ReviseBlueprintElement',
      'RemoveBlueprintElement',
      'PublishBlueprintVersion',
      'CorrectBlueprintDate',
      'PlanElementImplementation',
      'StartElementImplementation',
      'PauseElementImplementation',
      'ResumeElementImplementation',
      'CompleteElementImplementation',
      'RetireBlueprintElement',
    ]);
  });
});

describe('an element’s implementation status', () => {
  const ids = { programmeId: P, elementId: 'a' };
  const event = (type: string, data: object = {}) =>
    ({ type, data: { ...ids, ...data } }) as ElementImplementationEvent;
  const planned = event('ElementImplementationPlanned', {
    ownerId: MANAGER,
    plannedStartOn: null,
    plannedImplementedBy: null,
    rationale: null,
  });

  it.each([
    ['ElementImplementationStarted', 'planned', 'inProgress'],
    ['ElementImplementationResumed', 'paused', 'inProgress'],
    ['ElementImplementationPaused', 'inProgress', 'paused'],
    ['ElementImplemented', 'inProgress', 'implemented'],
    ['BlueprintElementRetired', 'paused', 'retired'],
  ] as const)('%s moves %s to %s', (type, before, after) => {
    expect(statusAfter(event(type), before)).toBe(after);
    expect(evolveImplementation({ status: before, ownerId: SW1, planned: true }, event(type))).toEqual({
      status: after,
      ownerId: SW1,
      planned: true,
    });
  });

  it('is planned, with no owner, until a plan names one; a plan leaves the status where it was', () => {
    expect(NOT_STARTED).toEqual({ status: 'planned', ownerId: null, planned: false });
    expect(statusAfter(planned, 'paused')).toBe('paused');
    expect(evolveImplementation({ status: 'inProgress', ownerId: SW1, planned: true }, planned)).toEqual({
      status: 'inProgress',
      ownerId: MANAGER,
      planned: true,
    });
  });

  it('folds resumption and retirement into the blueprint', () => {
    const state = given([
      { type: 'BlueprintDrafted', data: { programmeId: P, coOwnerIds: [SW1] } },
      { type: 'BlueprintElementAdded', data: element(P, 'a', 'A') },
      { type: 'BlueprintElementAdded', data: element(P, 'b', 'B') },
      event('ElementImplementationStarted'),
      event('ElementImplementationPaused', { rationale: 'r' }),
      event('ElementImplementationResumed', { rationale: null }),
      {
        type: 'BlueprintElementRetired',
        data: { programmeId: P, elementId: 'b', rationale: 'r', learning: 'l', nextStep: 'n' },
      },
    ]).state;
    expect(state.status === 'Working' && state.implementation.toJS()).toEqual({
      a: { status: 'inProgress', ownerId: null, planned: false },
      b: { status: 'retired', ownerId: null, planned: false },
    });
  });

  it('names the statuses and the kinds of evidence the ledger knows', () => {
    expect(IMPLEMENTATION_STATUSES).toEqual(['planned', 'inProgress', 'implemented', 'paused', 'retired']);
    expect(EVIDENCE_KINDS).toEqual([
      'experimentConclusion',
      'reviewDecision',
      'surveyRound',
      'smallChangeReview',
      'feedbackRound',
    ]);
  });
});
