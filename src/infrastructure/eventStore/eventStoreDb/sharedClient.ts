/**
 * One EventStoreDB client per connection string per process, shared by the event store and the
 * personal-data register.
 *
 * Why: in @eventstore/db-client 6.2.1 the batch-append bookkeeping (which reply answers which
 * append) is a single table for the whole process. A transport error or dispose() on one client
 * rejects the appends in flight on every other client, and their late replies then throw inside
 * an event handler and crash the process. The renamed client (@kurrent/kurrentdb-client 1.3.1)
 * fixes this, but reads there go through a native add-on whose reads cannot be cancelled; so the
 * ledger stays on 6.2.1 and never holds two clients onto one server. Only the last user's
 * release disposes the client, once the operations it started have settled.
 */
import {
  EventStoreDBClient,
  type AllStreamResolvedEvent,
  type AppendResult,
  type AppendToStreamOptions,
  type EventData,
  type ReadAllOptions,
  type ReadStreamOptions,
  type ResolvedEvent,
  type SubscribeToAllOptions,
} from '@eventstore/db-client';

/** A read in flight: it holds a call open on the connection until it is read to its end or cancelled. */
export interface ReadCall<E> extends AsyncIterable<E> {
  cancel(): Promise<void>;
}

export interface SubscriptionCall<E> extends AsyncIterable<E> {
  unsubscribe(): Promise<void>;
}

/** The part of the client the adapters use; EventStoreDBClient satisfies it (checked below). */
export interface EventStoreDbClient {
  appendToStream(
    streamName: string,
    events: EventData[],
    options: AppendToStreamOptions,
  ): Promise<AppendResult>;
  readStream(streamName: string, options: ReadStreamOptions): ReadCall<ResolvedEvent>;
  readAll(options: ReadAllOptions): ReadCall<AllStreamResolvedEvent>;
  subscribeToAll(options: SubscribeToAllOptions): SubscriptionCall<AllStreamResolvedEvent>;
  tombstoneStream(streamName: string): Promise<unknown>;
  dispose(): Promise<void>;
}

/** The compiler checks here that the real client has every method the adapters call, as they call it. */
const createClient = (connectionString: string): EventStoreDbClient =>
  EventStoreDBClient.connectionString(connectionString);

/** One user's hold on the shared client. */
export interface ClientLease {
  readonly client: EventStoreDbClient;
  /** Keeps the client open until `operation` settles, even if every user releases it meanwhile. */
  track<T>(operation: Promise<T>): Promise<T>;
  /** Gives the hold back; the last one disposes the client. Releasing twice is harmless. */
  release(): Promise<void>;
}

interface Shared {
  readonly client: EventStoreDbClient;
  users: number;
  readonly inFlight: Set<Promise<unknown>>;
}

export class SharedClients {
  private readonly clients = new Map<string, Shared>();

  constructor(private readonly create: (connectionString: string) => EventStoreDbClient = createClient) {}

  lease(connectionString: string): ClientLease {
    let shared = this.clients.get(connectionString);
    if (!shared) {
      shared = { client: this.create(connectionString), users: 0, inFlight: new Set() };
      this.clients.set(connectionString, shared);
    }
    shared.users += 1;
    const held = shared;
    let released = false;
    return {
      client: held.client,
      track: <T>(operation: Promise<T>) => {
        const settled = operation.then(
          () => undefined,
          () => undefined,
        );
        held.inFlight.add(settled);
        void settled.then(() => held.inFlight.delete(settled));
        return operation;
      },
      release: async () => {
        if (released) return;
        released = true;
        held.users -= 1;
        if (held.users > 0) return;
        if (this.clients.get(connectionString) === held) this.clients.delete(connectionString);
        await Promise.all(held.inFlight);
        await held.client.dispose();
      },
    };
  }
}

/** The process's clients: every adapter opened from a connection string shares them. */
export const sharedClients = new SharedClients();
