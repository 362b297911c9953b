import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ok, setUpProgramme, startTestLedger, tokenOf } from '../support/ledgerApi';
import { waitFor } from '../support/waitFor';

describe('graceful shutdown', () => {
  it('finishes a request in flight, closes subscriptions, then stops accepting', async () => {
    // Journey pages take a moment here, so that one is surely in flight when shutdown begins.
    const ledger = await startTestLedger({
      services: (services) => ({
        ...services,
        readModels: Object.assign(Object.create(services.readModels) as typeof services.readModels, {
          journey: async (...args: Parameters<typeof services.readModels.journey>) => {
            await new Promise((resolve) => setTimeout(resolve, 300));
            return services.readModels.journey(...args);
          },
        }),
      }),
    });
    await setUpProgramme(ledger);
    const client = createClient({
      url: ledger.server.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokenOf('evaluator')}` },
      retryAttempts: 0,
    });
    let ended = false;
    client.subscribe(
      { query: 'subscription { journeyEntryRecorded(programmeId: "p1") { summary } }' },
      { next: () => undefined, error: () => (ended = true), complete: () => (ended = true) },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));

    const inFlight = ledger.as('evaluator')(
      '{ journey(programmeId: "p1", first: 100) { edges { node { summary } } } }',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = ledger.close();
    expect(ok(await inFlight).journey.edges.length).toBeGreaterThan(0);
    await closed;
    await waitFor(() => ended, 5000, 'the subscription to end');
    await expect(fetch(ledger.server.url, { method: 'POST' })).rejects.toThrow();
    await client.dispose();
  });
});
