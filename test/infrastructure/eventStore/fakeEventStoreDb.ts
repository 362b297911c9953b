/**
 * A small in-memory stand-in for the part of @eventstore/db-client the adapters use, written from
 * the client's source (6.2.1) and the server's documented behaviour. It is not a server: it lets
 * the adapters' own logic be tested here, including what the real client does badly.
 *
 * - A read holds its call open until it is read to the end or cancelled; breaking out of the
 *   loop leaves it open (the real client's ReadStream does not cancel the gRPC call then).
 * - Appends follow the server's idempotency rules (IndexWriter.CheckCommit) and its size limit.
 * - Reads of $all: forwards from a position is inclusive, backwards exclusive.
 * - An event of type `$>` whose data is `<revision>@<stream>` is a link: a stream read with
 *   resolveLinkTos gives the event it points to, with the link beside it (no event once the
 *   target's stream is tombstoned).
 */
import {
  MaxAppendSizeExceededError,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult,
  type AppendToStreamOptions,
  type EventData,
  type Filter,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type ResolvedEvent,
  type SubscribeToAllOptions,
} from '@eventstore/db-client';
import type {
  EventStoreDbClient,
  ReadCall,
} from '../../../src/infrastructure/eventStore/eventStoreDb/sharedClient';
import { FakeRead, FakeSubscription } from './fakeCalls';

export { FakeRead, FakeSubscription };

export interface FakeRecord {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  data: unknown;
  metadata: unknown;
  isJson: true;
  created: Date;
  position: Position;
}

export interface FakeOptions {
  /** As `throwOnAppendFailure=false` in a connection string, with the batch path's wrong revision. */
  appendFailuresAsResults?: boolean;
  /** Acknowledge a repeated append without a position, as servers that do not report it do. */
  idempotentWithoutPosition?: boolean;
  /** The server's MaxAppendSize. */
  maxAppendSize?: number;
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');

const matches = (filter: Filter | undefined, record: FakeRecord): boolean => {
  if (!filter) return true;
  const subject = filter.filterOn === 'streamName' ? record.streamId : record.type;
  if ('prefixes' in filter) return filter.prefixes.some((prefix) => subject.startsWith(prefix));
  return new RegExp(filter.regex).test(subject);
};

const before = (a: Position, b: Position) =>
  a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);

export class FakeEventStoreDb implements EventStoreDbClient {
  readonly records: FakeRecord[] = [];
  readonly tombstoned = new Set<string>();
  readonly reads: { kind: 'stream' | 'all'; maxCount: number; call: FakeRead<unknown> }[] = [];
  readonly subscriptions: FakeSubscription[] = [];
  disposed = 0;
  /** Runs once a read has taken its snapshot: lets a test append "between" two reads. */
  afterRead: (() => void) | undefined;
  private nextPosition = 1000n;

  constructor(private readonly options: FakeOptions = {}) {}

  openReads(): number {
    return this.reads.filter((read) => !read.call.closed).length;
  }

  lastRevision(streamId: string): bigint | undefined {
    return this.records.filter((record) => record.streamId === streamId).at(-1)?.revision;
  }

  /** Writes records straight into the log, as another writer or the server itself would. */
  write(
    streamId: string,
    events: readonly { id: string; type: string; data?: unknown; metadata?: unknown }[],
  ): FakeRecord[] {
    let revision = this.lastRevision(streamId) ?? -1n;
    const written = events.map((event) => {
      revision += 1n;
      this.nextPosition += 128n;
      const record: FakeRecord = {
        streamId,
        id: event.id,
        type: event.type,
        revision,
        data: event.data ?? {},
        metadata: event.metadata ?? {},
        isJson: true,
        created: new Date(),
        position: { commit: this.nextPosition, prepare: this.nextPosition },
      };
      this.records.push(record);
      return record;
    });
    written.forEach((record) => this.subscriptions.forEach((subscription) => subscription.offer(record)));
    return written;
  }

  /** Another client onto the same fake server, behaving as `behaviour` says. */
  clientWith(behaviour: FakeOptions): EventStoreDbClient {
    return {
      appendToStream: (streamName, events, options) =>
        this.appendToStream(streamName, events, options, behaviour),
      readStream: (streamName, options) => this.readStream(streamName, options),
      readAll: (options) => this.readAll(options),
      subscribeToAll: (options) => this.subscribeToAll(options),
      tombstoneStream: (streamName) => this.tombstoneStream(streamName),
      dispose: () => this.dispose(),
    };
  }

  async appendToStream(
    streamName: string,
    events: EventData[],
    options: AppendToStreamOptions,
    behaviour: FakeOptions = this.options,
  ): Promise<AppendResult> {
    await Promise.resolve();
    if (this.tombstoned.has(streamName)) throw StreamDeletedError.fromStreamName(streamName);
    const size = events.reduce(
      (total, event) => total + bytes(event.data) + bytes(event.metadata) + event.type.length * 2,
      0,
    );
    if (size > (behaviour.maxAppendSize ?? 1024 * 1024))
      throw MaxAppendSizeExceededError.fromMaxAppendSize(behaviour.maxAppendSize ?? 1024 * 1024);
    const expected = options.expectedRevision ?? 'any';
    const current = this.lastRevision(streamName);
    const decision = this.check(
      streamName,
      expected,
      current,
      events.map((event) => event.id),
    );
    if (decision === 'conflict') return this.conflict(streamName, expected, current, behaviour);
    if (decision !== 'write') {
      const position = behaviour.idempotentWithoutPosition ? undefined : decision.position;
      return { success: true, nextExpectedRevision: decision.revision, position };
    }
    const written = this.write(streamName, events);
    return {
      success: true,
      nextExpectedRevision: written.at(-1)!.revision,
      position: written.at(-1)!.position,
    };
  }

  /** The server's CheckCommit, for one stream. */
  private check(streamName: string, expected: unknown, current: bigint | undefined, ids: string[]) {
    const inStream = this.records.filter((record) => record.streamId === streamName);
    const repeat = (found: (FakeRecord | undefined)[]) => {
      if (found.every(Boolean)) return { revision: found.at(-1)!.revision, position: found.at(-1)!.position };
      return found[0] ? ('conflict' as const) : undefined;
    };
    if (expected === 'stream_exists' && current === undefined) return 'conflict' as const;
    if (expected === 'any' || expected === 'stream_exists') {
      return repeat(ids.map((id) => inStream.find((record) => record.id === id))) ?? ('write' as const);
    }
    const from = expected === 'no_stream' ? -1n : (expected as bigint);
    const at = current ?? -1n;
    if (from < at) {
      const found = ids.map((id, i) =>
        inStream.find((record) => record.revision === from + 1n + BigInt(i) && record.id === id),
      );
      return repeat(found) ?? ('conflict' as const);
    }
    return from > at ? ('conflict' as const) : ('write' as const);
  }

  private conflict(
    streamName: string,
    expected: unknown,
    current: bigint | undefined,
    behaviour: FakeOptions,
  ): AppendResult {
    if (behaviour.appendFailuresAsResults)
      // The batch path's bug: BigInt(hasCurrentStreamRevision()) is 1n whatever the revision.
      return { success: false, nextExpectedRevision: current === undefined ? -1n : 1n, position: undefined };
    throw new WrongExpectedVersionError(undefined, {
      streamName,
      current: current ?? 'no_stream',
      expected: expected as bigint,
    });
  }

  readStream(streamName: string, options: ReadStreamOptions): ReadCall<ResolvedEvent> {
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const backwards = options.direction === 'backwards';
    const inStream = this.records.filter((record) => record.streamId === streamName);
    const from = options.fromRevision;
    const ordered = backwards ? [...inStream].reverse() : inStream;
    const chosen = ordered
      .filter((record) =>
        typeof from !== 'bigint' ? true : backwards ? record.revision <= from : record.revision >= from,
      )
      .slice(0, maxCount);
    const failure = this.tombstoned.has(streamName)
      ? StreamDeletedError.fromStreamName(streamName)
      : inStream.length === 0
        ? new StreamNotFoundError(undefined, streamName)
        : undefined;
    const resolve = (record: FakeRecord) =>
      options.resolveLinkTos && record.type === '$>'
        ? { event: this.linked(record), link: record, commitPosition: record.position.commit }
        : { event: record, commitPosition: record.position.commit };
    return this.opened('stream', maxCount, chosen.map(resolve), failure) as ReadCall<ResolvedEvent>;
  }

  /** The event a link (`<revision>@<stream>`) points to, as the server resolves it. */
  private linked(link: FakeRecord): FakeRecord | undefined {
    const text = Buffer.from(link.data as Uint8Array).toString('utf8');
    const at = text.indexOf('@');
    const [revision, streamId] = [BigInt(text.slice(0, at)), text.slice(at + 1)];
    if (this.tombstoned.has(streamId)) return undefined;
    return this.records.find((record) => record.streamId === streamId && record.revision === revision);
  }

  readAll(options: ReadAllOptions): ReadCall<AllStreamResolvedEvent> {
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const backwards = options.direction === 'backwards';
    const from = options.fromPosition;
    const ordered = backwards ? [...this.records].reverse() : this.records;
    const chosen = ordered
      .filter((record) =>
        typeof from !== 'object'
          ? true
          : backwards
            ? before(record.position, from)
            : !before(record.position, from),
      )
      .slice(0, maxCount);
    return this.opened(
      'all',
      maxCount,
      chosen.map((event) => ({ event, commitPosition: event.position.commit })),
    ) as ReadCall<AllStreamResolvedEvent>;
  }

  private opened<E>(kind: 'stream' | 'all', maxCount: number, items: E[], failure?: Error): FakeRead<E> {
    const call = new FakeRead(items, failure);
    this.reads.push({ kind, maxCount, call: call as FakeRead<unknown> });
    const hook = this.afterRead;
    this.afterRead = undefined;
    hook?.();
    return call;
  }

  subscribeToAll(options: SubscribeToAllOptions): FakeSubscription {
    const from = options.fromPosition;
    const subscription = new FakeSubscription((record) => matches(options.filter, record));
    this.records
      .filter((record) => typeof from !== 'object' || before(from, record.position))
      .forEach((record) => subscription.offer(record));
    this.subscriptions.push(subscription);
    return subscription;
  }

  async tombstoneStream(streamName: string): Promise<unknown> {
    if (this.tombstoned.has(streamName)) throw StreamDeletedError.fromStreamName(streamName);
    // Like the server before a scavenge: the stream reads as deleted, its events stay in $all.
    this.tombstoned.add(streamName);
    return {};
  }

  async dispose(): Promise<void> {
    this.disposed += 1;
    this.subscriptions.forEach((subscription) => subscription.end());
  }
}
