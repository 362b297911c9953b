import {
  SharedClients,
  type EventStoreDbClient,
} from '../../../src/infrastructure/eventStore/eventStoreDb/sharedClient';
import { FakeEventStoreDb } from './fakeEventStoreDb';

/** Defect 4 of issue 18: two clients in one process share the client library's in-flight append table. */
describe('one EventStoreDB client per connection string', () => {
  const counting = () => {
    const created: FakeEventStoreDb[] = [];
    const clients = new SharedClients((): EventStoreDbClient => {
      const fake = new FakeEventStoreDb();
      created.push(fake);
      return fake;
    });
    return { clients, created };
  };

  it('gives the store and the register the same client, and disposes it once, after the last release', async () => {
    const { clients, created } = counting();
    const store = clients.lease('esdb://node:2113?tls=false');
    const register = clients.lease('esdb://node:2113?tls=false');
    expect(created).toHaveLength(1);
    expect(register.client).toBe(store.client);
    await store.release();
    await store.release();
    expect(created[0]!.disposed).toBe(0);
    await register.release();
    expect(created[0]!.disposed).toBe(1);
  });

  it('waits for operations in flight before disposing', async () => {
    const { clients, created } = counting();
    const lease = clients.lease('esdb://node:2113?tls=false');
    let finish: () => void = () => undefined;
    const tracked = lease.track(new Promise<void>((resolve) => (finish = resolve)));
    let releasedYet = false;
    const released = lease.release().then(() => (releasedYet = true));
    // Every callback and promise job that could run runs before setImmediate's: only the
    // operation in flight holds the release back.
    await new Promise((resolve) => setImmediate(resolve));
    expect([created[0]!.disposed, releasedYet]).toEqual([0, false]);
    finish();
    await Promise.all([tracked, released]);
    expect(created[0]!.disposed).toBe(1);
  });

  it('opens a fresh client once the last one is disposed, and one per connection string', async () => {
    const { clients, created } = counting();
    await clients.lease('esdb://node:2113?tls=false').release();
    clients.lease('esdb://node:2113?tls=false');
    clients.lease('esdb://other:2113?tls=false');
    expect(created).toHaveLength(3);
  });
});
