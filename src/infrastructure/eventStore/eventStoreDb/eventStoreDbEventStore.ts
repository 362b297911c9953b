/**
 * The production event store: a thin adapter over @eventstore/db-client 6.x.
 *
 * - The port's global position is the record's commit position; a resume point is rebuilt as
 *   {commit, prepare} = {p, p}, which holds for every ordinary (non-transactional) append.
 * - Positions given to readLog and subscribe are exclusive in the port. The adapter drops any
 *   record at or before them, whether or not the server's own `fromPosition` was inclusive.
 * - System records ($-prefixed streams or types) are never returned.
 */
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  binaryEvent,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import {
  NO_STREAM,
  matchesFilter,
  reportSubscriptionFailure,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type LogSubscription,
  type ReadLogOptions,
  type ReadStreamOptions,
  type ReadStreamResult,
  type StoredEvent,
  type SubscribeOptions,
} from '../eventStore';
import { RevisionConflictError } from '../errors';
import { assertAppendable, fromPlainJson, toPlainJson } from '../payloadCodec';
import { translateClientError } from './clientErrors';

type Recorded = NonNullable<ResolvedEvent['event']> | NonNullable<AllStreamResolvedEvent['event']>;

/**
 * A command's events are indexed by link events ($>) in a stream of their own: links are system
 * records, so the log and subscriptions never return them, and reading the stream resolves them.
 */
const commandStream = (commandId: string) => `ledgerCommand-${commandId}`;

const commandOf = (events: readonly EventToAppend[]): string | undefined => {
  const commandId = events[0]?.metadata.commandId;
  return typeof commandId === 'string' && commandId.length > 0 ? commandId : undefined;
};

const positionAfter = (after: bigint | undefined): Position | typeof START =>
  after === undefined ? START : { commit: after, prepare: after };

const isSystem = (recorded: Recorded): boolean =>
  recorded.streamId.startsWith('$') || recorded.type.startsWith('$');

const toStoredEvent = (recorded: Recorded, commitPosition?: bigint): StoredEvent => ({
  id: recorded.id,
  type: recorded.type,
  data: fromPlainJson(
    recorded.isJson ? recorded.data : JSON.parse(Buffer.from(recorded.data).toString('utf8')),
  ),
  metadata: fromPlainJson(
    recorded.metadata instanceof Uint8Array
      ? JSON.parse(Buffer.from(recorded.metadata).toString('utf8') || '{}')
      : recorded.metadata,
  ),
  streamName: recorded.streamId,
  streamRevision: recorded.revision,
  // Servers before 22.x omit positions on stream reads; the ledger targets 24.10, which sends them.
  globalPosition: recorded.position?.commit ?? commitPosition ?? -1n,
  recordedAt: recorded.created,
});

export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<LogSubscription>();

  /** `connectionString` e.g. esdb://localhost:2113?tls=false for an insecure node. */
  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    assertAppendable(streamName, events);
    const eventData = events.map((event) =>
      jsonEvent({
        id: event.id,
        type: event.type,
        data: toPlainJson(event.data),
        metadata: toPlainJson(event.metadata),
      }),
    );
    try {
      const result = await this.client.appendToStream(streamName, eventData, { expectedRevision: expected });
      await this.indexCommand(streamName, events, result.nextExpectedRevision);
      return {
        nextExpectedRevision: result.nextExpectedRevision,
        lastPosition: result.position?.commit ?? -1n,
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualVersion;
        throw new RevisionConflictError(
          streamName,
          expected,
          typeof actual === 'bigint' ? actual : NO_STREAM,
        );
      }
      throw translateClientError(error, `append to ${streamName}`);
    }
  }

  /**
   * Links the appended events from their command's stream. Not atomic with the append: a crash or
   * a failure in between leaves the command findable only in its own stream, where the handler
   * also looks; the append itself has succeeded, so that failure is not reported as its own.
   */
  private async indexCommand(streamName: string, events: readonly EventToAppend[], last: bigint) {
    const commandId = commandOf(events);
    if (!commandId) return;
    const first = last - BigInt(events.length) + 1n;
    const links = events.map((_, i) =>
      binaryEvent({ type: '$>', data: Buffer.from(`${first + BigInt(i)}@${streamName}`) }),
    );
    await this.client.appendToStream(commandStream(commandId), links).catch(() => undefined);
  }

  async findCommand(commandId: string): Promise<StoredEvent[]> {
    try {
      const events: StoredEvent[] = [];
      for await (const resolved of this.client.readStream(commandStream(commandId), {
        resolveLinkTos: true,
      })) {
        if (resolved.event && resolved.link)
          events.push(toStoredEvent(resolved.event, resolved.commitPosition));
      }
      return events;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw translateClientError(error, `find command ${commandId}`);
    }
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<ReadStreamResult> {
    const backwards = options.direction === 'backwards';
    try {
      const events: StoredEvent[] = [];
      for await (const resolved of this.client.readStream(streamName, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision ?? (backwards ? END : START),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      })) {
        if (resolved.event) events.push(toStoredEvent(resolved.event, resolved.commitPosition));
      }
      return { events, streamRevision: await this.lastRevision(streamName, events, backwards) };
    } catch (error) {
      if (error instanceof StreamNotFoundError) return { events: [], streamRevision: NO_STREAM };
      throw translateClientError(error, `read ${streamName}`);
    }
  }

  private async lastRevision(streamName: string, read: StoredEvent[], backwards: boolean) {
    if (backwards && read.length > 0 && read[0]) return read[0].streamRevision;
    for await (const resolved of this.client.readStream(streamName, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
    })) {
      if (resolved.event) return resolved.event.revision;
    }
    return NO_STREAM;
  }

  async readLog({ after, maxCount, filter }: ReadLogOptions = {}): Promise<StoredEvent[]> {
    const limit = maxCount ?? Number.POSITIVE_INFINITY;
    const events: StoredEvent[] = [];
    if (limit <= 0) return events;
    try {
      const read = this.client.readAll({ direction: FORWARDS, fromPosition: positionAfter(after) });
      for await (const resolved of read) {
        const recorded = resolved.event;
        if (!recorded || isSystem(recorded)) continue;
        const event = toStoredEvent(recorded, resolved.commitPosition);
        if (after !== undefined && event.globalPosition <= after) continue;
        if (!matchesFilter(event, filter)) continue;
        events.push(event);
        if (events.length >= limit) break;
      }
      return events;
    } catch (error) {
      throw translateClientError(error, 'read the log');
    }
  }

  subscribe({ after, filter, onEvent, onError }: SubscribeOptions): LogSubscription {
    // One server-side filter is allowed: categories go to the server as stream-name prefixes;
    // event types, when also given, are checked here.
    const serverFilter = filter?.categories
      ? streamNameFilter({ prefixes: filter.categories.map((category) => `${category}-`) })
      : excludeSystemEvents();
    const stream = this.client.subscribeToAll({ fromPosition: positionAfter(after), filter: serverFilter });
    let lastDelivered = after;
    let stopping = false;
    const running = (async () => {
      for await (const resolved of stream) {
        const recorded = resolved.event;
        if (!recorded || isSystem(recorded)) continue;
        const event = toStoredEvent(recorded, resolved.commitPosition);
        if (lastDelivered !== undefined && event.globalPosition <= lastDelivered) continue;
        if (!matchesFilter(event, filter)) continue;
        await onEvent(event);
        lastDelivered = event.globalPosition;
      }
    })().catch(async (error: unknown) => {
      if (stopping) return; // the client may report its own cancellation as an error
      await stream.unsubscribe().catch(() => undefined);
      reportSubscriptionFailure(translateClientError(error, 'follow the log'), onError);
    });
    const subscription: LogSubscription = {
      stop: async () => {
        stopping = true;
        this.subscriptions.delete(subscription);
        await stream.unsubscribe();
        await running;
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  async lastPosition(): Promise<bigint | undefined> {
    try {
      // Reads backwards lazily until the first ledger record, skipping system records.
      for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END })) {
        if (resolved.event && !isSystem(resolved.event)) return resolved.event.position.commit;
      }
      return undefined;
    } catch (error) {
      throw translateClientError(error, 'read the log');
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }
}
