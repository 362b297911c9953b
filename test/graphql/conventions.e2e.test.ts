/**
 * The schema follows GraphQL's conventions and its answers read well, as a client sees them over
 * HTTP: Relay connections (a null first cursor, totalCount, both ends of a page), date scalars,
 * UPPER_CASE enum values, actors named by their label, one shape for a missing rationale, plurals.
 */
import { SignJWT } from 'jose';
import { ok, setUpProgramme, startTestLedger, type Json, type TestLedger } from '../support/ledgerApi';

let ledger: TestLedger;
let serviceDeskKey = '';

const record = async (caller: 'practitioner' | 'leader', mutation: string, input: string) =>
  ok(
    await ledger.as(caller)(`mutation { ${mutation}(input: { programmeId: "p1", ${input} }) { commandId } }`),
  );

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
  const issued = ok(
    await ledger.as('admin')(
      'mutation { issueApiKey(input: { actorId: "service-desk", roles: [ADMIN], label: "Service desk" }) { key } }',
    ),
  );
  serviceDeskKey = issued.issueApiKey.key;
  ok(
    await ledger.post(
      serviceDeskKey,
      'mutation { enrolTeam(input: { programmeId: "p1", teamId: "t2", name: "Assessment team", kind: SPECIALIST }) { commandId } }',
    ),
  );
  ok(
    await ledger.as('practitioner')(
      'mutation { identifyBarrier(input: { programmeId: "p1", barrierId: "b1", title: "Duplicate recording", description: "Typed twice", kind: PROCESS, scope: LOCAL, source: { kind: OTHER }, identifiedBy: ["prac-1"] }, occurredAt: "2025-02-03") { commandId } }',
    ),
  );
  for (const n of [1, 2, 3])
    await record(
      'practitioner',
      'proposeSmallChange',
      `smallChangeId: "sc${n}", teamId: "t1", title: "Change ${n}", description: "Small", proposedBy: ["prac-1"], barrierIds: ["b1"]`,
    );
  await record('leader', 'agreeSmallChange', 'smallChangeId: "sc1", agreedBy: ["lead-1"]');
  await record(
    'practitioner',
    'implementSmallChange',
    'smallChangeId: "sc1", whatChanged: "Notes on one page"',
  );
  ok(
    await ledger.as('practitioner')(
      'mutation { reviewSmallChange(input: { programmeId: "p1", smallChangeId: "sc1", hoursFreedPerWeek: 1, practitionersNoticed: "Less typing", familiesNoticed: "Calmer visits", verdict: KEEP }) { commandId } }',
    ),
  );
});
afterAll(() => ledger.close());

const read = async (caller: 'evaluator' | 'auditor' | 'admin', query: string, variables?: object) =>
  ok(await ledger.as(caller)(query, variables as Record<string, unknown>));

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor }';

describe('connections', () => {
  const lists = {
    programmes: '',
    smallChanges: 'programmeId: "p1",',
    experiments: 'programmeId: "p1",',
    barriers: 'programmeId: "p1",',
    reviews: 'programmeId: "p1",',
    metrics: 'programmeId: "p1",',
    surveyRounds: 'programmeId: "p1",',
    journey: 'programmeId: "p1",',
    history: 'programmeId: "p1",',
  };

  it('answer a first page asked for with after: null, and count the unfiltered journey and history (item 5)', async () => {
    const fields = Object.entries(lists).map(
      ([list, args]) => `${list}(${args} first: 1, after: null) { totalCount edges { cursor } }`,
    );
    const answer = await ledger.as('auditor')(`{ ${fields.join('\n')} }`);
    expect(answer.errors).toBeUndefined();
    expect([answer.data!.journey.totalCount, answer.data!.history.totalCount]).toEqual([13, 13]);
  });

  it('accept after: null for the first page of every list, and count every list in totalCount', async () => {
    const fields = Object.entries(lists).map(
      ([list, args]) => `${list}(${args} first: 2, after: null) { ${PAGE} }`,
    );
    const answer = await read('auditor', `{ ${fields.join('\n')} }`);
    const seen = Object.fromEntries(
      Object.entries(answer).map(([list, page]: [string, Json]) => [
        list,
        [page.totalCount, page.edges.length, page.pageInfo.hasNextPage, page.pageInfo.hasPreviousPage],
      ]),
    );
    // Journey and history: launch, 2 teams, 3 participants, a barrier, 3 proposals, agreed, implemented, reviewed.
    expect(seen).toEqual({
      programmes: [1, 1, false, false],
      smallChanges: [3, 2, true, false],
      experiments: [0, 0, false, false],
      barriers: [1, 1, false, false],
      reviews: [0, 0, false, false],
      metrics: [0, 0, false, false],
      surveyRounds: [0, 0, false, false],
      journey: [13, 2, true, false],
      history: [13, 2, true, false],
    });
    for (const page of Object.values(answer) as Json[]) {
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    }
  });

  it('count a filtered journey and history, and say a later page has one before it', async () => {
    const query = `query($journey: String, $history: String, $smallChanges: String) {
      journey(programmeId: "p1", filter: { kinds: [SMALL_CHANGE] }, first: 4, after: $journey) { ${PAGE} }
      history(programmeId: "p1", filter: { types: ["SmallChangeProposed"] }, first: 2, after: $history) { ${PAGE} }
      smallChanges(programmeId: "p1", first: 2, after: $smallChanges) { ${PAGE} } }`;
    const first = await read('auditor', query, { journey: null, history: null, smallChanges: null });
    expect([first.journey.totalCount, first.history.totalCount]).toEqual([6, 3]);
    const pages = await read('auditor', query, {
      journey: first.journey.pageInfo.endCursor,
      history: first.history.pageInfo.endCursor,
      smallChanges: first.smallChanges.pageInfo.endCursor,
    });
    expect(
      Object.values(pages).map((page: Json) => [
        page.totalCount,
        page.edges.length,
        page.pageInfo.hasNextPage,
        page.pageInfo.hasPreviousPage,
      ]),
    ).toEqual([
      [6, 2, false, true],
      [3, 1, false, true],
      [3, 1, false, true],
    ]);
    expect(pages.journey.pageInfo.startCursor).toBe(pages.journey.edges[0].cursor);
  });

  it('describe a page of journey entries in plain English', async () => {
    const { __type } = await read('auditor', '{ __type(name: "JourneyConnection") { description } }');
    expect(__type.description).toBe('A page of journey entries.');
  });
});

describe('dates', () => {
  const typeOf = async (type: string, field: string) => {
    const { __type } = await read(
      'auditor',
      `{ __type(name: "${type}") { fields { name type { name ofType { name } } } inputFields { name type { name ofType { name } } } } }`,
    );
    const found = [...(__type.fields ?? []), ...(__type.inputFields ?? [])].find(
      (candidate: Json) => candidate.name === field,
    );
    return found.type.name ?? found.type.ofType.name;
  };

  it('are typed with scalars that say what they hold', async () => {
    const types = {
      'Programme.startDate': await typeOf('Programme', 'startDate'),
      'When.occurredAt': await typeOf('When', 'occurredAt'),
      'When.recordedAt': await typeOf('When', 'recordedAt'),
      'EventMetadata.recordedAt': await typeOf('EventMetadata', 'recordedAt'),
      'AsOfInput.occurredAt': await typeOf('AsOfInput', 'occurredAt'),
      'AsOfInput.recordedAt': await typeOf('AsOfInput', 'recordedAt'),
      'Measurement.periodEnd': await typeOf('Measurement', 'periodEnd'),
      'TargetWindow.until': await typeOf('TargetWindow', 'until'),
    };
    expect(types).toEqual({
      'Programme.startDate': 'Date',
      'When.occurredAt': 'DateOrDateTime',
      'When.recordedAt': 'DateTime',
      'EventMetadata.recordedAt': 'DateTime',
      'AsOfInput.occurredAt': 'DateOrDateTime',
      'AsOfInput.recordedAt': 'DateOrDateTime',
      'Measurement.periodEnd': 'Date',
      'TargetWindow.until': 'Date',
    });
    const { __schema } = await read(
      'auditor',
      '{ __schema { mutationType { fields { name args { name type { name } } } } } }',
    );
    const propose = __schema.mutationType.fields.find((field: Json) => field.name === 'proposeSmallChange');
    expect(propose.args.find((arg: Json) => arg.name === 'occurredAt').type.name).toBe('DateOrDateTime');
  });

  it('keep the values clients saw before', async () => {
    const answer = await read(
      'auditor',
      `{ programme(programmeId: "p1") { startDate launched { occurredAt recordedAt } }
         journey(programmeId: "p1", filter: { from: "2025-02-03", to: "2025-02-03" }) { edges { node { eventType occurredAt } } } }`,
    );
    expect(answer.programme.startDate).toBe('2025-01-06');
    expect(answer.programme.launched.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(answer.programme.launched.occurredAt).toBe(answer.programme.launched.recordedAt);
    expect(answer.journey.edges).toEqual([
      { node: { eventType: 'BarrierIdentified', occurredAt: '2025-02-03' } },
    ]);
  });

  it('refuse a date that is not in the calendar, or a time where a date is asked for, saying what is expected', async () => {
    const impossible = await ledger.as('practitioner')(
      'mutation { implementSmallChange(input: { programmeId: "p1", smallChangeId: "sc2", whatChanged: "x" }, occurredAt: "2025-02-30") { commandId } }',
    );
    expect([impossible.errors![0]!.message, impossible.errors![0]!.extensions!.code]).toEqual([
      '"2025-02-30" is not a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z)',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    const timed = await ledger.as('admin')(
      'mutation($on: Date!) { launchProgramme(input: { name: "x", localAuthority: "x", scope: "x", startDate: $on, plannedDurationMonths: 1 }) { commandId } }',
      { on: '2025-01-06T09:00:00Z' },
    );
    expect(timed.errors![0]!.message).toContain('"2025-01-06T09:00:00Z" is not a date (2022-03-14)');
  });
});

describe('enum values', () => {
  it('are UPPER_CASE in the API, while the stored events keep the domain values', async () => {
    const answer = await read(
      'auditor',
      `{ smallChanges(programmeId: "p1", filter: { statuses: [KEPT] }) { edges { node { smallChangeId status reviews { verdict } } } }
         programme(programmeId: "p1") { teams { kind } participants { role level } }
         journey(programmeId: "p1", filter: { kinds: [SMALL_CHANGE] }, first: 1) { edges { node { kind } } }
         history(programmeId: "p1", filter: { types: ["TeamEnrolled"] }) { edges { node { data } } }
         me { roles } }`,
    );
    expect(answer.smallChanges.edges).toEqual([
      { node: { smallChangeId: 'sc1', status: 'KEPT', reviews: [{ verdict: 'KEEP' }] } },
    ]);
    expect(answer.programme.teams).toEqual([{ kind: 'STATUTORY' }, { kind: 'SPECIALIST' }]);
    expect(answer.programme.participants[0]).toEqual({ role: 'COACH', level: 'EXTERNAL' });
    expect(answer.journey.edges).toEqual([{ node: { kind: 'SMALL_CHANGE' } }]);
    expect(answer.history.edges.map((edge: Json) => edge.node.data.kind)).toEqual([
      'statutory',
      'specialist',
    ]);
    expect(answer.me.roles).toEqual(['AUDITOR']);
  });
});

describe('who recorded it', () => {
  it('names an admin or service actor by its API key label, or by its actor id, never "[unknown]"', async () => {
    const answer = await read(
      'auditor',
      `{ journey(programmeId: "p1", filter: { kinds: [PROGRAMME] }, first: 2) { edges { node { eventType actorName } } }
         history(programmeId: "p1", filter: { types: ["TeamEnrolled"] }) { edges { node { actorName } } } }`,
    );
    expect(answer.journey.edges.map((edge: Json) => edge.node)).toEqual([
      { eventType: 'ProgrammeLaunched', actorName: 'admin-1' },
      { eventType: 'TeamEnrolled', actorName: 'admin-1' },
    ]);
    expect(answer.history.edges.map((edge: Json) => edge.node.actorName)).toEqual([
      'admin-1',
      'Service desk',
    ]);
  });
});

describe('a missing rationale', () => {
  const SHAPE = {
    code: 'BAD_USER_INPUT',
    rule: 'RationaleRequired',
    fields: [{ field: 'rationale', problems: [expect.stringMatching(/^A rationale is required/)] }],
    correlationId: expect.any(String),
  };

  it('is refused in one shape, whether blank, left out or required by the state of the item', async () => {
    const blank = await ledger.as('leader')(
      'mutation { declineSmallChange(input: { programmeId: "p1", smallChangeId: "sc2", declinedBy: ["lead-1"], rationale: " " }) { commandId } }',
    );
    const leftOut = await ledger.as('leader')(
      'mutation { declineSmallChange(input: { programmeId: "p1", smallChangeId: "sc2", declinedBy: ["lead-1"] }) { commandId } }',
    );
    await record('leader', 'draftBlueprint', 'coOwnerIds: ["lead-1", "prac-1"]');
    await record(
      'practitioner',
      'addBlueprintElement',
      'elementId: "el1", kind: PROCESS_CHANGE, title: "One-page notes", description: "Once", barrierIds: ["b1"], ownerIds: ["prac-1"]',
    );
    await record('leader', 'publishBlueprintVersion', 'summary: "First", endorsedBy: ["lead-1", "prac-1"]');
    const afterVersion1 = await ledger.as('practitioner')(
      'mutation { addBlueprintElement(input: { programmeId: "p1", elementId: "el2", kind: EXPERIMENT, title: "Pairs", description: "Two", barrierIds: ["b1"], ownerIds: ["prac-1"] }) { commandId } }',
    );
    for (const answer of [blank, leftOut, afterVersion1])
      expect(answer.errors![0]!.extensions).toEqual(SHAPE);
    expect(afterVersion1.errors![0]!.message).toBe(
      'A rationale is required when adding an element after version 1 has been published',
    );
  });
});

describe('sentences', () => {
  it('count in the singular where there is one', async () => {
    const answer = await read(
      'auditor',
      '{ journey(programmeId: "p1", filter: { kinds: [SMALL_CHANGE] }) { edges { node { summary } } } }',
    );
    expect(answer.journey.edges.filter((edge: Json) => edge.node.summary.includes('reviewed'))).toEqual([
      {
        node: {
          summary: 'Duty team reviewed "Change 1": 1 hour a week freed for direct work; verdict: keep.',
        },
      },
    ]);
  });
});

describe('the schema says the rules a client must follow', () => {
  const description = async (type: string, field: string) => {
    const { __type } = await read(
      'auditor',
      `{ __type(name: "${type}") { fields { name description } inputFields { name description } } }`,
    );
    return [...(__type.fields ?? []), ...(__type.inputFields ?? [])].find(
      (candidate: Json) => candidate.name === field,
    ).description;
  };

  it('states who may endorse a version, which phase the target window counts in and what a command id may be', async () => {
    expect(await description('PublishBlueprintVersionInput', 'endorsedBy')).toBe(
      'The participants endorsing this version. Every endorser must be a co-owner of the blueprint, and together they must span at least two levels, one of them practitioner (rules EndorsersAreCoOwners and VersionEndorsedAcrossLevels).',
    );
    expect(await description('ProgrammeOverview', 'target')).toBe(
      'The small-change target and its window: it opens when the phase with id smallChanges starts (in a programme with its own phases, the second phase) and runs for withinWeeks weeks. Null when the programme set no target.',
    );
    const { __schema } = await read(
      'auditor',
      '{ __schema { mutationType { fields { name args { name description } } } } }',
    );
    const args = __schema.mutationType.fields.find((field: Json) => field.name === 'proposeSmallChange').args;
    expect(args.find((arg: Json) => arg.name === 'commandId').description).toBe(
      'Your id for this request: 1 to 100 characters, letters, digits and . _ : - only, starting with a letter or digit. Sending the same id again returns the first result and records nothing twice; the payload returns the id used. Left out, the ledger makes one.',
    );
  });
});

describe('a service account with a JSON Web Token', () => {
  const SECRET = 'a-shared-secret-of-at-least-32-characters!';
  let jwtLedger: TestLedger;
  beforeAll(async () => {
    jwtLedger = await startTestLedger({ env: { JWT_SECRET: SECRET } });
  });
  afterAll(() => jwtLedger.close());

  it('is named by its subject, and a one-month programme is planned for "1 month"', async () => {
    const token = await new SignJWT({ sub: 'provisioning-robot', roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    ok(
      await jwtLedger.post(
        token,
        'mutation { launchProgramme(input: { programmeId: "p9", name: "Short pilot", localAuthority: "Riverside (fictional)", scope: "Duty", startDate: "2025-01-06", plannedDurationMonths: 1 }) { commandId } }',
      ),
    );
    const answer = ok(
      await jwtLedger.as('auditor')(
        '{ journey(programmeId: "p9") { edges { node { summary actorName } } } }',
      ),
    );
    expect(answer.journey.edges).toEqual([
      {
        node: {
          summary: '"Short pilot" launched in Riverside (fictional), planned for 1 month from 6 Jan 2025.',
          actorName: 'provisioning-robot',
        },
      },
    ]);
  });
});
