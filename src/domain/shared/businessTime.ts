/**
 * Business time in the deciders. Every recorded event is a dated step of its item; the handler
 * hands each event's occurred time and id to `evolve`, so decisions check dates without a clock.
 *
 * DOMAIN: the steps of one item occur in lifecycle order; nothing of a programme occurs before its
 * start except a declared baseline; a wrong date is corrected by an event of its own, never edited.
 */
import type { Event } from './command';
import { ValidationError } from './errors';

/** What a decider knows of a recorded event besides its data: its id and when it occurred. */
export interface Occurrence {
  readonly eventId: string;
  readonly occurredAt: string;
}

export interface Step extends Occurrence {
  readonly type: string;
  /** The lifecycle within the stream it belongs to: the item's own, or a phase's, an element's, … */
  readonly thread: string;
  /** A baseline measurement or survey round: it may come before the programme starts. */
  readonly baseline?: boolean;
}

/** Why two steps must occur in the order they were recorded, as a rule and a sentence naming both dates. */
export interface Order {
  readonly rule: string;
  readonly message: string;
}

/** The order two steps of one stream keep (`earlier` recorded first), or undefined when they keep none. */
export type Ordering = (earlier: Step, later: Step) => Order | undefined;

/** How an aggregate's events are dated steps: the lifecycle each belongs to and the order they keep. */
export interface BusinessTime<E extends Event<string, unknown>> {
  thread(event: E): string;
  readonly ordering: Ordering;
  /** Steps whose date is the corrected step's own (a review's decisions keep the review's date). */
  followers?(steps: readonly Step[], corrected: Step): readonly Step[];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date without a time means some time that day: against a timestamp, only the days are compared. */
export const occursBefore = (a: string, b: string): boolean =>
  DATE_ONLY.test(a) || DATE_ONLY.test(b) ? a.slice(0, 10) < b.slice(0, 10) : Date.parse(a) < Date.parse(b);

export const sameDay = (a: string, b: string): boolean => a.slice(0, 10) === b.slice(0, 10);

export const stepOf = <E extends Event<string, unknown>>(
  time: BusinessTime<E>,
  event: E,
  occurrence: Occurrence,
  baseline = false,
): Step => ({
  eventId: occurrence.eventId,
  occurredAt: occurrence.occurredAt,
  type: event.type,
  thread: time.thread(event),
  ...(baseline ? { baseline } : {}),
});

const refuseOutOfOrder = (ordering: Ordering, earlier: Step, later: Step): void => {
  const order = ordering(earlier, later);
  if (order && occursBefore(later.occurredAt, earlier.occurredAt))
    throw new ValidationError(order.rule, order.message);
};

/** A new step may not occur before any step it must follow (the refusal names the latest such step). */
export const requireInOrder = (steps: readonly Step[], next: Step, ordering: Ordering): void => {
  for (let i = steps.length - 1; i >= 0; i -= 1) refuseOutOfOrder(ordering, steps[i]!, next);
};

/** The steps as they stand once a date is corrected: the step, and its followers, take the correct date. */
export const correctedSteps = (
  steps: readonly Step[],
  correction: {
    readonly eventId: string;
    readonly followers: readonly string[];
    readonly occurredAt: string;
  },
): Step[] =>
  steps.map((step) =>
    step.eventId === correction.eventId || correction.followers.includes(step.eventId)
      ? { ...step, occurredAt: correction.occurredAt }
      : step,
  );

/** A corrected date must keep the step in order with every step before and after it (followers move with it). */
export const requireStillInOrder = (
  steps: readonly Step[],
  corrected: Step,
  followers: readonly Step[],
  ordering: Ordering,
): void => {
  const moving = new Set([corrected.eventId, ...followers.map((step) => step.eventId)]);
  const index = steps.findIndex((step) => step.eventId === corrected.eventId);
  const staying = (step: Step) => !moving.has(step.eventId);
  // Nearest neighbours first, so a refusal names the step the new date collides with.
  requireInOrder(steps.slice(0, index).filter(staying), corrected, ordering);
  for (const later of steps.slice(index + 1).filter(staying)) refuseOutOfOrder(ordering, corrected, later);
};

/** DOMAIN: nothing of a programme occurs before its start date, except a declared baseline. */
export const requireFromProgrammeStart = (
  startDate: string,
  occurredAt: string,
  what = 'What you are recording',
): void => {
  if (occursBefore(occurredAt, startDate)) {
    throw new ValidationError(
      'NotBeforeProgrammeStart',
      `${what} is dated ${occurredAt}, before the programme starts on ${startDate}; only a baseline measurement or survey round, declared as one, may come before the start`,
    );
  }
};

/** A baseline describes the time before the programme: declared as one, it must come before the start. */
export const requireBaselineBeforeStart = (startDate: string, date: string, what: string): void => {
  if (!occursBefore(date, startDate)) {
    throw new ValidationError(
      'BaselineBeforeStart',
      `${what} is declared a baseline but is dated ${date}, not before the programme starts on ${startDate}; leave baseline out for facts of the programme itself`,
    );
  }
};

/** The events a decision produces, as new steps, must each keep the order with the steps already recorded. */
export const requireNewStepsInOrder = <E extends Event<string, unknown>>(
  time: BusinessTime<E>,
  steps: readonly Step[],
  events: readonly E[],
  occurredAt: string,
): E[] => {
  for (const event of events)
    if (event.type !== 'OccurredDateCorrected')
      requireInOrder(steps, stepOf(time, event, { eventId: '(new)', occurredAt }), time.ordering);
  return [...events];
};
