/**
 * An index of the blueprint's steps for its order check, kept by evolve: for each group of steps
 * that a new step may have to follow (the blueprint's beginning, its versions, all element
 * changes, one element's changes, one element's addition, one element's implementation), the
 * latest date among them. A new change is checked against the few groups it must follow
 * (blueprintTime.ordering), so the check costs the same however long the blueprint has grown; only
 * when a group's latest date says the change might come before one of its steps are the steps
 * themselves searched, to refuse with the sentence naming that step, exactly as before.
 */
import { Map as PersistentMap } from 'immutable';
import type { Step } from '../shared/businessTime';

/** The latest of some dates as `occursBefore` compares them: by day, and by instant among timestamps. */
interface Latest {
  readonly day: string;
  readonly instant: number;
}

export type StepOrder = PersistentMap<string, Latest>;

export const noStepOrder: StepOrder = PersistentMap();

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const instantOf = (occurredAt: string): number =>
  DATE_ONLY.test(occurredAt) ? Number.NEGATIVE_INFINITY : Date.parse(occurredAt);

const ELEMENT = 'element:';
const IMPLEMENTATION = 'implementation:';

/** The groups a recorded step belongs to; a co-owner's addition is in none (nothing must follow it). */
const groupsOf = (step: Step): readonly string[] => {
  const { thread } = step;
  if (thread.startsWith(ELEMENT)) {
    const added = `added:${thread.slice(ELEMENT.length)}`;
    return step.type === 'BlueprintElementAdded' ? [thread, 'elements', added] : [thread, 'elements'];
  }
  if (thread === 'blueprint' || thread === 'version' || thread.startsWith(IMPLEMENTATION)) return [thread];
  return [];
};

/** The groups holding every step a new step of this thread may not come before (see blueprintTime). */
const mustFollow = (thread: string): readonly string[] => {
  if (thread.startsWith(IMPLEMENTATION))
    return ['blueprint', `added:${thread.slice(IMPLEMENTATION.length)}`, thread];
  if (thread === 'version') return ['blueprint', 'elements', 'version'];
  if (thread.startsWith(ELEMENT)) return ['blueprint', 'version', thread];
  return ['blueprint'];
};

const later = (latest: Latest | undefined, occurredAt: string): Latest => {
  const day = occurredAt.slice(0, 10);
  const instant = instantOf(occurredAt);
  if (!latest) return { day, instant };
  // NaN (a date Date.parse cannot read) compares false either way, as it does in occursBefore.
  return {
    day: day > latest.day ? day : latest.day,
    instant: instant > latest.instant ? instant : latest.instant,
  };
};

/** The index with one more step recorded. */
export const withStep = (order: StepOrder, step: Step): StepOrder => {
  // A step in no group (a co-owner's addition) alters nothing, and withMutations then returns `order` itself.
  return order.withMutations((mutable) => {
    for (const group of groupsOf(step)) mutable.set(group, later(mutable.get(group), step.occurredAt));
  });
};

/** The index of these steps (after a date correction moved some of them). */
export const stepOrderOf = (steps: Iterable<Step>): StepOrder => {
  let order = noStepOrder;
  for (const step of steps) order = withStep(order, step);
  return order;
};

/**
 * False when the new step cannot come before any recorded step it must follow, so the order check
 * has nothing to refuse; true when it might (the steps are then searched).
 */
export const mayComeBefore = (order: StepOrder, next: Pick<Step, 'thread' | 'occurredAt'>): boolean => {
  const day = next.occurredAt.slice(0, 10);
  // A date without a time is compared by its day only; a timestamp by its instant too.
  const instant = instantOf(next.occurredAt);
  const timed = instant !== Number.NEGATIVE_INFINITY;
  return mustFollow(next.thread).some((group) => {
    const latest = order.get(group);
    return latest !== undefined && (day < latest.day || (timed && instant < latest.instant));
  });
};
