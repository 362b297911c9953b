import { EventStoreDbEventStore } from '../../../src/infrastructure/eventStore/eventStoreDb/eventStoreDbEventStore';
import { SharedClients } from '../../../src/infrastructure/eventStore/eventStoreDb/sharedClient';
import { StoreUnavailableError } from '../../../src/application/ports/eventStoreErrors';
import { restartEventStoreDb } from '../../support/eventStoreDbSetup';
import { describeEventStoreConformance, event } from './eventStoreConformance';
import { FakeEventStoreDb } from './fakeEventStoreDb';

const connectionString = process.env.EVENTSTORE_TEST_CONNECTION_STRING;
const lenient = (base: string) => `${base}${base.includes('?') ? '&' : '?'}throwOnAppendFailure=false`;

if (connectionString) {
  describeEventStoreConformance('EventStoreDB', () => ({
    open: () => new EventStoreDbEventStore(connectionString),
    openReportingAppendFailures: () => new EventStoreDbEventStore(lenient(connectionString)),
    ...(process.env.EVENTSTORE_TEST_CONTAINER_ID ? { restartServer: restartEventStoreDb } : {}),
  }));
}

/**
 * The same suite, run here against a fake of the client (not a server): it checks the adapter's
 * own logic in every case, as far as the fake follows the client's and the server's behaviour.
 */
const fake = new FakeEventStoreDb();
const clients = new SharedClients((string) =>
  string === 'esdb://fake?throwOnAppendFailure=false'
    ? fake.clientWith({ appendFailuresAsResults: true })
    : fake,
);
describeEventStoreConformance('EventStoreDB adapter over a fake client (no server)', () => ({
  open: () => new EventStoreDbEventStore(clients.lease('esdb://fake')),
  openReportingAppendFailures: () => new EventStoreDbEventStore(clients.lease(lenient('esdb://fake'))),
}));

describe('EventStoreDB adapter without a server', () => {
  it('reports an unreachable server as StoreUnavailableError, not a raw gRPC failure', async () => {
    const store = new EventStoreDbEventStore('esdb://127.0.0.1:1?tls=false');
    try {
      await expect(
        store.appendToStream('programme-1', [event('ProgrammeLaunched')], 'no_stream'),
      ).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.readStream('programme-1')).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close();
    }
  });
});
