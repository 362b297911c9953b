import type { BusinessTime, Order, Step } from '../shared/businessTime';
import type { BlueprintEvent } from './events';

const RULE = 'BlueprintChangesInVersionOrder';

const threadOf = (event: BlueprintEvent): string => {
  switch (event.type) {
    case 'BlueprintDrafted':
    case 'BlueprintDerived':
      return 'blueprint';
    case 'BlueprintCoOwnerAdded':
      return `coOwner:${event.data.participantId}`;
    case 'BlueprintElementAdded':
    case 'BlueprintElementRevised':
    case 'BlueprintElementRemoved':
      return `element:${event.data.elementId}`;
    case 'BlueprintVersionPublished':
      return 'version';
    case 'OccurredDateCorrected':
      return 'correction';
    default:
      return `implementation:${event.data.elementId}`;
  }
};

const IMPLEMENTATION_RULE = 'ElementImplementationStepsInOrder';
const IMPLEMENTATION = 'implementation:';

/**
 * DOMAIN: an element's implementation steps keep their order, and none comes before the element
 * was added; they are not content, so a published version neither freezes nor orders them.
 */
const implementationOrder = (earlier: Step, later: Step): Order | undefined => {
  const element = later.thread.slice(IMPLEMENTATION.length);
  const added = earlier.type === 'BlueprintElementAdded' && earlier.thread === `element:${element}`;
  if (!added && earlier.thread !== later.thread) return undefined;
  const follows = added
    ? `the element was added on ${earlier.occurredAt}`
    : `its step on ${earlier.occurredAt}`;
  return {
    rule: IMPLEMENTATION_RULE,
    message: `The implementation of element ${element} cannot have a step on ${later.occurredAt}, before ${follows}: they happen in order`,
  };
};

const what = (step: Step): string =>
  step.thread === 'version'
    ? 'a version published'
    : step.thread.startsWith('element:')
      ? `element ${step.thread.slice('element:'.length)} changed`
      : step.thread === 'blueprint'
        ? 'the blueprint begun'
        : step.thread.startsWith('implementation:')
          ? `the implementation of element ${step.thread.slice('implementation:'.length)} stepped on`
          : 'a co-owner added';

const order = (earlier: Step, later: Step, why: string): Order => ({
  rule: RULE,
  message: `The blueprint cannot have ${what(later)} on ${later.occurredAt}, before ${what(earlier)} on ${earlier.occurredAt}: ${why}`,
});

/**
 * DOMAIN: an element's change occurs no later than the version that publishes it, and no earlier
 * than the version before (or it would belong to that one); versions, and the changes of one
 * element, keep their order; nothing of the blueprint comes before it was begun.
 */
export const blueprintTime: BusinessTime<BlueprintEvent> = {
  thread: threadOf,
  ordering: (earlier, later) => {
    const [a, b] = [earlier.thread, later.thread];
    // Only a step of an element's implementation is ordered by implementationOrder.
    if (b.startsWith(IMPLEMENTATION) && a !== 'blueprint') return implementationOrder(earlier, later);
    if (a === 'blueprint')
      return order(earlier, later, 'everything in it comes after it was drafted or derived');
    if (a.startsWith('element:') && b === 'version')
      return order(earlier, later, 'a version publishes the changes made before it');
    if (a === 'version' && b.startsWith('element:'))
      return order(earlier, later, 'a change made before a version would have been part of it');
    if (a === b && (a === 'version' || a.startsWith('element:')))
      return order(earlier, later, 'they happen in the order recorded');
    return undefined;
  },
};
