/**
 * The snapshot store port: a stream's folded state kept next to the log, so that a new process
 * (a restart, a CLI call) reads the state and folds only the events after it instead of the whole
 * stream. A snapshot is a cache, never a source of truth: the command handler uses one only after
 * the log confirms it (the event at its revision is the one it was folded to), ignores one written
 * for another shape of state, and answers the same with the store empty, lost or corrupt.
 *
 * Only for an event store whose command lookup (EventStore.findCommand) is exact: a state read from
 * a snapshot does not know which commands recorded the events before it.
 */

export interface StoredSnapshot {
  /** The stream folded (an item's legacy stream name when it has one). */
  readonly stream: string;
  /** The revision of the last event folded into the state. */
  readonly revision: bigint;
  /** That event's id: the log must hold it at that revision for the snapshot to be used. */
  readonly lastEventId: string;
  /** The state's shape version and the codec's, as the code that wrote it knew them. */
  readonly version: string;
  /** The encoded state. */
  readonly state: string;
}

export interface SnapshotStore {
  /** The snapshot kept for a stream (by its current name), if any. */
  read(key: string): Promise<StoredSnapshot | undefined>;
  /**
   * Keeps a snapshot for a stream, replacing the one kept unless that one is of the same version
   * and a later revision (two processes may write; the later state stays).
   */
  write(key: string, snapshot: StoredSnapshot): Promise<void>;
  /** Forgets the stream's snapshot at this revision (one the log did not confirm, or unreadable). */
  discard(key: string, revision: bigint): Promise<void>;
  /** Forgets every snapshot (after a redaction rewrote events they were folded from). */
  clear(): Promise<void>;
  close(): Promise<void>;
}
