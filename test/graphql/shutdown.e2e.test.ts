import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ok, setUpProgramme, startTestLedger, tokenOf, type Json } from '../support/ledgerApi';
import { waitFor } from '../support/waitFor';

/** A barrier to record (each probe its own), so a subscriber has something to receive. */
const identify = (barrierId: string) =>
  `mutation { identifyBarrier(input: { programmeId: "p1", barrierId: "${barrierId}", title: "Notes typed twice", description: "Typed twice", kind: PROCESS, scope: LOCAL, source: { kind: OTHER }, identifiedBy: ["prac-1"] }) { commandId } }`;

describe('graceful shutdown', () => {
  it('finishes a request in flight, closes subscriptions, then stops accepting', async () => {
    // A journey page is held at a gate, so that one is surely in flight when shutdown begins.
    let pageAsked!: () => void;
    const asked = new Promise<void>((resolve) => (pageAsked = resolve));
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let holding = false;
    const ledger = await startTestLedger({
      services: (services) => ({
        ...services,
        readModels: Object.assign(Object.create(services.readModels) as typeof services.readModels, {
          journey: async (...args: Parameters<typeof services.readModels.journey>) => {
            if (holding) {
              pageAsked();
              await gate;
            }
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
    const summaries: string[] = [];
    let attempts = 0;
    client.subscribe(
      { query: 'subscription { journeyEntryRecorded(programmeId: "p1") { summary } }' },
      {
        next: (entry) => void summaries.push((entry.data as Json).journeyEntryRecorded.summary),
        error: () => (ended = true),
        complete: () => (ended = true),
      },
    );
    // The subscription is live once it has delivered an entry recorded after it started.
    await waitFor(
      async () => {
        if (summaries.length === 0) await ledger.as('practitioner')(identify(`b-${(attempts += 1)}`));
        return summaries.length > 0;
      },
      10_000,
      'the subscription to deliver an entry',
    );
    expect(summaries[0]).toBe('A local process barrier "Notes typed twice" was identified.');

    holding = true;
    const inFlight = ledger.as('evaluator')(
      '{ journey(programmeId: "p1", first: 100, filter: { kinds: [PROGRAMME] }) { edges { node { summary } } } }',
    );
    await asked;
    const closed = ledger.close();
    openGate();
    expect(ok(await inFlight).journey.edges.map((edge: Json) => edge.node.summary)).toEqual([
      '"Riverside family time" launched in Riverside (fictional), planned for 18 months from 6 Jan 2025.',
      'Duty team (statutory team) enrolled.',
      'A coach (external level) joined Duty team.',
      'A team manager (manager level) joined Duty team.',
      'A social worker (practitioner level) joined Duty team.',
    ]);
    await closed;
    await waitFor(() => ended, 5000, 'the subscription to end');
    await expect(fetch(ledger.server.url, { method: 'POST' })).rejects.toThrow(new TypeError('fetch failed'));
    await client.dispose();
  });
});
