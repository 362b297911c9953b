/**
 * What a recorder reads when a barrier command is refused (class, rule and the whole sentence),
 * and how a barrier's recorded steps (re-scoped, resolved, recorded as not resolved) decide what
 * may follow.
 */
import { barrierAggregate } from '../../src/domain/barrier';
import type { BarrierCommand, BarrierEvent } from '../../src/domain/barrier/events';
import {
  DomainError,
  IllegalStateError,
  NotFoundError,
  ValidationError,
} from '../../src/domain/shared/errors';
import { barrierIdentified, commandsOf, LEFT, LOCAL_BARRIER, P, programmeFacts, SW1 } from './fixtures';
import { on, specFor, type Dated } from './givenWhenThen';

type ErrorClass = abstract new (...args: never[]) => DomainError;
type Data<T extends BarrierCommand['type']> = Extract<BarrierCommand, { type: T }>['data'];

const given = specFor(barrierAggregate, programmeFacts);
const command = commandsOf<BarrierCommand>();
const identified = barrierIdentified(LOCAL_BARRIER, 'local') as Extract<
  BarrierEvent,
  { type: 'BarrierIdentified' }
>;
const identify = (data: Partial<Data<'IdentifyBarrier'>> = {}) =>
  command('IdentifyBarrier', { ...identified.data, ...data } as Data<'IdentifyBarrier'>);
const rescope = (data: Partial<Data<'RescopeBarrier'>> = {}, occurredAt?: string) =>
  command(
    'RescopeBarrier',
    { barrierId: LOCAL_BARRIER, scope: 'national', rationale: 'Needs statutory guidance changed', ...data },
    occurredAt,
  );
const resolve = (data: Partial<Data<'ResolveBarrier'>> = {}, occurredAt?: string) =>
  command(
    'ResolveBarrier',
    { barrierId: LOCAL_BARRIER, resolution: 'One template adopted', ...data },
    occurredAt,
  );
const notResolvedData = {
  barrierId: LOCAL_BARRIER,
  rationale: 'The case system cannot be changed this year',
  learning: 'Templates are owned by the supplier',
  nextStep: 'Raised with the supplier',
};
const recordNotResolved = (data: Partial<Data<'RecordBarrierNotResolved'>> = {}) =>
  command('RecordBarrierNotResolved', { ...notResolvedData, ...data });

const rescoped: BarrierEvent = {
  type: 'BarrierRescoped',
  data: {
    barrierId: LOCAL_BARRIER,
    programmeId: P,
    scope: 'national',
    rationale: 'Needs statutory guidance changed',
  },
};
const resolved: BarrierEvent = {
  type: 'BarrierResolved',
  data: { barrierId: LOCAL_BARRIER, programmeId: P, resolution: 'One template adopted' },
};
const notResolved: BarrierEvent = {
  type: 'BarrierNotResolved',
  data: { programmeId: P, ...notResolvedData },
};

describe('a refused barrier command tells the recorder why, in so many words', () => {
  it.each<[string, BarrierEvent[], BarrierCommand, ErrorClass, string, string]>([
    [
      'an id in use',
      [identified],
      identify(),
      IllegalStateError,
      'IdNotInUse',
      'A barrier with this id has already been recorded',
    ],
    [
      'nobody identifying it',
      [],
      identify({ identifiedBy: [] }),
      ValidationError,
      'AtLeastOneRequired',
      'identified by needs at least one entry',
    ],
    [
      'the same person twice',
      [],
      identify({ identifiedBy: [SW1, SW1] }),
      ValidationError,
      'NoDuplicates',
      'identified by lists the same entry more than once',
    ],
    [
      'a stranger identifying it',
      [],
      identify({ identifiedBy: ['person-x'] }),
      NotFoundError,
      'ParticipantInProgramme',
      'identified by: person-x is not a participant of this programme',
    ],
    [
      'someone who has left',
      [],
      identify({ identifiedBy: [LEFT] }),
      IllegalStateError,
      'ParticipantActive',
      'identified by: participant person-left has left the programme',
    ],
    [
      'a blank title',
      [],
      identify({ title: ' ' }),
      ValidationError,
      'RequiredText',
      'title must not be empty',
    ],
    [
      'a title too long',
      [],
      identify({ title: 't'.repeat(201) }),
      ValidationError,
      'TextTooLong',
      'title must be at most 200 characters',
    ],
    [
      'a blank description',
      [],
      identify({ description: '' }),
      ValidationError,
      'RequiredText',
      'description must not be empty',
    ],
    [
      'an unknown kind',
      [],
      identify({ kind: 'weather' as never }),
      ValidationError,
      'UnknownValue',
      'kind must be one of process, structure, culture, technology, rule; got "weather"',
    ],
    [
      'an unknown scope',
      [],
      identify({ scope: 'regional' as never }),
      ValidationError,
      'UnknownValue',
      'scope must be one of local, national; got "regional"',
    ],
    [
      'an unknown source',
      [],
      identify({ source: { kind: 'rumour' as never } }),
      ValidationError,
      'UnknownValue',
      'source must be one of smallChange, sensemaking, survey, review, other; got "rumour"',
    ],
    [
      'a re-scope to an unknown scope',
      [identified],
      rescope({ scope: 'regional' as never }),
      ValidationError,
      'UnknownValue',
      'scope must be one of local, national; got "regional"',
    ],
    [
      'a re-scope to the scope it has',
      [identified],
      rescope({ scope: 'local' }),
      IllegalStateError,
      'RescopeChangesScope',
      'The barrier is already local',
    ],
    [
      'a re-scope without a rationale',
      [identified],
      rescope({ rationale: ' ' }),
      ValidationError,
      'RationaleRequired',
      'A rationale is required when re-scoping a barrier',
    ],
    [
      'a second resolution',
      [identified, resolved],
      resolve(),
      IllegalStateError,
      'ResolveOnce',
      'The barrier is already resolved',
    ],
    [
      'a blank resolution',
      [identified],
      resolve({ resolution: '' }),
      ValidationError,
      'RequiredText',
      'resolution must not be empty',
    ],
    [
      'not resolved twice',
      [identified, notResolved],
      recordNotResolved(),
      IllegalStateError,
      'NotResolvedOnlyOpen',
      'The barrier is already recorded as not resolved',
    ],
    [
      'not resolved once resolved',
      [identified, resolved],
      recordNotResolved(),
      IllegalStateError,
      'NotResolvedOnlyOpen',
      'The barrier is resolved: it cannot also be recorded as not resolved',
    ],
    [
      'not resolved without a rationale',
      [identified],
      recordNotResolved({ rationale: '' }),
      ValidationError,
      'RationaleRequired',
      'A rationale is required when recording that a barrier could not be resolved',
    ],
  ])('refuses %s', (_case, history, refused, errorClass, rule, message) => {
    expect(given(history).when(refused).thenThrows(errorClass, rule)).toBe(message);
  });
});

describe('a barrier identified from a source', () => {
  it('keeps the id of the small change it came from', () => {
    given([])
      .when(identify({ source: { kind: 'smallChange', id: 'sc-templates' } }))
      .then([
        { ...identified, data: { ...identified.data, source: { kind: 'smallChange', id: 'sc-templates' } } },
      ]);
  });
});

const stepsOf = (...types: [string, string][]) =>
  types.map(([type, occurredAt], index) => ({
    eventId: `event-${index + 1}`,
    occurredAt,
    type,
    thread: 'barrier',
  }));

describe("a barrier's history records each of its steps", () => {
  const opened = on('2021-10-01', identified);

  it('re-scoped: the new scope, still open, both steps dated', () => {
    expect(given([opened, on('2021-11-01', rescoped)]).state).toStrictEqual({
      status: 'Open',
      id: LOCAL_BARRIER,
      programmeId: P,
      title: 'Duplicate recording',
      kind: 'process',
      scope: 'national',
      notResolved: false,
      steps: stepsOf(['BarrierIdentified', '2021-10-01'], ['BarrierRescoped', '2021-11-01']),
    });
  });

  it('resolved, and recorded as not resolved: each step kept after the ones before', () => {
    expect(given([opened, on('2021-11-01', rescoped), on('2021-12-01', resolved)]).state).toMatchObject({
      status: 'Resolved',
      steps: stepsOf(
        ['BarrierIdentified', '2021-10-01'],
        ['BarrierRescoped', '2021-11-01'],
        ['BarrierResolved', '2021-12-01'],
      ),
    });
    expect(given([opened, on('2021-12-01', notResolved)]).state).toMatchObject({
      status: 'Open',
      notResolved: true,
      steps: stepsOf(['BarrierIdentified', '2021-10-01'], ['BarrierNotResolved', '2021-12-01']),
    });
  });

  it('a re-scoped barrier is still open, in its new scope: it can be resolved, or re-scoped back', () => {
    given([opened, on('2021-11-01', rescoped)])
      .when(resolve())
      .then([resolved]);
    given([opened, on('2021-11-01', rescoped)])
      .when(rescope({ scope: 'local' }))
      .then([{ ...rescoped, data: { ...rescoped.data, scope: 'local' } }]);
  });

  it.each<[string, Dated<BarrierEvent>, BarrierCommand, string]>([
    [
      'resolved before it was re-scoped',
      on('2021-11-01', rescoped),
      resolve({}, '2021-10-15T10:00:00.000Z'),
      'A barrier cannot be resolved on 2021-10-15T10:00:00.000Z, before it was re-scoped on 2021-11-01',
    ],
    [
      're-scoped before it was resolved',
      on('2021-11-01', resolved),
      rescope({}, '2021-10-15T10:00:00.000Z'),
      'A barrier cannot be re-scoped on 2021-10-15T10:00:00.000Z, before it was resolved on 2021-11-01',
    ],
    [
      'resolved before it was recorded as not resolved',
      on('2021-11-01', notResolved),
      resolve({}, '2021-10-15T10:00:00.000Z'),
      'A barrier cannot be resolved on 2021-10-15T10:00:00.000Z, before it was recorded as not resolved on 2021-11-01',
    ],
  ])('refuses a step dated before a recorded one: %s', (_case, step, refused, message) => {
    expect(given([opened, step]).when(refused).thenThrows(ValidationError, 'BarrierStepsInOrder')).toBe(
      message,
    );
  });
});
