/**
 * Folded stream states kept between commands, so a command reads and folds only the events
 * recorded since the state it last saw, not the whole stream. A cached state is a fact about the
 * log up to a revision; it is only ever used after the log has confirmed it (see StreamLoader):
 * when the event the log holds at that revision is not the one the state was folded to, or the
 * events after it do not run on to the stream's end, the state is dropped and the stream folded
 * afresh. Nothing is ever cached that the log did not return: not the events a command is about
 * to append, not a state folded from a guess.
 *
 * The least recently used streams are forgotten beyond a bound, so memory stays bounded by the
 * number of streams kept, not by the ledger's size.
 */
import type { StoredEvent } from './ports/eventStore';

/**
 * Where each command id appears in one stream: its first and last revision. Only ever added to,
 * and only with events the log returned in order, so it can be shared by every state folded from
 * the same stream: a reader at revision r ignores what lies beyond r.
 */
export class StreamCommands {
  private readonly revisions = new Map<string, { first: bigint; last: bigint }>();

  /**
   * `indexedTo`: the revision up to which events are not indexed. A state read from a snapshot
   * starts from the snapshot's revision: commands recorded before it are found by the store's own
   * lookup only (which is why snapshots need a store whose lookup is exact).
   */
  constructor(private indexedTo = -1n) {}

  add(events: readonly StoredEvent[]): void {
    for (const event of events) {
      if (event.streamRevision <= this.indexedTo) continue;
      const commandId = event.metadata.commandId;
      if (typeof commandId === 'string') {
        const known = this.revisions.get(commandId);
        this.revisions.set(commandId, {
          first: known?.first ?? event.streamRevision,
          last: event.streamRevision,
        });
      }
      this.indexedTo = event.streamRevision;
    }
  }

  /** The revisions a command id's events span in the stream, up to `revision`; undefined when it has none. */
  span(commandId: string, revision: bigint): { first: bigint; last: bigint } | undefined {
    const known = this.revisions.get(commandId);
    if (!known || known.first > revision) return undefined;
    return { first: known.first, last: known.last > revision ? revision : known.last };
  }
}

export interface CachedState {
  /** The stream the state was folded from (a legacy name when the item has one). */
  readonly stream: string;
  /** The revision of the last event folded into it. */
  readonly revision: bigint;
  /** The id of that event: the log must still hold it there. */
  readonly lastEventId: string;
  readonly state: unknown;
  readonly commands: StreamCommands;
  /** The revision of the stream's latest snapshot this process knows of. */
  readonly snapshotAt?: bigint;
}

export const DEFAULT_CACHED_STREAMS = 2000;

export class StateCache {
  private readonly entries = new Map<string, CachedState>();

  constructor(private readonly maxStreams: number = DEFAULT_CACHED_STREAMS) {}

  get(key: string): CachedState | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps the newer of two states of one stream: a slower command never puts back an older one. */
  set(key: string, entry: CachedState): void {
    const current = this.entries.get(key);
    if (current && current.stream === entry.stream && current.revision > entry.revision) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxStreams) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
