/**
 * The production event store: a thin adapter over @eventstore/db-client 6.2.1. The logic that
 * decides anything lives in small modules beside it, each tested here against a fake client:
 * stream reads and their revision (streamReads), paged log reads (logReads), the subscription
 * (logSubscription), error translation (clientErrors) and the one shared client (sharedClient).
 *
 * - Positions given to readLog and subscribe are exclusive in the port. The adapter drops any
 *   record at or before them, whether or not the server's own `fromPosition` was inclusive.
 * - System records ($-prefixed streams or types) and the personal-data register's streams are
 *   never returned.
 */
import { BACKWARDS, jsonEvent } from '@eventstore/db-client';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  LogSubscription,
  ReadLogOptions,
  ReadStreamOptions,
  ReadStreamResult,
  StoredEvent,
  SubscribeOptions,
} from '../../../application/ports/eventStore';
import { encodeAppend } from '../payloadCodec';
import {
  revisionReported,
  translateAppendError,
  translateClientError,
  wrongExpectedVersion,
} from './clientErrors';
import { findCommandEvents, indexCommand } from './commandIndex';
import { lastLogPosition, readLogEvents } from './logReads';
import { followLog } from './logSubscription';
import { sharedClients, type ClientLease, type EventStoreDbClient } from './sharedClient';
import { readStreamEvents, readThrough } from './streamReads';

export class EventStoreDbEventStore implements EventStore {
  private readonly lease: ClientLease;
  private readonly subscriptions = new Set<LogSubscription>();

  /**
   * `connection`: a connection string (e.g. esdb://localhost:2113?tls=false for an insecure
   * node), whose client this process shares with every other user of the same string, or a lease
   * on a client already shared.
   */
  constructor(connection: string | ClientLease) {
    this.lease = typeof connection === 'string' ? sharedClients.lease(connection) : connection;
  }

  private get client(): EventStoreDbClient {
    return this.lease.client;
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const eventData = encodeAppend(streamName, events).map((event) =>
      jsonEvent({
        id: event.id,
        type: event.type,
        data: JSON.parse(event.data) as Record<string, unknown>,
        metadata: JSON.parse(event.metadata) as Record<string, unknown>,
      }),
    );
    const ids = events.map((event) => event.id);
    const result = await this.lease
      .track(this.client.appendToStream(streamName, eventData, { expectedRevision: expected }))
      .catch((error: unknown) => {
        throw translateAppendError(error, streamName, expected, ids);
      });
    // With throwOnAppendFailure=false in the connection string the client reports a conflict as
    // a result, and its batch path then sets nextExpectedRevision wrongly: look the revision up.
    if (!result.success) {
      const actual = await this.readStream(streamName, { direction: 'backwards', maxCount: 1 });
      throw wrongExpectedVersion(streamName, expected, revisionReported(actual.streamRevision), ids);
    }
    await this.lease.track(indexCommand(this.client, streamName, events, result.nextExpectedRevision));
    const lastPosition =
      result.position?.commit ?? (await this.positionOf(streamName, result.nextExpectedRevision));
    return { nextExpectedRevision: result.nextExpectedRevision, lastPosition };
  }

  async findCommand(commandId: string): Promise<StoredEvent[]> {
    return this.lease.track(findCommandEvents(this.client, commandId));
  }

  /**
   * A repeated append is acknowledged without a position by servers that do not report where the
   * first one landed: the position is that of the event at the acknowledged revision.
   */
  private async positionOf(streamName: string, revision: bigint): Promise<bigint> {
    let position = -1n;
    await readThrough(
      this.client.readStream(streamName, { direction: BACKWARDS, fromRevision: revision, maxCount: 1 }),
      (resolved) => {
        position = resolved.event?.position?.commit ?? resolved.commitPosition ?? -1n;
      },
    ).catch((error: unknown) => {
      throw translateClientError(error, `read ${streamName}`);
    });
    return position;
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<ReadStreamResult> {
    return this.lease.track(readStreamEvents(this.client, streamName, options)).catch((error: unknown) => {
      throw translateClientError(error, `read ${streamName}`);
    });
  }

  async readLog(options: ReadLogOptions = {}): Promise<StoredEvent[]> {
    return this.lease.track(readLogEvents(this.client, options)).catch((error: unknown) => {
      throw translateClientError(error, 'read the log');
    });
  }

  subscribe(options: SubscribeOptions): LogSubscription {
    const subscription = followLog(this.client, options, () => this.subscriptions.delete(subscription));
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Subscriptions still running: one that failed or ended is no longer counted (nor kept). */
  get liveSubscriptions(): number {
    return this.subscriptions.size;
  }

  async lastPosition(): Promise<bigint | undefined> {
    return this.lease.track(lastLogPosition(this.client)).catch((error: unknown) => {
      throw translateClientError(error, 'read the log');
    });
  }

  /** Stops this store's subscriptions and gives back its hold on the shared client. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.lease.release();
  }
}
