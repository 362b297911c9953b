/**
 * When the command handler writes a stream's folded state to the snapshot store, and what it
 * accepts back. Only the aggregates whose streams grow for the whole programme are kept (a
 * programme, its blueprint, a metric's measurements); an item's own stream (a small change, an
 * experiment, …) stays short and is folded from the log.
 *
 * A snapshot is written when a command has loaded a stream at least SNAPSHOT_EVERY_EVENTS events
 * past its last snapshot, so a new process folds at most that many events after one. Writing
 * encodes the whole state (its cost grows with the stream), so it is paid once per that many
 * events; reading one back, a new process folds at most that many events after it.
 *
 * Nothing here ever changes an answer: a snapshot of another version, one that will not decode,
 * or a store that fails is reported through `onError` and treated as no snapshot.
 */
import type { SnapshotStore, StoredSnapshot } from '../ports/snapshotStore';
import { decodeState, encodeState, STATE_CODEC_VERSION, type Encoded } from './stateCodec';

/**
 * The shape of each kept aggregate's state. Move an aggregate's number whenever its state changes
 * shape or what evolve puts in it: snapshots written before are then ignored (and replaced). The
 * golden test (test/application/snapshots.unit.test.ts) fails until the number moves.
 */
export const STATE_VERSIONS: Readonly<Record<string, number>> = {
  programme: 1,
  blueprint: 1,
  measurements: 1,
};

/**
 * 1,000: folding that many events costs a new process about what decoding a state of some
 * thousands of items does, and one write (the whole state encoded) per thousand commands stays
 * far below the commands' own cost (bench/RESULTS.md, issue 14).
 */
export const SNAPSHOT_EVERY_EVENTS = 1000;

export interface SnapshotOptions {
  /** Events between two snapshots of one stream. */
  readonly every?: number;
  /** The state versions (tests pass their own). */
  readonly versions?: Readonly<Record<string, number>>;
  /** Told about a snapshot ignored or a store that failed; the command goes on without it. */
  readonly onError?: (message: string, error?: unknown) => void;
}

/** A snapshot accepted by its version and decoded: still to be confirmed by the log. */
export interface ReadSnapshot {
  readonly stream: string;
  readonly revision: bigint;
  readonly lastEventId: string;
  readonly state: unknown;
}

export class Snapshots {
  private readonly every: number;
  private readonly versions: Readonly<Record<string, number>>;
  private readonly onError: (message: string, error?: unknown) => void;

  constructor(
    private readonly store: SnapshotStore,
    options: SnapshotOptions = {},
  ) {
    this.every = options.every ?? SNAPSHOT_EVERY_EVENTS;
    this.versions = options.versions ?? STATE_VERSIONS;
    this.onError = options.onError ?? (() => undefined);
  }

  /** The version a snapshot of this aggregate must carry; undefined for an aggregate not kept. */
  versionOf(category: string): string | undefined {
    const version = this.versions[category];
    return version === undefined ? undefined : `${category}/${version} codec/${STATE_CODEC_VERSION}`;
  }

  /** True when a state folded to `revision` is due a snapshot (the last one, if any, at `snapshotAt`). */
  due(category: string, revision: bigint, snapshotAt: bigint | undefined): boolean {
    return this.versionOf(category) !== undefined && revision - (snapshotAt ?? -1n) >= BigInt(this.every);
  }

  async read(category: string, key: string): Promise<ReadSnapshot | undefined> {
    const version = this.versionOf(category);
    if (version === undefined) return undefined;
    const stored = await this.attempt(`reading the snapshot of ${key}`, () => this.store.read(key));
    if (!stored || stored.version !== version) return undefined;
    try {
      return { ...stored, state: decodeState(JSON.parse(stored.state) as Encoded) };
    } catch (error) {
      this.onError(
        `the snapshot of ${key} at revision ${stored.revision} does not decode; folding the log`,
        error,
      );
      await this.discard(key, stored.revision);
      return undefined;
    }
  }

  /** Writes the state; false when it could not be (the command goes on). */
  async write(
    category: string,
    key: string,
    folded: Omit<StoredSnapshot, 'state' | 'version'> & { state: unknown },
  ): Promise<boolean> {
    const version = this.versionOf(category);
    if (version === undefined) return false;
    return this.attempt(`writing the snapshot of ${key}`, async () => {
      const state = JSON.stringify(encodeState(folded.state));
      await this.store.write(key, { ...folded, version, state });
      return true;
    }).then((written) => written ?? false);
  }

  /** Forgets a snapshot the log did not confirm. */
  async discard(key: string, revision: bigint): Promise<void> {
    await this.attempt(`discarding the snapshot of ${key}`, () => this.store.discard(key, revision));
  }

  /** Forgets every snapshot; a failure is thrown (a redaction must not leave one behind). */
  async clear(): Promise<void> {
    await this.store.clear();
  }

  private async attempt<T>(what: string, action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (error) {
      this.onError(`${what} failed; going on without it`, error);
      return undefined;
    }
  }
}
