/**
 * The API under attack: documents built to be expensive, bad variables, malformed and oversized
 * bodies. Every one is refused before anything runs, with a 4xx or a GraphQL error carrying a
 * documented code and the request's correlation id, and one log line; none is answered 500.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { codesOf, ok, setUpProgramme, startTestLedger, tokenOf, type TestLedger } from '../support/ledgerApi';
import { waitFor } from '../support/waitFor';

let ledger: TestLedger;
beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
});
afterAll(() => ledger.close());

/** 30 fragments, each spreading the next twice: 1.2 KB that expands to 2^29 copies of a field. */
const nestedFragments = (levels = 30): string => {
  const fragments = Array.from({ length: levels }, (_, n) =>
    n === levels - 1
      ? `fragment F${n} on Query { me { actorId } }`
      : `fragment F${n} on Query { ...F${n + 1} ...F${n + 1} }`,
  );
  return `query Nested { ...F0 }\n${fragments.join('\n')}`;
};

const raw = async (body: string, headers: Record<string, string> = {}) => {
  const response = await fetch(ledger.server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${tokenOf('evaluator')}`,
      ...headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, correlationId: response.headers.get('x-correlation-id'), text };
};

describe('documents built to be expensive', () => {
  it('refuses 30 nested fragments each spread twice with QUERY_TOO_COMPLEX', async () => {
    const answer = await ledger.as('evaluator')(nestedFragments());
    expect([answer.status, codesOf(answer)]).toEqual([400, ['QUERY_TOO_COMPLEX']]);
    expect(answer.errors![0]!.message).toMatch(/too complex|costs|more than/i);
    expect(answer.data).toBeUndefined();
  });

  it('refuses a fragment cycle as invalid', async () => {
    const answer = await ledger.as('evaluator')(
      'query Loop { ...A } fragment A on Query { me { actorId } ...B } fragment B on Query { ...A }',
    );
    expect([answer.status, codesOf(answer)]).toEqual([400, ['GRAPHQL_VALIDATION_FAILED']]);
  });

  it('refuses too many aliases, directives and tokens with QUERY_TOO_COMPLEX', async () => {
    const aliases = `{ ${Array.from({ length: 40 }, (_, n) => `a${n}: me { actorId }`).join(' ')} }`;
    const directives = `{ me { ${Array.from({ length: 60 }, () => '... @include(if: true) { actorId }').join(' ')} } }`;
    const tokens = `{ me { ${Array.from({ length: 6000 }, () => 'actorId').join(' ')} } }`;
    for (const [what, document] of [
      ['aliases', aliases],
      ['directives', directives],
      ['tokens', tokens],
    ] as const) {
      const answer = await ledger.as('evaluator')(document);
      expect({ what, status: answer.status, codes: codesOf(answer) }).toEqual({
        what,
        status: 400,
        codes: ['QUERY_TOO_COMPLEX'],
      });
    }
  });
});

describe('documents built to be expensive, over WebSocket', () => {
  it('refuses a subscription of 30 nested fragments each spread twice with QUERY_TOO_COMPLEX', async () => {
    const fragments = Array.from({ length: 30 }, (_, n) =>
      n === 29
        ? 'fragment F29 on Subscription { journeyEntryRecorded(programmeId: "p1") { summary } }'
        : `fragment F${n} on Subscription { ...F${n + 1} ...F${n + 1} }`,
    );
    const client = createClient({
      url: ledger.server.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokenOf('evaluator')}` },
      retryAttempts: 0,
    });
    const ended: unknown[] = [];
    client.subscribe(
      { query: `subscription Nested { ...F0 }\n${fragments.join('\n')}` },
      { next: (value) => ended.push(value), error: (error) => ended.push(error), complete: () => undefined },
    );
    try {
      await waitFor(() => ended.length > 0, 10_000, 'a refusal');
      expect(ended[0]).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) }),
      ]);
    } finally {
      await client.dispose();
    }
  });
});

describe('bad input is never a 500', () => {
  it('answers a variable of the wrong type with BAD_USER_INPUT', async () => {
    const answer = await ledger.as('evaluator')(
      'query Page($n: Int!) { smallChanges(programmeId: "p1", first: $n) { edges { cursor } } }',
      { n: 'many' },
    );
    expect([answer.status, codesOf(answer)]).toEqual([400, ['BAD_USER_INPUT']]);
  });

  it('answers a body that is not JSON, or not a GraphQL request, with 400', async () => {
    for (const body of ['{"query": ', '[1, 2]', '{"query": 5}', '"just a string"', '{}']) {
      const answer = await raw(body);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
      const parsed = JSON.parse(answer.text);
      expect(parsed.errors[0].extensions).toMatchObject({
        code: 'BAD_REQUEST',
        correlationId: answer.correlationId,
      });
    }
  });

  it('answers a body over the limit with 413, not a reset connection', async () => {
    const query = `{ me { actorId } } # ${'x'.repeat(1_100_000)}`;
    const answer = await raw(JSON.stringify({ query }));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).errors[0].extensions).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      correlationId: answer.correlationId,
    });
  });

  it('gives every refusal a correlation id and exactly one log line', async () => {
    const refused = await raw(JSON.stringify({ query: nestedFragments() }), {
      'x-correlation-id': 'probe-7',
    });
    expect(JSON.parse(refused.text).errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      correlationId: 'probe-7',
    });
    const signIn = await raw(JSON.stringify({ query: '{ me { actorId } }' }), {
      authorization: 'Bearer ledger_not_a_key',
      'x-correlation-id': 'probe-8',
    });
    expect(signIn.status).toBe(401);
    expect(JSON.parse(signIn.text).errors[0].extensions.correlationId).toBe('probe-8');
    expect(ledger.logs.filter((line) => line.correlationId === 'probe-7')).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request', status: 400, errors: ['QUERY_TOO_COMPLEX'] }),
    ]);
    expect(ledger.logs.filter((line) => line.correlationId === 'probe-8')).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request', status: 401, errors: ['UNAUTHENTICATED'] }),
    ]);
  });
});

describe('recording arguments', () => {
  it('takes expectedRevision: null as no expectation', async () => {
    const answer = await ledger.as('facilitator')(
      `mutation { adoptSimpleRule(input: { programmeId: "p1", rule: "Families first" }, expectedRevision: null, occurredAt: null) { alreadyApplied } }`,
    );
    expect(ok(answer).adoptSimpleRule).toEqual({ alreadyApplied: false });
  });
});
