/**
 * Programme-scoped tokens: an API key or JWT limited to some programmes reads and records in them
 * only. Out of scope is FORBIDDEN whether the programme exists or not; the programmes list shows
 * the programmes in scope; ledger-wide operations need an unscoped token.
 */
import { createClient } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import type { CallerRole } from '../../src/graphql/auth/rights';
import {
  CALLERS,
  codesOf,
  ok,
  setUpProgramme,
  startTestLedger,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';
import { waitFor } from '../support/waitFor';

const SECRET = 'a-shared-secret-of-at-least-32-characters!';
let ledger: TestLedger;
/** A key per role limited to p1, for the same actors as the test callers. */
const scoped = new Map<CallerRole, string>();

beforeAll(async () => {
  ledger = await startTestLedger({ env: { JWT_SECRET: SECRET } });
  await setUpProgramme(ledger, 'p1');
  await setUpProgramme(ledger, 'p2');
  for (const { actorId, roles } of Object.values(CALLERS).filter(
    ({ actorId }) => actorId !== 'fac-elsewhere',
  )) {
    const issued = ok(
      await ledger.as('admin')(
        `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { key apiKey { programmes } } }`,
        {
          input: {
            actorId,
            roles: roles.map((role) => role.toUpperCase()),
            programmes: ['p1'],
            label: 'p1 only',
          },
        },
      ),
    ).issueApiKey;
    expect(issued.apiKey.programmes).toEqual(['p1']);
    scoped.set(roles[0] as CallerRole, issued.key);
  }
});
afterAll(() => ledger.close());

const READS: Record<CallerRole, string> = {
  practitioner: 'overview(programmeId: $p) { programme { name } }',
  leader: 'smallChanges(programmeId: $p) { totalCount }',
  facilitator: 'programme(programmeId: $p) { name }',
  evaluator: 'experiments(programmeId: $p) { totalCount }',
  auditor: 'history(programmeId: $p, first: 1) { totalCount }',
  admin: 'journey(programmeId: $p, first: 1) { totalCount }',
};

describe('a token limited to some programmes', () => {
  it.each(Object.keys(READS) as CallerRole[])(
    'lets a scoped %s token read only the programmes in scope',
    async (role) => {
      const read = `query($p: ID!) { ${READS[role]} }`;
      expect(ok(await ledger.post(scoped.get(role), read, { p: 'p1' }))).toBeDefined();
      for (const programme of ['p2', 'no-such-programme']) {
        const answer = await ledger.post(scoped.get(role), read, { p: programme });
        expect({ programme, codes: codesOf(answer) }).toEqual({ programme, codes: ['FORBIDDEN'] });
        expect(answer.errors![0]!.message).toBe(
          `Your token is limited to the programmes p1; it does not reach programme ${programme}`,
        );
      }
    },
  );

  it('lists only the programmes in scope', async () => {
    const list = '{ programmes { edges { node { programmeId } } } }';
    const ids = (answer: Json) => answer.programmes.edges.map((edge: Json) => edge.node.programmeId);
    expect(ids(ok(await ledger.post(scoped.get('evaluator'), list)))).toEqual(['p1']);
    expect(ids(ok(await ledger.as('evaluator')(list)))).toEqual(['p1', 'p2']);
  });

  it('records only in the programmes in scope', async () => {
    const adopt = `mutation($p: ID!) { adoptSimpleRule(input: { programmeId: $p, rule: "Families first" }) { commandId } }`;
    const before = await ledger.lastPosition();
    expect(codesOf(await ledger.post(scoped.get('facilitator'), adopt, { p: 'p2' }))).toEqual(['FORBIDDEN']);
    expect(await ledger.lastPosition()).toBe(before);
    ok(await ledger.post(scoped.get('facilitator'), adopt, { p: 'p1' }));
  });

  it('keeps ledger-wide operations for unscoped tokens', async () => {
    const answer = await ledger.post(scoped.get('admin'), '{ apiKeys { keyId } }');
    expect(codesOf(answer)).toEqual(['FORBIDDEN']);
    expect(answer.errors![0]!.message).toMatch(/acts on the whole ledger/);
    ok(await ledger.as('admin')('{ apiKeys { keyId } }'));
  });

  it('honours the programmes claim of a JSON Web Token, and refuses subscriptions out of scope', async () => {
    const token = await new SignJWT({ sub: 'eval-5', roles: ['evaluator'], programmes: ['p2'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(SECRET));
    const read = 'query($p: ID!) { overview(programmeId: $p) { programme { name } } }';
    expect(codesOf(await ledger.post(token, read, { p: 'p1' }))).toEqual(['FORBIDDEN']);
    ok(await ledger.post(token, read, { p: 'p2' }));
    const client = createClient({
      url: ledger.server.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const received: Json[] = [];
    client.subscribe(
      { query: 'subscription { journeyEntryRecorded(programmeId: "p1") { summary } }' },
      {
        next: (value) => received.push(value),
        error: (error) => received.push({ error }),
        complete: () => undefined,
      },
    );
    await waitFor(() => received.length > 0, 5000, 'a refusal');
    expect(JSON.stringify(received)).toContain('Your token is limited to the programmes p2');
    await client.dispose();
  });
});
