/**
 * What an operator expects of the service: rate limits with 429 and Retry-After, security headers
 * on every answer, CORS only for configured origins, /metrics for Prometheus, and the schema and
 * explorer off in production mode.
 */
import { CONTENT_SECURITY_POLICY } from '../../src/graphql/http/pageHeaders';
import { codesOf, ok, setUpProgramme, startTestLedger, tokenOf, type TestLedger } from '../support/ledgerApi';

describe('rate limits', () => {
  let ledger: TestLedger;
  beforeAll(async () => {
    ledger = await startTestLedger({
      env: { RATE_LIMIT_PER_KEY: '5', RATE_LIMIT_PER_ADDRESS: '1000', RATE_LIMIT_SIGN_IN_FAILURES: '3' },
    });
  });
  afterAll(() => ledger.close());

  it('answers 429 with Retry-After once a token has used its requests for the minute', async () => {
    for (let n = 0; n < 5; n += 1) ok(await ledger.as('evaluator')('{ me { actorId } }'));
    const response = await fetch(ledger.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf('evaluator')}` },
      body: JSON.stringify({ query: '{ me { actorId } }' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const answer = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(answer.errors[0]!.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(answer.errors[0]!.message).toMatch(
      /^Too many requests: too many requests with this token\. Try again in \d+ s\.$/,
    );
    ok(await ledger.as('auditor')('{ me { actorId } }'));
  });

  it('blocks an address after repeated refused sign-ins, even with a good token', async () => {
    for (let n = 0; n < 3; n += 1)
      expect((await ledger.post(`ledger_guess_${n}`, '{ me { actorId } }')).status).toBe(401);
    const blocked = await ledger.as('leader')('{ me { actorId } }');
    expect([blocked.status, codesOf(blocked)]).toEqual([429, ['RATE_LIMITED']]);
    expect(ledger.logs.filter((line) => line.msg === 'request' && line.status === 401)).toHaveLength(3);
  });
});

describe('headers, CORS, metrics', () => {
  let ledger: TestLedger;
  beforeAll(async () => {
    ledger = await startTestLedger({ env: { CORS_ORIGINS: 'https://dashboard.example.org' } });
    await setUpProgramme(ledger);
  });
  afterAll(() => ledger.close());

  it('sends security headers on every page', async () => {
    const home = new URL('/', ledger.server.url);
    for (const path of ['/', '/graphql', '/health', '/metrics', '/nothing-here', '/explorer/explorer.js']) {
      const response = await fetch(new URL(path, home), { method: path === '/graphql' ? 'POST' : 'GET' });
      const headers = Object.fromEntries(
        ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy'].map(
          (name) => [name, response.headers.get(name)],
        ),
      );
      expect({ path, headers }).toEqual({
        path,
        headers: {
          'content-security-policy': expect.stringContaining("script-src 'self';"),
          'x-frame-options': 'DENY',
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
        },
      });
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
    expect(CONTENT_SECURITY_POLICY.scriptSrc).toEqual(["'self'"]);
  });

  it('lets configured origins call the API from a browser, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(ledger.server.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight('https://dashboard.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    const other = await preflight('https://evil.example.net');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves Prometheus metrics: requests by operation, refusals by code, lag, store size, subscriptions', async () => {
    ok(await ledger.as('evaluator')('query Dash { overview(programmeId: "p1") { programme { name } } }'));
    await ledger.as('evaluator')('{ history(programmeId: "p1") { totalCount } }');
    const response = await fetch(new URL('/metrics', ledger.server.url));
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^ledger_request_duration_seconds_count\{operation="overview",status="200"\} 1$/m);
    expect(text).toMatch(/^ledger_refusals_total\{code="FORBIDDEN"\} 1$/m);
    expect(text).toMatch(/^ledger_projection_lag_events 0$/m);
    expect(text).toMatch(/^ledger_projection_lag_seconds 0$/m);
    expect(text).toMatch(/^ledger_store_size_bytes [1-9]\d*$/m);
    expect(text).toMatch(/^ledger_subscriptions_open 0$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
    expect(text).not.toContain(tokenOf('evaluator'));
  });
});

describe('production mode', () => {
  it('turns the schema and the explorer off unless asked for', async () => {
    const ledger = await startTestLedger({ env: { NODE_ENV: 'production' } });
    try {
      const introspection = await ledger.as('evaluator')('{ __schema { queryType { name } } }');
      expect(codesOf(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const suggestion = await ledger.as('evaluator')(
        '{ overveiw(programmeId: "p1") { programme { name } } }',
      );
      expect(suggestion.errors![0]!.message).not.toContain('Did you mean');
      const explorer = await fetch(new URL('/', ledger.server.url));
      expect(explorer.status).toBe(404);
    } finally {
      await ledger.close();
    }
  });
});
