/**
 * The event store port. Everything the ledger needs from a store of immutable events; the SQLite
 * and EventStoreDB adapters implement it, and one conformance suite holds both to it.
 */

/** An event's data and metadata: always a JSON object. Bigints survive the round trip. */
export type EventPayload = Readonly<Record<string, unknown>>;

export interface EventToAppend {
  /** UUID, chosen by the writer. */
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
  /** The stream's last revision when it was read, whatever part of it was returned. */
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
  /** Called when the subscription ends because of an error (its handler's or the store's). */
  readonly onError?: (error: Error) => void;
}

export interface LogSubscription {
  /** Stops delivery; resolves once no handler call is in flight. */
  stop(): Promise<void>;
}

export interface EventStore {
  /** Appends all events or none. Fails with RevisionConflictError when `expected` does not hold. */
  appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  /** A stream that does not exist reads as no events with streamRevision 'no_stream'. */
  readStream(streamName: string, options?: ReadStreamOptions): Promise<ReadStreamResult>;
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
