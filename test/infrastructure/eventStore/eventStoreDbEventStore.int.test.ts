import { EventStoreDbEventStore } from '../../../src/infrastructure/eventStore/eventStoreDb/eventStoreDbEventStore';
import { StoreUnavailableError } from '../../../src/infrastructure/eventStore/errors';
import { describeEventStoreConformance, event } from './eventStoreConformance';

const connectionString = process.env.EVENTSTORE_TEST_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreConformance('EventStoreDB', () => ({
    open: () => new EventStoreDbEventStore(connectionString),
  }));
} else {
  // The global set-up has printed why; the skipped suite carries the reason in the report too.
  describe.skip(`EventStoreDB event store conformance (skipped: ${process.env.EVENTSTORE_TEST_SKIP_REASON ?? 'no server'})`, () => {
    it('runs when EventStoreDB is reachable', () => undefined);
  });
}

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
