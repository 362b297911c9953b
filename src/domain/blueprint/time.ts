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
  }
};

const what = (step: Step): string =>
  step.thread === 'version'
    ? 'a version published'
    : step.thread.startsWith('element:')
      ? `element ${step.thread.slice('element:'.length)} changed`
      : step.thread === 'blueprint'
        ? 'the blueprint begun'
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
