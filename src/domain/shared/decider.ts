import type { AnyCommand, AnyEvent } from './command';
import type { Facts, Reference } from '../facts';

/**
 * One aggregate: how its state folds from its events, how it decides on a command, which
 * stream it lives in, and which other streams a command refers to (the handler folds those
 * into Facts, so decide can check references without any I/O of its own).
 */
export interface Aggregate<C extends AnyCommand, E extends AnyEvent, S> {
  readonly category: string;
  readonly commandTypes: readonly C['type'][];
  readonly initialState: S;
  evolve(state: S, event: E): S;
  decide(command: C, state: S, facts: Facts): E[];
  /** The id of the aggregate instance a command addresses. */
  targetId(command: C): string;
  /** Streams the decision needs to see besides its own; may depend on what the aggregate already holds. */
  references(command: C, state: S): Reference[];
}

export const streamName = (category: string, id: string): string => `${category}-${id}`;
