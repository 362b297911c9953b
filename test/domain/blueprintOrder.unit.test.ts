/**
 * The order a blueprint's steps keep, word for word: which earlier step each new change must not
 * come before and the sentence naming both; which groups of its index a new change is checked
 * against (so which changes are let through without a search); and a wrong date corrected.
 */
import { blueprintAggregate } from '../../src/domain/blueprint';
import type { BlueprintCommand } from '../../src/domain/blueprint/commands';
import type { BlueprintEvent } from '../../src/domain/blueprint/events';
import { mayComeBefore, stepOrderOf } from '../../src/domain/blueprint/stepOrder';
import { blueprintTime } from '../../src/domain/blueprint/time';
import type { Step } from '../../src/domain/shared/businessTime';
import { NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { commandsOf, DIRECTOR, LOCAL_BARRIER, MANAGER, P, programmeFacts, SW1 } from './fixtures';
import { on, specFor } from './givenWhenThen';

const given = specFor(blueprintAggregate, programmeFacts);
const command = commandsOf<BlueprintCommand>();
const E = 'element-duty-rota';
const RULE = 'BlueprintChangesInVersionOrder';
const IMPLEMENTATION_RULE = 'ElementImplementationStepsInOrder';

const step = (thread: string, occurredAt: string, type = 'BlueprintElementRevised'): Step => ({
  eventId: `${thread}@${occurredAt}`,
  occurredAt,
  type,
  thread,
});
const ADDED = 'BlueprintElementAdded';

describe('the order of blueprint steps', () => {
  const blueprintFirst = 'everything in it comes after it was drafted or derived';
  const sentence = (later: string, earlier: string, why: string) =>
    `The blueprint cannot have ${later} on 2022-03-01, before ${earlier} on 2022-03-02: ${why}`;
  const implementation = (follows: string) =>
    `The implementation of element e1 cannot have a step on 2022-03-01, before ${follows}: they happen in order`;

  it.each([
    ['blueprint', 'element:e1', RULE, sentence('element e1 changed', 'the blueprint begun', blueprintFirst)],
    ['blueprint', 'version', RULE, sentence('a version published', 'the blueprint begun', blueprintFirst)],
    ['blueprint', 'coOwner:p1', RULE, sentence('a co-owner added', 'the blueprint begun', blueprintFirst)],
    [
      'blueprint',
      'implementation:e1',
      RULE,
      sentence('the implementation of element e1 stepped on', 'the blueprint begun', blueprintFirst),
    ],
    ['blueprint', 'blueprint', RULE, sentence('the blueprint begun', 'the blueprint begun', blueprintFirst)],
    [
      'element:e1',
      'version',
      RULE,
      sentence('a version published', 'element e1 changed', 'a version publishes the changes made before it'),
    ],
    [
      'version',
      'element:e1',
      RULE,
      sentence(
        'element e1 changed',
        'a version published',
        'a change made before a version would have been part of it',
      ),
    ],
    [
      'version',
      'version',
      RULE,
      sentence('a version published', 'a version published', 'they happen in the order recorded'),
    ],
    [
      'element:e1',
      'element:e1',
      RULE,
      sentence('element e1 changed', 'element e1 changed', 'they happen in the order recorded'),
    ],
    ['implementation:e1', 'implementation:e1', IMPLEMENTATION_RULE, implementation('its step on 2022-03-02')],
  ])('a step of %s before a later step of %s is refused', (earlier, later, rule, message) => {
    const type = earlier === 'element:e1' ? ADDED : 'BlueprintElementRevised';
    expect(blueprintTime.ordering(step(earlier, '2022-03-02', type), step(later, '2022-03-01'))).toEqual({
      rule,
      message,
    });
  });

  it('keeps an element’s implementation after its addition only', () => {
    const later = step('implementation:e1', '2022-03-01', 'ElementImplementationStarted');
    expect(blueprintTime.ordering(step('element:e1', '2022-03-02', ADDED), later)).toEqual({
      rule: IMPLEMENTATION_RULE,
      message: implementation('the element was added on 2022-03-02'),
    });
    expect(blueprintTime.ordering(step('element:e1', '2022-03-02'), later)).toBeUndefined();
    expect(blueprintTime.ordering(step('element:e2', '2022-03-02', ADDED), later)).toBeUndefined();
  });

  it.each([
    ['element:e1', 'element:e2'],
    ['implementation:e2', 'implementation:e1'],
    ['version', 'implementation:e1'],
    ['implementation:e1', 'version'],
    ['implementation:e1', 'element:e1'],
    ['coOwner:p1', 'element:e1'],
    ['coOwner:p1', 'coOwner:p1'],
    ['element:e1', 'coOwner:p1'],
    ['version', 'coOwner:p1'],
  ])('a step of %s keeps no order with a step of %s', (earlier, later) => {
    expect(blueprintTime.ordering(step(earlier, '2022-03-02'), step(later, '2022-03-01'))).toBeUndefined();
  });

  it('puts each event in its thread', () => {
    const ids = { programmeId: P, elementId: 'e1' };
    const events = [
      { type: 'BlueprintDrafted', data: { programmeId: P, coOwnerIds: [] } },
      { type: 'BlueprintDerived', data: { programmeId: P } },
      { type: 'BlueprintCoOwnerAdded', data: { programmeId: P, participantId: 'p1' } },
      { type: 'BlueprintElementAdded', data: ids },
      { type: 'BlueprintElementRevised', data: ids },
      { type: 'BlueprintElementRemoved', data: ids },
      { type: 'BlueprintVersionPublished', data: { programmeId: P } },
      { type: 'OccurredDateCorrected', data: { programmeId: P } },
      { type: 'ElementImplementationPaused', data: ids },
    ] as BlueprintEvent[];
    expect(events.map((event) => blueprintTime.thread(event))).toEqual([
      'blueprint',
      'blueprint',
      'coOwner:p1',
      'element:e1',
      'element:e1',
      'element:e1',
      'version',
      'correction',
      'implementation:e1',
    ]);
  });
});

describe('the index of steps a new change is checked against', () => {
  const T = (time: string) => `2022-03-05T${time}:00.000Z`;
  it.each([
    ['a change on the blueprint’s day', [step('blueprint', '2022-03-05')], 'element:e1', '2022-03-05', false],
    [
      'a change the day before the blueprint',
      [step('blueprint', '2022-03-05')],
      'coOwner:p1',
      '2022-03-04',
      true,
    ],
    [
      'an element the day before the blueprint',
      [step('blueprint', '2022-03-05')],
      'element:e1',
      '2022-03-04',
      true,
    ],
    [
      'implementation the day before the blueprint',
      [step('blueprint', '2022-03-05')],
      'implementation:e1',
      '2022-03-04',
      true,
    ],
    ['a change at the blueprint’s instant', [step('blueprint', T('10:00'))], 'version', T('10:00'), false],
    ['a change a minute before the blueprint', [step('blueprint', T('10:00'))], 'version', T('09:59'), true],
    ['a date on a timed blueprint’s day', [step('blueprint', T('10:00'))], 'version', '2022-03-05', false],
    [
      'a timed change on a dated blueprint’s day',
      [step('blueprint', '2022-03-05')],
      'version',
      T('00:00'),
      false,
    ],
    ['a co-owner after a later version', [step('version', '2022-03-09')], 'coOwner:p1', '2022-03-05', false],
    [
      'an element change before a co-owner',
      [step('coOwner:p1', '2022-03-09')],
      'element:e1',
      '2022-03-05',
      false,
    ],
    [
      'an element before another’s change',
      [step('element:e2', '2022-03-09')],
      'element:e1',
      '2022-03-05',
      false,
    ],
    [
      'a version before an element’s change',
      [step('element:e2', '2022-03-09')],
      'version',
      '2022-03-05',
      true,
    ],
    [
      'an element before its own change',
      [step('element:e1', '2022-03-09')],
      'element:e1',
      '2022-03-05',
      true,
    ],
    ['an element before a version', [step('version', '2022-03-09')], 'element:e1', '2022-03-05', true],
    ['a version before a version', [step('version', '2022-03-09')], 'version', '2022-03-05', true],
    [
      'implementation before a revision',
      [step('element:e1', '2022-03-09')],
      'implementation:e1',
      '2022-03-05',
      false,
    ],
    [
      'implementation before the addition',
      [step('element:e1', '2022-03-09', ADDED)],
      'implementation:e1',
      '2022-03-05',
      true,
    ],
    [
      'implementation before another’s addition',
      [step('element:e2', '2022-03-09', ADDED)],
      'implementation:e1',
      '2022-03-05',
      false,
    ],
    [
      'implementation before a version',
      [step('version', '2022-03-09')],
      'implementation:e1',
      '2022-03-05',
      false,
    ],
    [
      'implementation before its own step',
      [step('implementation:e1', '2022-03-09')],
      'implementation:e1',
      '2022-03-05',
      true,
    ],
    [
      'implementation before another’s step',
      [step('implementation:e2', '2022-03-09')],
      'implementation:e1',
      '2022-03-05',
      false,
    ],
    [
      'a version before an implementation step',
      [step('implementation:e1', '2022-03-09')],
      'version',
      '2022-03-05',
      false,
    ],
    [
      'a day before the latest day, recorded first',
      [step('element:e1', T('10:00')), step('element:e1', '2022-03-03T12:00:00.000Z')],
      'element:e1',
      '2022-03-04T23:00:00.000Z',
      true,
    ],
    [
      'an instant before the latest instant, recorded first',
      [step('element:e1', T('10:00')), step('element:e1', T('08:00'))],
      'element:e1',
      T('09:00'),
      true,
    ],
  ])('%s', (_name, steps, thread, occurredAt, expected) => {
    expect(mayComeBefore(stepOrderOf(steps), { thread, occurredAt })).toBe(expected);
  });
});

const content = {
  kind: 'processChange' as const,
  title: 'Duty rota in fortnightly blocks',
  description: 'Fewer handovers',
  barrierIds: [LOCAL_BARRIER],
  ownerIds: [SW1],
};
const drafted = on('2021-10-01', {
  type: 'BlueprintDrafted',
  data: { programmeId: P, coOwnerIds: [SW1, MANAGER, DIRECTOR] },
} as BlueprintEvent);
const addedOn = (date: string) =>
  on(date, {
    type: 'BlueprintElementAdded',
    data: { programmeId: P, elementId: E, ...content, rationale: null, evidence: [] },
  } as BlueprintEvent);
const v1On = (date: string) =>
  on(date, {
    type: 'BlueprintVersionPublished',
    data: { programmeId: P, version: 1, summary: 'First', endorsedBy: [SW1, DIRECTOR] },
  } as BlueprintEvent);
const publishOn = (date: string) =>
  command('PublishBlueprintVersion', { summary: 'First', endorsedBy: [SW1, DIRECTOR] }, date);
const publishedV1: BlueprintEvent[] = [
  {
    type: 'BlueprintVersionPublished',
    data: { programmeId: P, version: 1, summary: 'First', endorsedBy: [SW1, DIRECTOR] },
  },
];

describe('a blueprint change dated before a step it must follow', () => {
  it.each([
    [
      'an element added before the blueprint was drafted',
      [drafted],
      command('AddBlueprintElement', { elementId: 'e2', ...content }, '2021-09-20'),
      'The blueprint cannot have element e2 changed on 2021-09-20, before the blueprint begun on 2021-10-01: everything in it comes after it was drafted or derived',
    ],
    [
      'a version published before an element’s change',
      [drafted, addedOn('2021-10-05')],
      publishOn('2021-10-03'),
      'The blueprint cannot have a version published on 2021-10-03, before element element-duty-rota changed on 2021-10-05: a version publishes the changes made before it',
    ],
    [
      'an element revised before the version that published it',
      [drafted, addedOn('2021-10-05'), v1On('2021-10-10')],
      command('ReviseBlueprintElement', { elementId: E, ...content, rationale: 'r' }, '2021-10-09'),
      'The blueprint cannot have element element-duty-rota changed on 2021-10-09, before a version published on 2021-10-10: a change made before a version would have been part of it',
    ],
  ])('refuses %s', (_name, events, cmd, message) => {
    expect(given(events).when(cmd).thenThrows(ValidationError, RULE)).toBe(message);
  });

  it('accepts a version on the day of the last change', () => {
    given([drafted, addedOn('2021-10-05')])
      .when(publishOn('2021-10-05'))
      .then(publishedV1);
  });
});

describe('correcting the date of a blueprint step', () => {
  const correct = (eventId: string, correctOccurredAt: string, rationale = ' Typed the wrong month ') =>
    command('CorrectBlueprintDate', { eventId, correctOccurredAt, rationale });

  it('records the wrong and the correct date of the step, with the trimmed rationale', () => {
    given([drafted, addedOn('2022-01-10')])
      .when(correct('event-2', '2021-10-05'))
      .then([
        {
          type: 'OccurredDateCorrected',
          data: {
            programmeId: P,
            item: { kind: 'blueprint', id: P },
            eventId: 'event-2',
            eventType: 'BlueprintElementAdded',
            wrongOccurredAt: '2022-01-10',
            correctOccurredAt: '2021-10-05',
            rationale: 'Typed the wrong month',
            followers: [],
          },
        },
      ]);
  });

  it.each([
    [
      'an event not of this blueprint',
      correct('event-9', '2021-10-05'),
      NotFoundError,
      'CorrectionPointsAtRecordedEvent',
      'Event event-9 is not a recorded step of blueprint programme-fenmoor; give the eventId of the journey entry to correct',
    ],
    [
      'the same date',
      correct('event-2', '2022-01-10'),
      ValidationError,
      'CorrectionChangesTheDate',
      'The BlueprintElementAdded is already dated 2022-01-10; a correction gives it another date',
    ],
    [
      'a date before the blueprint',
      correct('event-2', '2021-09-15'),
      ValidationError,
      RULE,
      'The blueprint cannot have element element-duty-rota changed on 2021-09-15, before the blueprint begun on 2021-10-01: everything in it comes after it was drafted or derived',
    ],
  ])('refuses %s', (_name, cmd, errorClass, rule, message) => {
    expect(
      given([drafted, addedOn('2022-01-10')])
        .when(cmd)
        .thenThrows(errorClass, rule),
    ).toBe(message);
  });

  const corrected = (from: string, to: string) =>
    on('2022-03-01', {
      type: 'OccurredDateCorrected',
      data: {
        programmeId: P,
        item: { kind: 'blueprint', id: P },
        eventId: 'event-2',
        eventType: 'BlueprintElementAdded',
        wrongOccurredAt: from,
        correctOccurredAt: to,
        rationale: 'r',
        followers: [],
      },
    } as BlueprintEvent);

  it('checks later changes against the corrected date, earlier or later than the wrong one', () => {
    given([drafted, addedOn('2022-01-10'), corrected('2022-01-10', '2021-10-05')])
      .when(publishOn('2021-11-01'))
      .then(publishedV1);
    const moved = given([drafted, addedOn('2021-10-05'), corrected('2021-10-05', '2022-01-10')]);
    expect(moved.when(publishOn('2021-11-01')).thenThrows(ValidationError, RULE)).toBe(
      'The blueprint cannot have a version published on 2021-11-01, before element element-duty-rota changed on 2022-01-10: a version publishes the changes made before it',
    );
  });
});
