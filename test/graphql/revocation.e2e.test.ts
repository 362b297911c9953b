/**
 * Revocation that bites: a live subscription ends within seconds of its API key being revoked or
 * its JSON Web Token expiring, closed with graphql-ws's 4403 (Forbidden). JWTs must carry `exp`,
 * no further ahead than JWT_MAX_LIFETIME.
 */
import { createClient, type Client } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import {
  codesOf,
  ok,
  setUpProgramme,
  startTestLedger,
  tokenOf,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';
import { untilSubscriptionsOpen } from '../support/liveSubscriptions';
import { waitFor } from '../support/waitFor';

const SECRET = 'a-shared-secret-of-at-least-32-characters!';
const sign = (claims: Record<string, unknown>, expiresIn?: string | number) => {
  const token = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' });
  if (expiresIn !== undefined) token.setExpirationTime(expiresIn);
  return token.sign(new TextEncoder().encode(SECRET));
};

let ledger: TestLedger;
const clients: Client[] = [];
beforeAll(async () => {
  ledger = await startTestLedger({
    env: { JWT_SECRET: SECRET, JWT_MAX_LIFETIME: '3600' },
    revocationCheckMs: 200,
  });
  await setUpProgramme(ledger);
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await ledger.close();
});

/** Subscribes with a token and records what arrives and how the connection closed. */
const subscribe = (token: string) => {
  const closed: { code?: number; reason?: string } = {};
  const received: Json[] = [];
  const client = createClient({
    url: ledger.server.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        Object.assign(closed, { code, reason });
      },
    },
  });
  clients.push(client);
  client.subscribe(
    { query: 'subscription { journeyEntryRecorded(programmeId: "p1") { eventType } }' },
    { next: (value) => received.push(value), error: () => undefined, complete: () => undefined },
  );
  return { closed, received };
};

const recordSomething = (rule: string) =>
  ledger.as('facilitator')(
    `mutation { adoptSimpleRule(input: { programmeId: "p1", rule: "${rule}" }) { commandId } }`,
  );

describe('live subscriptions when a credential stops holding', () => {
  it('closes the subscription of a revoked API key with 4403 within seconds', async () => {
    const issued = ok(
      await ledger.as('admin')(
        `mutation { issueApiKey(input: { actorId: "dash-9", roles: [EVALUATOR], label: "wall screen" }) { key apiKey { keyId } } }`,
      ),
    ).issueApiKey;
    const live = subscribe(issued.key);
    await untilSubscriptionsOpen(ledger.server.url, 1);
    ok(await recordSomething('Ask families first'));
    await waitFor(() => live.received.length === 1, 5000, 'the first entry');
    ok(await ledger.as('admin')(`mutation { revokeApiKey(keyId: "${issued.apiKey.keyId}") { revokedAt } }`));
    await waitFor(() => live.closed.code !== undefined, 3000, 'the connection to close');
    expect(live.closed).toEqual({ code: 4403, reason: 'Forbidden: the API key has been revoked' });
    // Nothing more reaches it: a subscription still open receives the next entry, and it did not.
    await untilSubscriptionsOpen(ledger.server.url, 0);
    const witness = subscribe(tokenOf('evaluator'));
    await untilSubscriptionsOpen(ledger.server.url, 1);
    ok(await recordSomething('Write it once'));
    await waitFor(() => witness.received.length === 1, 5000, 'the next entry to reach the witness');
    expect(live.received).toHaveLength(1);
  });

  it('closes the subscription of an expired JSON Web Token with 4403', async () => {
    const live = subscribe(
      await sign({ sub: 'eval-3', roles: ['evaluator'] }, Math.floor(Date.now() / 1000) + 2),
    );
    await waitFor(() => live.closed.code !== undefined, 5000, 'the connection to close');
    expect(live.closed).toEqual({ code: 4403, reason: 'Forbidden: the token has expired' });
  });
});

describe('JSON Web Tokens must expire', () => {
  it('refuses a token without exp, and one that runs longer than JWT_MAX_LIFETIME', async () => {
    for (const [token, reason] of [
      [await sign({ sub: 'eval-4', roles: ['evaluator'] }), /missing required "exp" claim/],
      [await sign({ sub: 'eval-4', roles: ['evaluator'] }, '2h'), /expires more than 3600 seconds from now/],
    ] as const) {
      const answer = await ledger.post(token, '{ me { actorId } }');
      expect([answer.status, codesOf(answer)]).toEqual([401, ['UNAUTHENTICATED']]);
      expect(answer.errors![0]!.message).toMatch(reason);
    }
    expect(
      ok(await ledger.post(await sign({ sub: 'eval-4', roles: ['evaluator'] }, '30m'), '{ me { actorId } }'))
        .me,
    ).toEqual({
      actorId: 'eval-4',
    });
  });
});
