/**
 * Reads and folds one item's stream for the command handler, from the state cache when the log
 * confirms the cached state is still where it continues from (see stateCache.ts).
 */
import type { Occurrence } from '../domain/shared/businessTime';
import type { AnyEvent } from '../domain/shared/command';
import { streamNames } from '../domain/shared/decider';
import { NO_STREAM, type EventStore, type StoredEvent, type StreamRevision } from './ports/eventStore';
import { StreamCommands, type CachedState, type StateCache } from './stateCache';

export interface Loaded<S> {
  readonly stream: string;
  readonly state: S;
  readonly revision: StreamRevision;
  /** Where each command id appears in the stream, up to `revision`. */
  readonly commands: StreamCommands;
}

export interface Folding<S> {
  category: string;
  initialState: S;
  evolve(state: S, event: AnyEvent, occurrence: Occurrence): S;
}

const fold = <S>(aggregate: Folding<S>, state: S, events: readonly StoredEvent[]): S =>
  events.reduce(
    (current, event) =>
      aggregate.evolve(
        current,
        { type: event.type, data: event.data },
        { eventId: event.id, occurredAt: (event.metadata as { occurredAt: string }).occurredAt },
      ),
    state,
  );

export class StreamLoader {
  constructor(
    private readonly store: EventStore,
    private readonly cache: StateCache,
  ) {}

  /**
   * One item's state: the cached one brought up to date with the events recorded since (when the
   * log confirms it still continues from there), or else the whole stream folded afresh.
   */
  async load<S>(aggregate: Folding<S>, id: string): Promise<Loaded<S>> {
    const key = streamNames(aggregate.category, id).current;
    const cached = this.cache.get(key);
    const current = cached && (await this.catchUp(aggregate, cached));
    if (cached && !current) this.cache.forget(key);
    const loaded = current ?? (await this.loadAfresh(aggregate, id));
    if (loaded.revision !== NO_STREAM) this.cache.set(key, loaded as CachedState);
    return loaded as Loaded<S>;
  }

  /**
   * A cached state with the events recorded after it folded in; undefined when the log does not
   * continue from it (its next event is not the one after the cached revision, or the stream
   * stands at another revision: a ledger restored from a backup, a stream read elsewhere).
   */
  private async catchUp<S>(aggregate: Folding<S>, cached: CachedState): Promise<CachedState | undefined> {
    const { events, streamRevision } = await this.store.readStream(cached.stream, {
      fromRevision: cached.revision + 1n,
    });
    if (events.length === 0) return streamRevision === cached.revision ? cached : undefined;
    const last = events.at(-1)!.streamRevision;
    if (events[0]!.streamRevision !== cached.revision + 1n || streamRevision !== last) return undefined;
    cached.commands.add(events);
    return { ...cached, state: fold(aggregate, cached.state as S, events), revision: last };
  }

  /**
   * Loads one item's stream and folds it, each event with its id and occurred time. A ledger
   * written before 0.2.0 may keep the item under its legacy stream name: that one is used when it
   * exists, so old items keep their one stream.
   */
  private async loadAfresh<S>(aggregate: Folding<S>, id: string): Promise<Loaded<S>> {
    const names = streamNames(aggregate.category, id);
    const legacy = names.legacy === undefined ? undefined : await this.store.readStream(names.legacy);
    const stream = legacy?.events.length ? names.legacy! : names.current;
    const { events, streamRevision } = legacy?.events.length ? legacy : await this.store.readStream(stream);
    const commands = new StreamCommands();
    commands.add(events);
    return {
      stream,
      state: fold(aggregate, aggregate.initialState, events),
      revision: streamRevision,
      commands,
    };
  }
}
