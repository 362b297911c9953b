import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  ok,
  setUpProgramme,
  startTestLedger,
  tokenOf,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';
import { untilSubscriptionsOpen } from '../support/liveSubscriptions';
import { waitFor } from '../support/waitFor';

let ledger: TestLedger;
const clients: Client[] = [];

const connect = (token: string | undefined) => {
  const client = createClient({
    url: ledger.server.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
};

/** Collects what a subscription delivers, and the error it ends with, if any. */
const follow = (client: Client, query: string) => {
  const received: Json[] = [];
  const ended: { error?: unknown } = {};
  const stop = client.subscribe(
    { query },
    {
      next: (value) => received.push(value),
      error: (error) => (ended.error = error),
      complete: () => undefined,
    },
  );
  return { received, ended, stop };
};

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await ledger.close();
});

describe('subscriptions over WebSocket', () => {
  it('delivers a journey entry recorded by another client, and the overview it changed', async () => {
    const evaluator = connect(tokenOf('evaluator'));
    const journey = follow(
      evaluator,
      'subscription { journeyEntryRecorded(programmeId: "p1") { kind eventType summary actorName actorRole } }',
    );
    const overview = follow(
      evaluator,
      'subscription { overviewChanged(programmeId: "p1") { barriers { localOpen } } }',
    );
    await untilSubscriptionsOpen(ledger.server.url, 2);
    ok(
      await ledger.as('practitioner')(
        `mutation { identifyBarrier(input: { programmeId: "p1", title: "Duplicate recording", description: "Typed twice", kind: PROCESS, scope: LOCAL, source: { kind: OTHER }, identifiedBy: ["prac-1"] }) { commandId } }`,
      ),
    );
    await waitFor(() => journey.received.length > 0 && overview.received.length > 0, 5000, 'live updates');
    expect(journey.received).toEqual([
      {
        data: {
          journeyEntryRecorded: {
            kind: 'BARRIER',
            eventType: 'BarrierIdentified',
            summary: expect.stringContaining('Duplicate recording'),
            actorName: 'Pat Practitioner',
            actorRole: 'practitioner',
          },
        },
      },
    ]);
    expect(overview.received).toEqual([{ data: { overviewChanged: { barriers: { localOpen: 1 } } } }]);
    journey.stop();
    overview.stop();
  });

  it('sends nothing from another programme', async () => {
    await setUpProgramme(ledger, 'p2');
    await untilSubscriptionsOpen(ledger.server.url, 0);
    const client = connect(tokenOf('auditor'));
    const journey = follow(client, 'subscription { journeyEntryRecorded(programmeId: "p2") { eventType } }');
    await untilSubscriptionsOpen(ledger.server.url, 1);
    ok(
      await ledger.as('facilitator')(
        `mutation { adoptSimpleRule(input: { programmeId: "p1", rule: "Families first" }) { commandId } }`,
      ),
    );
    ok(
      await ledger.as('facilitator')(
        `mutation { adoptSimpleRule(input: { programmeId: "p2", rule: "Write it once" }) { commandId } }`,
      ),
    );
    await waitFor(() => journey.received.length > 0, 5000, 'the p2 entry');
    expect(journey.received).toEqual([
      { data: { journeyEntryRecorded: { eventType: 'SimpleRuleAdopted' } } },
    ]);
    journey.stop();
  });

  it('refuses a subscription without a token, and one to a programme that does not exist', async () => {
    const anonymous = follow(
      connect(undefined),
      'subscription { journeyEntryRecorded(programmeId: "p1") { summary } }',
    );
    await waitFor(
      () => anonymous.received.length > 0 || anonymous.ended.error !== undefined,
      5000,
      'a refusal',
    );
    expect(anonymous.received).toEqual([
      { errors: [expect.objectContaining({ message: expect.stringContaining('Sign in first') })] },
    ]);
    const missing = follow(
      connect(tokenOf('evaluator')),
      'subscription { journeyEntryRecorded(programmeId: "nowhere") { summary } }',
    );
    await waitFor(() => missing.received.length > 0 || missing.ended.error !== undefined, 5000, 'a refusal');
    expect(JSON.stringify(missing)).toContain('There is no programme nowhere in the ledger');
  });
});
