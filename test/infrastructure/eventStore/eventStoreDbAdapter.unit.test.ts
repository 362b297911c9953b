/**
 * The EventStoreDB adapter's own logic, driven here against a fake of the client (no server).
 * Each case names the defect of issue 18 it guards against.
 */
import { randomUUID } from 'node:crypto';
import { UnavailableError } from '@eventstore/db-client';
import { ANY, NO_STREAM, type StoredEvent } from '../../../src/application/ports/eventStore';
import {
  AppendTooLargeError,
  DuplicateEventError,
  RevisionConflictError,
  StoreUnavailableError,
} from '../../../src/application/ports/eventStoreErrors';
import { EventStoreDbEventStore } from '../../../src/infrastructure/eventStore/eventStoreDb/eventStoreDbEventStore';
import { LOG_PAGE_MAX } from '../../../src/infrastructure/eventStore/eventStoreDb/logReads';
import { SUBSCRIPTION_ENDED } from '../../../src/infrastructure/eventStore/eventStoreDb/logSubscription';
import { SharedClients } from '../../../src/infrastructure/eventStore/eventStoreDb/sharedClient';
import { waitFor } from '../../support/waitFor';
import { event } from './eventStoreConformance';
import { FakeEventStoreDb, type FakeOptions } from './fakeEventStoreDb';

const opened: EventStoreDbEventStore[] = [];
const storeOver = (fake: FakeEventStoreDb) => {
  const store = new EventStoreDbEventStore(new SharedClients(() => fake).lease('esdb://fake'));
  opened.push(store);
  return store;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

const fakeWith = (options: FakeOptions = {}) => new FakeEventStoreDb(options);
const written = (count: number, type = 'Filler') =>
  Array.from({ length: count }, (_, i) => ({ id: randomUUID(), type: `${type}${i}`, data: { i } }));

describe('stream revisions (defects 1 and 2)', () => {
  it('takes the revision from the read that returned the events, even if another writer appends right after it', async () => {
    const fake = fakeWith();
    const store = storeOver(fake);
    fake.write('barrier-1', written(2));
    fake.afterRead = () => fake.write('barrier-1', written(1, 'Overtaking'));
    const read = await store.readStream('barrier-1');
    expect(read.events.map((e) => e.streamRevision)).toEqual([0n, 1n]);
    expect(read.streamRevision).toBe(1n);
    expect(fake.reads).toHaveLength(1);
    await expect(
      store.appendToStream('barrier-1', [event('Decided')], read.streamRevision),
    ).rejects.toBeInstanceOf(RevisionConflictError);
  });

  it("looks the revision up again only when the read cannot show the stream's end", async () => {
    const fake = fakeWith();
    const store = storeOver(fake);
    fake.write('barrier-1', written(5));
    expect((await store.readStream('barrier-1', { maxCount: 2 })).streamRevision).toBe(4n);
    expect((await store.readStream('barrier-1', { fromRevision: 9n })).streamRevision).toBe(4n);
    const backwards = await store.readStream('barrier-1', { direction: 'backwards', fromRevision: 2n });
    expect(backwards.events.map((e) => e.streamRevision)).toEqual([2n, 1n, 0n]);
    expect(backwards.streamRevision).toBe(4n);
    expect(
      (await store.readStream('barrier-1', { direction: 'backwards', maxCount: 1 })).streamRevision,
    ).toBe(4n);
  });
});

describe('reads that close (defect 3)', () => {
  const bigLog = () => {
    const fake = fakeWith();
    fake.write('$stats-node', written(40, '$statsCollected'));
    fake.write('smallChange-1', written(2_000));
    fake.write('person-ada', written(40, 'PersonalDetailsSealed'));
    return fake;
  };

  it('pages every log read with a bounded count and leaves no read open', async () => {
    const fake = bigLog();
    const store = storeOver(fake);
    const [first] = await store.readLog({ maxCount: 1 });
    expect(first?.streamName).toBe('smallChange-1');
    expect(await store.readLog({ maxCount: 3, filter: { eventTypes: ['Filler1999'] } })).toHaveLength(1);
    expect(await store.readLog({ after: first!.globalPosition })).toHaveLength(1_999);
    expect(await store.lastPosition()).toBe(
      fake.records.find((r) => r.type === 'Filler1999')!.position.commit,
    );
    await store.readStream('smallChange-1', { maxCount: 1 });
    expect(fake.reads.every((read) => read.maxCount <= LOG_PAGE_MAX || read.kind === 'stream')).toBe(true);
    expect(fake.openReads()).toBe(0);
  });

  it('closes a read that fails half way', async () => {
    const fake = fakeWith();
    const store = storeOver(fake);
    fake.write('smallChange-1', [
      { id: randomUUID(), type: 'Broken', data: Uint8Array.from(Buffer.from('{not json')) },
    ]);
    fake.write('smallChange-1', written(50));
    await expect(store.readLog()).rejects.toThrow(SyntaxError);
    expect(fake.openReads()).toBe(0);
  });
});

describe('appends (defects 5, 7 and 9)', () => {
  it('reports a conflict the client returned as a result, with the revision the stream is really at', async () => {
    const fake = fakeWith({ appendFailuresAsResults: true });
    const store = storeOver(fake);
    fake.write('review-1', written(5));
    const conflict = await store
      .appendToStream('review-1', [event('Late')], 0n)
      .catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(RevisionConflictError);
    expect((conflict as RevisionConflictError).actual).toBe(4n);
  });

  it('reports the server refusing an append as too large with the same error as the port', async () => {
    const store = storeOver(fakeWith({ maxAppendSize: 5_000 }));
    const refused = await store
      .appendToStream('review-1', [event('Large', { notes: 'x'.repeat(6_000) })], NO_STREAM)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppendTooLargeError);
    expect((refused as Error).message).toBe(
      'What was to be recorded in review-1 is too large: the ledger records at most 5,000 bytes at once; shorten the text or record it in parts',
    );
  });

  it('gives a repeated append the position of the first even when the server does not report it', async () => {
    const store = storeOver(fakeWith({ idempotentWithoutPosition: true }));
    const events = [event('A'), event('B')];
    const first = await store.appendToStream('review-1', events, NO_STREAM);
    await store.appendToStream('review-1', [event('C')], 1n);
    expect(await store.appendToStream('review-1', events, NO_STREAM)).toEqual(first);
  });

  it('names a partly repeated append with "any" a duplicate, not a revision conflict', async () => {
    const store = storeOver(fakeWith());
    const a = event('A');
    await store.appendToStream('review-1', [a, event('B')], ANY);
    await expect(store.appendToStream('review-1', [a, event('C')], ANY)).rejects.toBeInstanceOf(
      DuplicateEventError,
    );
  });
});

describe('subscriptions (defects 6 and 8)', () => {
  const follow = (store: EventStoreDbEventStore, after?: bigint) => {
    const received: StoredEvent[] = [];
    const errors: Error[] = [];
    store.subscribe({ after, onEvent: (e) => void received.push(e), onError: (error) => errors.push(error) });
    return { received, errors };
  };

  it("never delivers the register's streams or system records", async () => {
    const fake = fakeWith();
    const store = storeOver(fake);
    const { received } = follow(store);
    fake.write('$stats-node', written(1, '$statsCollected'));
    fake.write('person-ada', written(1, 'PersonalDetailsSealed'));
    fake.write('programme-1', written(1, 'ProgrammeLaunched'));
    await waitFor(() => received.length > 0);
    expect(received.map((e) => e.streamName)).toEqual(['programme-1']);
    expect((await store.readLog()).map((e) => e.streamName)).toEqual(['programme-1']);
  });

  it('reports a subscription the server ended without an error', async () => {
    const fake = fakeWith();
    const store = storeOver(fake);
    const { errors } = follow(store);
    fake.subscriptions[0]!.end();
    await waitFor(() => errors.length > 0);
    expect(errors.map((error) => [error.constructor.name, error.message])).toEqual([
      ['StoreUnavailableError', SUBSCRIPTION_ENDED],
    ]);
  });

  it('reports a failed subscription as unavailable, and forgets it', async () => {
    const fake = fakeWith();
    const store = storeOver(fake);
    const failures = [follow(store), follow(store), follow(store)];
    fake.subscriptions.forEach((subscription) => subscription.fail(new UnavailableError()));
    await waitFor(() => failures.every(({ errors }) => errors.length === 1));
    failures.forEach(({ errors }) => expect(errors[0]).toBeInstanceOf(StoreUnavailableError));
    follow(store);
    expect(store.liveSubscriptions).toBe(1);
    await store.close();
    // Each was cancelled once when it failed, and the live one once when the store closed.
    expect(fake.subscriptions.map((subscription) => subscription.unsubscribed)).toEqual([1, 1, 1, 1]);
  });
});
