/**
 * Reads and folds one item's stream for the command handler: from the state cache when the log
 * confirms the cached state is still where it continues from (see stateCache.ts), else from a
 * snapshot the log confirms the same way (see snapshots/snapshots.ts), else the whole stream.
 *
 * The log confirms a state folded to revision r when the event it holds at r is the one the state
 * was folded to (the same id) and the events after it run on to the stream's end: a log restored
 * from a backup, shorter or grown again with other events, confirms nothing, and the state is
 * dropped.
 */
import type { Occurrence } from '../domain/shared/businessTime';
import type { AnyEvent } from '../domain/shared/command';
import { streamNames } from '../domain/shared/decider';
import { NO_STREAM, type EventStore, type StoredEvent, type StreamRevision } from './ports/eventStore';
import type { Snapshots } from './snapshots/snapshots';
import { StreamCommands, type CachedState, type StateCache } from './stateCache';

export interface Loaded<S> {
  readonly stream: string;
  readonly state: S;
  readonly revision: StreamRevision;
  /** Where each command id appears in the stream, up to `revision` (after the snapshot, when read from one). */
  readonly commands: StreamCommands;
  /** The id of the event at `revision`. */
  readonly lastEventId?: string;
  /** The revision of the stream's latest snapshot this process knows of. */
  readonly snapshotAt?: bigint;
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
  private writing: Promise<void> = Promise.resolve();
  /** Moves on when every state is forgotten: loads begun before keep nothing. */
  private generation = 0;

  constructor(
    private readonly store: EventStore,
    private readonly cache: StateCache,
    private readonly snapshots?: Snapshots,
  ) {}

  /**
   * One item's state: the cached one brought up to date with the events recorded since (when the
   * log confirms it still continues from there), or a snapshot's brought up to date the same way,
   * or else the whole stream folded afresh.
   */
  async load<S>(aggregate: Folding<S>, id: string): Promise<Loaded<S>> {
    const key = streamNames(aggregate.category, id).current;
    const generation = this.generation;
    const cached = this.cache.get(key);
    const current = cached && (await this.continueFrom(aggregate, cached));
    if (cached && !current) this.cache.forget(key);
    const loaded =
      current ?? (await this.fromSnapshot(aggregate, key)) ?? (await this.loadAfresh(aggregate, id));
    // Nothing folded before the states were forgotten is kept (it may hold what a redaction removed).
    if (loaded.revision === NO_STREAM || generation !== this.generation) return loaded;
    const kept = this.keepSnapshot(aggregate.category, key, loaded);
    this.cache.set(key, kept as CachedState);
    return kept;
  }

  /** Forgets every folded state, cached and snapshotted (after a redaction rewrote events). */
  async forgetAll(): Promise<void> {
    this.generation += 1;
    this.cache.clear();
    await this.snapshots?.clear();
  }

  /**
   * A state folded to a revision with the events recorded after it folded in; undefined when the
   * log does not confirm it (see the module's comment).
   */
  private async continueFrom<S>(
    aggregate: Folding<S>,
    base: Omit<CachedState, 'state'> & { state: unknown },
  ): Promise<Loaded<S> | undefined> {
    const { events, streamRevision } = await this.store.readStream(base.stream, {
      fromRevision: base.revision,
    });
    const [at, ...after] = events;
    if (!at || at.streamRevision !== base.revision || at.id !== base.lastEventId) return undefined;
    const last = events.at(-1)!;
    if (streamRevision !== last.streamRevision) return undefined;
    base.commands.add(after);
    return {
      ...base,
      state: fold(aggregate, base.state as S, after),
      revision: last.streamRevision,
      lastEventId: last.id,
    };
  }

  /** The stream's snapshot, confirmed by the log and brought up to date; undefined when there is none to use. */
  private async fromSnapshot<S>(aggregate: Folding<S>, key: string): Promise<Loaded<S> | undefined> {
    const snapshot = await this.snapshots?.read(aggregate.category, key);
    if (!snapshot) return undefined;
    const commands = new StreamCommands(snapshot.revision);
    const loaded = await this.continueFrom(aggregate, {
      ...snapshot,
      commands,
      snapshotAt: snapshot.revision,
    });
    if (!loaded) await this.snapshots!.discard(key, snapshot.revision);
    return loaded;
  }

  /**
   * Writes a snapshot of the state when one is due, after the command that loaded it has its
   * answer (encoding a whole state is the one cost here that grows with the stream); the state
   * then knows it. A write that fails is reported and left to the next interval.
   */
  private keepSnapshot<S>(category: string, key: string, loaded: Loaded<S>): Loaded<S> {
    const revision = loaded.revision as bigint;
    if (!this.snapshots?.due(category, revision, loaded.snapshotAt) || loaded.lastEventId === undefined)
      return loaded;
    const { snapshots, generation } = this;
    const { stream, state, lastEventId } = loaded;
    this.writing = this.writing
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() =>
        generation === this.generation
          ? snapshots.write(category, key, { stream, revision, lastEventId, state })
          : false,
      )
      .then(() => undefined);
    return { ...loaded, snapshotAt: revision };
  }

  /** Resolves once every snapshot this loader has begun writing is written (or given up). */
  async settled(): Promise<void> {
    await this.writing;
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
      ...(events.length > 0 ? { lastEventId: events.at(-1)!.id } : {}),
    };
  }
}
