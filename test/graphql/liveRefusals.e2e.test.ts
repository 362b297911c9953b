/**
 * Refusals over WebSocket reach the access record as they do over HTTP: a connection whose token
 * does not check out (SIGN_IN_REFUSED), a subscription outside the token's programmes
 * (REQUEST_REFUSED, FORBIDDEN) and a connection closed because its API key was revoked, each
 * marked `transport: "websocket"`.
 */
import { createClient, type Client } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { ok, setUpProgramme, startTestLedger, type Json, type TestLedger } from '../support/ledgerApi';
import { untilSubscriptionsOpen } from '../support/liveSubscriptions';
import { waitFor } from '../support/waitFor';

const SECRET = 'a-shared-secret-of-at-least-32-characters!';
let ledger: TestLedger;
const clients: Client[] = [];
beforeAll(async () => {
  ledger = await startTestLedger({ env: { JWT_SECRET: SECRET }, revocationCheckMs: 100 });
  await setUpProgramme(ledger);
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await ledger.close();
});

/** Subscribes to p1's journey with a token; records what arrives and how the connection ended. */
const subscribe = (token: string) => {
  const ended: { code?: number; reason?: string; error?: Json } = {};
  const received: Json[] = [];
  const client = createClient({
    url: ledger.server.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        Object.assign(ended, { code, reason });
      },
    },
  });
  clients.push(client);
  client.subscribe(
    { query: 'subscription { journeyEntryRecorded(programmeId: "p1") { eventType } }' },
    {
      next: (value) => received.push(value),
      error: (error) => (ended.error = String(error)),
      complete: () => undefined,
    },
  );
  return { ended, received };
};

const refusals = async () =>
  ok(
    await ledger.as('auditor')(
      `{ accessRecord(filter: { kinds: [SIGN_IN_REFUSED, REQUEST_REFUSED] }, first: 50) { edges { node { kind actorId roles credential details } } } }`,
    ),
  ).accessRecord.edges.map((edge: Json) => edge.node);

describe('refusals over WebSocket in the access record', () => {
  it('records a connection with an unknown API key as a refused sign-in', async () => {
    const live = subscribe('ledger_test_nobody');
    await waitFor(() => live.ended.code !== undefined, 5000, 'the connection to be refused');
    expect(live.ended.code).toBe(4403);
    expect(await refusals()).toEqual([
      {
        kind: 'SIGN_IN_REFUSED',
        actorId: null,
        roles: [],
        credential: null,
        details: { operation: null, code: 'UNAUTHENTICATED', transport: 'websocket' },
      },
    ]);
  });

  it('records a subscription outside the programmes of its token as a refused request', async () => {
    const token = await new SignJWT({ sub: 'eval-5', roles: ['evaluator'], programmes: ['p2'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(SECRET));
    const live = subscribe(token);
    await waitFor(() => live.received.length > 0, 5000, 'the refusal');
    expect(JSON.stringify(live.received)).toContain('Your token is limited to the programmes p2');
    expect((await refusals()).at(-1)).toEqual({
      kind: 'REQUEST_REFUSED',
      actorId: 'eval-5',
      roles: ['evaluator'],
      credential: 'jwt',
      details: { operation: 'journeyEntryRecorded', code: 'FORBIDDEN', transport: 'websocket' },
    });
  });

  it('records a connection closed because its API key was revoked', async () => {
    const issued = ok(
      await ledger.as('admin')(
        `mutation { issueApiKey(input: { actorId: "dash-9", roles: [EVALUATOR], label: "wall screen" }) { key apiKey { keyId } } }`,
      ),
    ).issueApiKey;
    const live = subscribe(issued.key);
    await untilSubscriptionsOpen(ledger.server.url, 1);
    ok(await ledger.as('admin')(`mutation { revokeApiKey(keyId: "${issued.apiKey.keyId}") { revokedAt } }`));
    await waitFor(() => live.ended.code !== undefined, 5000, 'the connection to close');
    expect((await refusals()).at(-1)).toEqual({
      kind: 'REQUEST_REFUSED',
      actorId: 'dash-9',
      roles: ['evaluator'],
      credential: issued.apiKey.keyId,
      details: {
        operation: null,
        code: 'FORBIDDEN',
        transport: 'websocket',
        reason: 'Forbidden: the API key has been revoked',
      },
    });
  });
});
