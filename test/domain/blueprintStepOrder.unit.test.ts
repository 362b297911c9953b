/**
 * The blueprint checks a new change's date against an index of its steps (src/domain/blueprint/
 * stepOrder.ts) and searches the steps only when the index says the change might come before one
 * it must follow. For generated blueprints (element changes, versions, implementation steps,
 * co-owners; dates with and without a time, many on the same day), the index never lets through a
 * change the full search refuses: the decision and its sentence are the ones a search of every
 * step gives.
 */
import fc from 'fast-check';
import { requireInOrder, type Step } from '../../src/domain/shared/businessTime';
import { mayComeBefore, stepOrderOf } from '../../src/domain/blueprint/stepOrder';
import { blueprintTime } from '../../src/domain/blueprint/time';
import { propertySize } from '../support/propertyRuns';

const ELEMENTS = ['e1', 'e2', 'e3'];
const IMPLEMENTATION_TYPES = [
  'ElementImplementationPlanned',
  'ElementImplementationStarted',
  'ElementImplemented',
];

const date = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))),
  )
  .map(([day, time]) => {
    const on = `2022-03-0${day}`;
    if (!time) return on;
    const [hours, minutes] = time.map((part) => String(part).padStart(2, '0'));
    return `${on}T${hours}:${minutes}:00.000Z`;
  });

const threadAndType = fc.oneof(
  fc.constant({ thread: 'blueprint', type: 'BlueprintDrafted' }),
  fc.constant({ thread: 'version', type: 'BlueprintVersionPublished' }),
  fc.constant({ thread: 'coOwner:p1', type: 'BlueprintCoOwnerAdded' }),
  fc.record({
    thread: fc.constantFrom(...ELEMENTS).map((id) => `element:${id}`),
    type: fc.constantFrom('BlueprintElementAdded', 'BlueprintElementRevised', 'BlueprintElementRemoved'),
  }),
  fc.record({
    thread: fc.constantFrom(...ELEMENTS).map((id) => `implementation:${id}`),
    type: fc.constantFrom(...IMPLEMENTATION_TYPES),
  }),
);

const step = fc
  .tuple(threadAndType, date, fc.nat())
  .map(([{ thread, type }, occurredAt, n]): Step => ({ eventId: `event-${n}`, occurredAt, type, thread }));

/** What the order check answers: nothing, or the refusal's sentence. */
const outcome = (steps: readonly Step[], next: Step): string => {
  try {
    requireInOrder(steps, next, blueprintTime.ordering);
    return 'accepted';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the blueprint order check through its index', () => {
  it('refuses exactly what a search of every step refuses, with the same sentence, for generated blueprints', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), step, (steps, next) => {
        const searched = mayComeBefore(stepOrderOf(steps), next) ? steps : [];
        expect(outcome(searched, next)).toBe(outcome(steps, next));
      }),
      { numRuns: propertySize(3000, 300) },
    );
  });

  it('does not search the steps for a change dated after everything it must follow', () => {
    const steps: Step[] = [
      { eventId: 'a', occurredAt: '2022-03-01', type: 'BlueprintDrafted', thread: 'blueprint' },
      {
        eventId: 'b',
        occurredAt: '2022-03-02T10:00:00.000Z',
        type: 'BlueprintElementAdded',
        thread: 'element:e1',
      },
      { eventId: 'c', occurredAt: '2022-03-04', type: 'BlueprintElementAdded', thread: 'element:e2' },
    ];
    const order = stepOrderOf(steps);
    expect(mayComeBefore(order, { thread: 'version', occurredAt: '2022-03-04' })).toBe(false);
    expect(mayComeBefore(order, { thread: 'version', occurredAt: '2022-03-03' })).toBe(true);
    // An element's implementation follows its addition only: e2's later addition does not concern e1.
    expect(
      mayComeBefore(order, { thread: 'implementation:e1', occurredAt: '2022-03-02T11:00:00.000Z' }),
    ).toBe(false);
    expect(
      mayComeBefore(order, { thread: 'implementation:e1', occurredAt: '2022-03-02T09:00:00.000Z' }),
    ).toBe(true);
  });
});
