import { codesOf, ok, setUpProgramme, startTestLedger, tokenOf, type TestLedger } from '../support/ledgerApi';

let ledger: TestLedger;
const propose = `mutation($input: ProposeSmallChangeInput!, $commandId: ID, $expectedRevision: Revision) {
  proposeSmallChange(input: $input, commandId: $commandId, expectedRevision: $expectedRevision) {
    commandId streamRevision alreadyApplied eventTypes smallChange { smallChangeId title status }
  }
}`;
const agree = `mutation($input: AgreeSmallChangeInput!, $expectedRevision: Revision) {
  agreeSmallChange(input: $input, expectedRevision: $expectedRevision) { streamRevision smallChange { status } }
}`;
const change = (smallChangeId: string, title = 'One-page visit notes') => ({
  programmeId: 'p1',
  smallChangeId,
  teamId: 't1',
  title,
  description: 'Notes on one page, typed once',
  proposedBy: ['prac-1'],
  barrierIds: ['b1'],
});

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
  ok(
    await ledger.as('practitioner')(
      `mutation { identifyBarrier(input: { programmeId: "p1", barrierId: "b1", title: "Duplicate recording", description: "Typed twice", kind: PROCESS, scope: LOCAL, source: { kind: OTHER }, identifiedBy: ["prac-1"] }) { commandId } }`,
    ),
  );
});
afterAll(() => ledger.close());

describe('invalid input', () => {
  it('names every invalid field, nested ones too, and records nothing', async () => {
    const before = await ledger.lastPosition();
    const answer = await ledger.as('practitioner')(propose, {
      input: { ...change('sc 1', '   '), proposedBy: ['prac-1', 'prac-1'], barrierIds: ['ok', ''] },
    });
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0]!.extensions!.fields.map((field: { field: string }) => field.field)).toEqual([
      'smallChangeId',
      'title',
      'proposedBy',
      'barrierIds',
    ]);
    expect(answer.errors![0]!.message).toContain('title: title must not be blank');
    const nested = await ledger.as('facilitator')(
      `mutation { designExperiment(input: { programmeId: "p1", title: "Pairs", hypothesis: { ifWe: "", weExpect: "x", because: "y" }, barrierIds: [], measureIds: [], plannedStart: "2025-05-01", reviewDate: "2025-06-01" }) { commandId } }`,
    );
    expect(nested.errors![0]!.extensions!.fields).toEqual([
      { field: 'hypothesis.ifWe', problems: ['ifWe must not be blank'] },
    ]);
    const undated = await ledger.as('facilitator')(
      `mutation($input: DesignExperimentInput!) { designExperiment(input: $input) { commandId } }`,
      {
        input: {
          programmeId: 'p1',
          title: 'Pairs',
          hypothesis: { ifWe: 'x', weExpect: 'y', because: 'z' },
          barrierIds: [],
          measureIds: [],
          plannedStart: 'next week',
          reviewDate: '2025-06-01',
        },
      },
    );
    expect([codesOf(undated), undated.errors![0]!.message]).toEqual([
      ['BAD_USER_INPUT'],
      'Variable "$input" got invalid value "next week" at "input.plannedStart"; "next week" is not a date (2022-03-14)',
    ]);
    expect(await ledger.lastPosition()).toBe(before);
  });

  it('requires a rationale where the domain does', async () => {
    const proposed = ok(await ledger.as('practitioner')(propose, { input: change('sc-declined') }));
    expect(proposed.proposeSmallChange.smallChange.status).toBe('PROPOSED');
    const declined = await ledger.as('leader')(
      `mutation { declineSmallChange(input: { programmeId: "p1", smallChangeId: "sc-declined", declinedBy: ["lead-1"], rationale: " " }) { commandId } }`,
    );
    expect(declined.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'RationaleRequired',
      fields: [{ field: 'rationale', problems: ['A rationale is required here: say why'] }],
      correlationId: expect.any(String),
    });
  });

  it('refuses what the state of an item does not allow, in words', async () => {
    const answer = await ledger.as('practitioner')(
      `mutation { implementSmallChange(input: { programmeId: "p1", smallChangeId: "sc-declined", whatChanged: "x" }) { commandId } }`,
    );
    expect(
      answer.errors!.map(({ message, extensions }) => [extensions!.code, extensions!.rule, message]),
    ).toEqual([
      [
        'BAD_USER_INPUT',
        'ImplementOnlyAgreed',
        'A small change can be implemented only when Agreed; this one is Proposed',
      ],
    ]);
    const missing = await ledger.as('leader')(agree, {
      input: { programmeId: 'p1', smallChangeId: 'no-such-change', agreedBy: ['lead-1'] },
    });
    expect(codesOf(missing)).toEqual(['NOT_FOUND']);
  });

  it('refuses a page larger than 100 before it runs', async () => {
    const answer = await ledger.as('evaluator')(
      '{ smallChanges(programmeId: "p1", first: 500) { edges { cursor } } }',
    );
    expect(answer.errors![0]).toMatchObject({
      message: expect.stringContaining('first may be at most 100'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('concurrency and retries', () => {
  it('gives CONFLICT for a stale expected revision, and records nothing', async () => {
    const proposed = ok(
      await ledger.as('practitioner')(propose, { input: change('sc-race') }),
    ).proposeSmallChange;
    expect(proposed.streamRevision).toBe('0');
    const input = { programmeId: 'p1', smallChangeId: 'sc-race', agreedBy: ['lead-1'] };
    const first = ok(await ledger.as('leader')(agree, { input, expectedRevision: '0' }));
    expect(first.agreeSmallChange).toEqual({ streamRevision: '1', smallChange: { status: 'AGREED' } });
    const before = await ledger.lastPosition();
    const stale = await ledger.as('facilitator')(
      `mutation($input: DeclineSmallChangeInput!) { declineSmallChange(input: $input, expectedRevision: "0") { commandId } }`,
      {
        input: { programmeId: 'p1', smallChangeId: 'sc-race', declinedBy: ['fac-1'], rationale: 'Too late' },
      },
    );
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.message).toMatch(/has changed: you expected revision 0, it is at revision 1/);
    expect(await ledger.lastPosition()).toBe(before);
  });

  it('answers a retried command id with the first result and records nothing twice', async () => {
    const input = { ...change(undefined as unknown as string, 'Shared duty rota') };
    delete (input as { smallChangeId?: string }).smallChangeId;
    const first = ok(
      await ledger.as('practitioner')(propose, { input, commandId: 'retry-1' }),
    ).proposeSmallChange;
    const after = await ledger.lastPosition();
    const again = ok(
      await ledger.as('practitioner')(propose, { input, commandId: 'retry-1' }),
    ).proposeSmallChange;
    expect(again).toEqual({ ...first, alreadyApplied: true });
    expect(first.alreadyApplied).toBe(false);
    expect(await ledger.lastPosition()).toBe(after);
    const titles = ok(
      await ledger.as('evaluator')('{ smallChanges(programmeId: "p1") { edges { node { title } } } }'),
    ).smallChanges.edges.map((edge: { node: { title: string } }) => edge.node.title);
    expect(titles.filter((title: string) => title === 'Shared duty rota')).toHaveLength(1);
  });
});

describe('command ids', () => {
  it('refuses a command id used again for another request, in the same or another item, recording nothing', async () => {
    const input = change('sc-reused', 'Shared duty calendar');
    ok(await ledger.as('practitioner')(propose, { input, commandId: 'reused-1' }));
    const before = await ledger.lastPosition();
    const changed = await ledger.as('practitioner')(propose, {
      input: { ...input, title: 'Shared duty calendar, weekly' },
      commandId: 'reused-1',
    });
    const elsewhere = await ledger.as('practitioner')(propose, {
      input: change('sc-elsewhere', 'Shared duty calendar'),
      commandId: 'reused-1',
    });
    for (const answer of [changed, elsewhere]) {
      expect(answer.errors).toEqual([
        expect.objectContaining({
          message:
            'Command id "reused-1" has already been used for a different request; a retry must repeat the first request exactly, and a new request needs a new command id',
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', rule: 'CommandIdReused' }),
        }),
      ]);
    }
    expect(await ledger.lastPosition()).toBe(before);
    const titles = ok(
      await ledger.as('evaluator')(
        '{ smallChange(programmeId: "p1", smallChangeId: "sc-reused") { title } }',
      ),
    ).smallChange.title;
    expect(titles).toBe('Shared duty calendar');
  });
});

describe('limits', () => {
  let limited: TestLedger;
  beforeAll(async () => {
    limited = await startTestLedger({ env: { QUERY_MAX_DEPTH: '5', QUERY_MAX_COST: '500' } });
    await setUpProgramme(limited);
  });
  afterAll(() => limited.close());

  it('refuses a query deeper than the limit before it runs', async () => {
    const fiveDeep = '{ overview(programmeId: "p1") { programme { vision { coAuthors { name } } } } }';
    expect(ok(await limited.as('evaluator')(fiveDeep)).overview.programme.vision).toBeNull();
    const sixDeep =
      '{ blueprint(programmeId: "p1") { versions { changes { before { owners { name } } } } } }';
    const answer = await limited.as('evaluator')(sixDeep);
    expect([answer.status, codesOf(answer), answer.errors![0]!.message]).toEqual([
      400,
      ['QUERY_TOO_COMPLEX'],
      'This query nests 6 levels deep; the limit is 5. Ask for less at once.',
    ]);
    expect(answer.data).toBeUndefined();
  });

  it('refuses a query costing more than the limit, counting pages by their size', async () => {
    const journey = (first: number) =>
      `{ journey(programmeId: "p1", first: ${first}) { edges { node { summary actorName kind eventType occurredAt recordedAt } } } }`;
    expect(ok(await limited.as('evaluator')(journey(50))).journey.edges.length).toBeGreaterThan(0);
    const answer = await limited.as('evaluator')(journey(100));
    expect(codesOf(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors![0]!.message).toBe(
      'This query would cost 801; the limit is 500. Ask for smaller pages (first) or fewer fields.',
    );
  });

  it('counts variables when costing a query', async () => {
    const answer = await limited.as('evaluator')(
      'query($n: Int!) { smallChanges(programmeId: "p1", first: $n) { edges { node { title description status teamId } } } }',
      { n: 100 },
    );
    expect(codesOf(answer)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('the unexpected', () => {
  it('answers INTERNAL_SERVER_ERROR with a correlation id, and logs what happened without the token', async () => {
    const failing = await startTestLedger({
      services: (services) => ({
        ...services,
        // The real read models, except that reading the history fails.
        readModels: Object.assign(Object.create(services.readModels) as typeof services.readModels, {
          history: () => Promise.reject(new Error('SQLITE_CORRUPT at /srv/secret/ledger.db')),
        }),
      }),
    });
    try {
      await setUpProgramme(failing);
      const response = await fetch(failing.server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${tokenOf('auditor')}`,
          'x-correlation-id': 'corr-42',
        },
        body: JSON.stringify({
          query: 'query AuditTrail { history(programmeId: "p1") { edges { node { actorName } } } }',
        }),
      });
      expect(response.headers.get('x-correlation-id')).toBe('corr-42');
      const text = await response.text();
      expect(JSON.parse(text).errors).toEqual([
        expect.objectContaining({
          message:
            'Something went wrong on our side; nothing you sent was recorded twice. Quote corr-42 when you report it.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'corr-42' },
        }),
      ]);
      expect(text).not.toMatch(/SQLITE|secret|\bat /);
      const logged = failing.logs.filter((line) => line.correlationId === 'corr-42');
      expect(logged).toEqual([
        expect.objectContaining({
          level: 'error',
          msg: 'unexpected error',
          error: 'SQLITE_CORRUPT at /srv/secret/ledger.db',
        }),
        expect.objectContaining({
          level: 'info',
          msg: 'request',
          operation: 'AuditTrail',
          actor: 'audit-1',
          durationMs: expect.any(Number),
          errors: ['INTERNAL_SERVER_ERROR'],
        }),
      ]);
      expect(JSON.stringify(failing.logs)).not.toContain(tokenOf('auditor'));
    } finally {
      await failing.close();
    }
  });
});

describe('caching', () => {
  const post = (body: string, token?: Parameters<typeof tokenOf>[0]) =>
    fetch(ledger.server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${tokenOf(token)}` } : {}),
      },
      body,
    });

  it('tells every cache not to keep an answer: data, errors and refusals alike', async () => {
    const answered = await post(
      JSON.stringify({ query: '{ overview(programmeId: "p1") { programme { name } } }' }),
      'auditor',
    );
    expect(answered.status).toBe(200);
    expect(answered.headers.get('cache-control')).toBe('no-store');
    const refused = await post(
      JSON.stringify({ query: '{ overview(programmeId: "p1") { programme { name } } }' }),
    );
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const broken = await post('{ not json', 'auditor');
    expect(broken.status).toBe(400);
    expect(broken.headers.get('cache-control')).toBe('no-store');
  });
});
