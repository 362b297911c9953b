/**
 * given(events).when(command).then(events) for the pure deciders, with facts from other streams.
 * A given event occurs on the programme's start date unless dated with `on(date, event)`.
 */
import type { Facts } from '../../src/domain/facts';
import type { AnyCommand, AnyEvent } from '../../src/domain/shared/command';
import type { Aggregate } from '../../src/domain/shared/decider';
import { DomainError } from '../../src/domain/shared/errors';

type ErrorClass = abstract new (...args: never[]) => DomainError;

/** The day the fictional programme of the fixtures starts: undated given events occur then. */
export const PROGRAMME_START = '2021-09-01';

export interface Dated<E> {
  readonly event: E;
  readonly on: string;
  readonly eventId?: string;
}
export type Given<E> = E | Dated<E>;

/** A given event that occurred on `date` (and, when a test points at it, has this id). */
export const on = <E>(date: string, event: E, eventId?: string): Dated<E> => ({
  event,
  on: date,
  ...(eventId ? { eventId } : {}),
});

const isDated = <E>(given: Given<E>): given is Dated<E> =>
  typeof given === 'object' && given !== null && 'on' in given && 'event' in given;

/** Folds given events as the handler would: each with an id (`event-1`, …) and its occurred date. */
export const foldEvents = <E extends AnyEvent, S>(
  aggregate: Pick<Aggregate<AnyCommand, E, S>, 'evolve' | 'initialState'>,
  events: readonly Given<E>[],
): S =>
  events.reduce((state, given, index) => {
    const dated = isDated(given) ? given : { event: given, on: PROGRAMME_START };
    const eventId = dated.eventId ?? `event-${index + 1}`;
    return aggregate.evolve(state, dated.event, { eventId, occurredAt: dated.on });
  }, aggregate.initialState);

export const specFor =
  <C extends AnyCommand, E extends AnyEvent, S>(aggregate: Aggregate<C, E, S>, defaultFacts: () => Facts) =>
  (events: readonly Given<E>[], facts: Facts = defaultFacts()) => {
    const state = foldEvents(aggregate, events);
    return {
      state,
      when: (command: C) => {
        const run = () => aggregate.decide(command, state, facts);
        return {
          then: (expected: readonly E[]) => expect(run()).toEqual(expected),
          /** Asserts the error's class and the rule it names; returns the message for further checks. */
          thenThrows: (errorClass: ErrorClass, rule: string): string => {
            let caught: unknown;
            try {
              run();
            } catch (error) {
              caught = error;
            }
            expect(caught).toBeInstanceOf(errorClass);
            expect((caught as DomainError).rule).toBe(rule);
            return (caught as DomainError).message;
          },
        };
      },
    };
  };
