/**
 * The event store port. Everything the ledger needs from a store of immutable events; the SQLite
 * and EventStoreDB adapters implement it, and one conformance suite holds both to it.
 */

/** An event's data and metadata: always a JSON object. Bigints survive the round trip. */
export type EventPayload = Readonly<Record<string, unknown>>;

/**
 * The most an append may carry, in bytes: the UTF-8 JSON of every event's data and metadata plus
 * its type. Over it, both adapters refuse the whole append with AppendTooLargeError before
 * anything is written. It sits below EventStoreDB's own default limit (MaxAppendSize, 1 MiB), so
 * the server never refuses first unless an operator lowers that limit (the adapter then reports
 * the server's refusal with the same error).
 */
export const MAX_APPEND_BYTES = 1_000_000;

/**
 * The personal-data register's streams (`person-<id>`) on EventStoreDB share the server with the
 * log but are not part of it: readLog and subscribe never return them, and appendToStream refuses
 * the category, so a ledger stream can never be mistaken for one.
 */
export const PERSONAL_DATA_CATEGORY = 'person';

export interface EventToAppend {
  /**
   * UUID, chosen by the writer: a fresh one for every new event. Repeating an append the store
   * already holds (the same ids in the same order, to the same stream, with the same expected
   * revision) writes nothing and returns the first append's result, so a writer may retry an
   * append whose answer it lost. With `any` or `stream_exists`, EventStoreDB recognises a repeat
   * only while it remembers the ids (recent appends, not across a server restart): pass an exact
   * revision when a retry must never duplicate. An append that repeats only some of a stored
   * append's ids is refused: RevisionConflictError with an exact revision or `no_stream`,
   * DuplicateEventError with `any` or `stream_exists`. An id reused for a different event is a
   * writer's bug: SQLite refuses it with DuplicateEventError; EventStoreDB keeps no index of ids
   * and cannot see it.
   */
  readonly id: string;
  readonly type: string;
  readonly data: EventPayload;
  readonly metadata: EventPayload;
}

export interface StoredEvent {
  readonly id: string;
  readonly type: string;
  readonly data: EventPayload;
  readonly metadata: EventPayload;
  readonly streamName: string;
  /** 0 for a stream's first event. */
  readonly streamRevision: bigint;
  /** Position in the whole log; strictly increasing in log order, not necessarily contiguous. */
  readonly globalPosition: bigint;
  /** Server time at which the store recorded the event. */
  readonly recordedAt: Date;
}

export const NO_STREAM = 'no_stream';
export const STREAM_EXISTS = 'stream_exists';
export const ANY = 'any';

/** The revision of a stream's last event, or 'no_stream' when the stream has no events. */
export type StreamRevision = bigint | typeof NO_STREAM;

/** What the writer believes about the stream: an exact revision, or one of the three forms. */
export type ExpectedRevision = StreamRevision | typeof STREAM_EXISTS | typeof ANY;

export interface AppendResult {
  /** The stream's revision after the append: pass it as the next expected revision. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last event appended. */
  readonly lastPosition: bigint;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  readonly fromRevision?: bigint;
  readonly maxCount?: number;
}

export interface ReadStreamResult {
  readonly events: StoredEvent[];
  /**
   * The stream's last revision, whatever part of it was returned. When the read returns the
   * stream's last event (a forwards read that reaches the end, or a backwards read from the end)
   * it is that event's revision, from the same read: a writer that decides on these events and
   * appends with this revision can never pass over an event appended in between. Otherwise
   * (nothing returned, a read cut short by `maxCount`, or a backwards read from a revision) it
   * is looked up separately and may be newer than the events returned.
   */
  readonly streamRevision: StreamRevision;
}

/** Narrows the log. A category is the part of a stream name before its first '-'. */
export interface LogFilter {
  readonly categories?: readonly string[];
  readonly eventTypes?: readonly string[];
}

export interface ReadLogOptions {
  /** Exclusive: only events after this global position. Omit to read from the beginning. */
  readonly after?: bigint;
  readonly maxCount?: number;
  readonly filter?: LogFilter;
}

export interface SubscribeOptions {
  /** Exclusive: resume after this global position (the last one processed). Omit to start at the beginning. */
  readonly after?: bigint;
  readonly filter?: LogFilter;
  /** Called once per event, in log order; the next event waits for the returned promise. */
  readonly onEvent: (event: StoredEvent) => void | Promise<void>;
  /**
   * Called once when the subscription ends without stop(): its handler failed, the store failed,
   * or the store ended it (a restart, a lost connection). A subscription never ends silently;
   * subscribe again after the last position processed to resume.
   */
  readonly onError?: (error: Error) => void;
}

export interface LogSubscription {
  /** Stops delivery; resolves once no handler call is in flight. */
  stop(): Promise<void>;
}

export interface EventStore {
  /**
   * Appends all events or none. Fails with RevisionConflictError when `expected` does not hold,
   * AppendTooLargeError over MAX_APPEND_BYTES, InvalidAppendError for a malformed append; see
   * EventToAppend.id for a repeated append.
   */
  appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  /** A stream that does not exist reads as no events with streamRevision 'no_stream'. */
  readStream(streamName: string, options?: ReadStreamOptions): Promise<ReadStreamResult>;
  /** The log in order; never the personal-data register's streams nor the store's own system records. */
  readLog(options?: ReadLogOptions): Promise<StoredEvent[]>;
  /** Catches up from `after`, then delivers new events live, with no gap and no duplicate. */
  subscribe(options: SubscribeOptions): LogSubscription;
  /** The global position of the last event in the log, or undefined for an empty log. */
  lastPosition(): Promise<bigint | undefined>;
  /**
   * The events appended under a command id (the `commandId` of their metadata), in log order,
   * whichever stream holds them; none for an id never used. The command handler uses it to keep a
   * command id unique across the whole ledger, not only within one stream.
   */
  findCommand(commandId: string): Promise<StoredEvent[]>;
  close(): Promise<void>;
}

/** The category of a stream: `smallChange-1234` is in category `smallChange`. */
export const streamCategory = (streamName: string): string => {
  const dash = streamName.indexOf('-');
  return dash === -1 ? streamName : streamName.slice(0, dash);
};

export const matchesFilter = (event: Pick<StoredEvent, 'streamName' | 'type'>, filter?: LogFilter): boolean =>
  (!filter?.categories || filter.categories.includes(streamCategory(event.streamName))) &&
  (!filter?.eventTypes || filter.eventTypes.includes(event.type));

export const describeRevision = (revision: ExpectedRevision): string =>
  typeof revision === 'bigint' ? `revision ${revision}` : revision.replace('_', ' ');

/** Ends a subscription's run: hands the failure to its onError, or logs it when nobody listens. */
export const reportSubscriptionFailure = (error: unknown, onError?: (error: Error) => void): void => {
  // Duck-typed: a driver's error may come from another realm (a test runner's), and keeps its code.
  const failure =
    error instanceof Error || typeof (error as Error | null)?.message === 'string'
      ? (error as Error)
      : new Error(String(error));
  if (onError) onError(failure);
  else console.error(`Event subscription stopped: ${failure.message}`);
};
