import type { AnyCommand, AnyEvent } from './command';
import type { BusinessTime, Occurrence } from './businessTime';
import type { Facts, Reference } from '../facts';

/**
 * One aggregate: how its state folds from its events (each with its id and occurred time), how it
 * decides on a command, which stream it lives in, which other streams a command refers to (the
 * handler folds those into Facts, so decide can check references without any I/O of its own), and
 * how its events are dated steps of its items.
 */
export interface Aggregate<C extends AnyCommand, E extends AnyEvent, S> {
  readonly category: string;
  readonly commandTypes: readonly C['type'][];
  readonly initialState: S;
  evolve(state: S, event: E, occurrence: Occurrence): S;
  decide(command: C, state: S, facts: Facts): E[];
  /** The id of the aggregate instance a command addresses. */
  targetId(command: C): string;
  /** Streams the decision needs to see besides its own; may depend on what the aggregate already holds. */
  references(command: C, state: S): Reference[];
  readonly time: BusinessTime<E>;
}

/**
 * The stream of one item: `review-<id>`. An id that already carries its category ("review-2024-09")
 * is not prefixed twice, so it names the stream `review-2024-09`.
 */
export const streamName = (category: string, id: string): string =>
  id.startsWith(`${category}-`) ? id : `${category}-${id}`;

/**
 * The names one item's stream may have: before version 0.2.0 every id was prefixed, even one that
 * already carried its category ("review-review-2024-09"). Ledgers written then keep those streams,
 * so the handler looks for the legacy name first and keeps writing to it when it exists.
 */
export const streamNames = (category: string, id: string): { current: string; legacy?: string } => {
  const current = streamName(category, id);
  const legacy = `${category}-${id}`;
  return legacy === current ? { current } : { current, legacy };
};
