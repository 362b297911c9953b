/**
 * given(events).when(command).then(events) for the pure deciders, with facts from other streams.
 */
import type { Facts } from '../../src/domain/facts';
import type { AnyCommand, AnyEvent } from '../../src/domain/shared/command';
import type { Aggregate } from '../../src/domain/shared/decider';
import { DomainError } from '../../src/domain/shared/errors';

type ErrorClass = abstract new (...args: never[]) => DomainError;

export const specFor =
  <C extends AnyCommand, E extends AnyEvent, S>(aggregate: Aggregate<C, E, S>, defaultFacts: () => Facts) =>
  (events: readonly E[], facts: Facts = defaultFacts()) => {
    const state = events.reduce(aggregate.evolve, aggregate.initialState);
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
