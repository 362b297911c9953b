import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ledgerSchema } from '../../src/graphql/schema';
import { MUTATION_MATRIX, QUERY_MATRIX, ROLE_COLUMNS, mayCall } from '../support/authorisationMatrix';
import { CALLERS, codesOf, ok, setUpProgramme, startTestLedger, type TestLedger } from '../support/ledgerApi';
/** The matrix runs in a programme of its own: its samples may close it, or record in it. */
const MATRIX = 'p-matrix';

const SCALAR_SAMPLES: Record<string, unknown> = {
  Int: 1,
  Float: 1,
  Boolean: true,
  Revision: '0',
  Date: '2025-01-06',
  DateTime: '2025-01-06T09:00:00.000Z',
  DateOrDateTime: '2025-01-06',
};

/** A value of the right GraphQL shape (not necessarily one the ledger would accept). */
const sample = (type: GraphQLInputType): unknown => {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, field.name === 'programmeId' ? MATRIX : sample(field.type)]),
    );
  if (isScalarType(type)) return SCALAR_SAMPLES[type.name] ?? 'x';
  throw new Error(`No sample for ${String(type)}`);
};

/** A document calling a root field with a sample of each required argument, selecting only its type name. */
const documentFor = (operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) => {
  const args = field.args.filter((arg) => isNonNullType(arg.type));
  const variables = Object.fromEntries(
    args.map((arg) => [arg.name, arg.name === 'programmeId' ? MATRIX : sample(arg.type)]),
  );
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
  return {
    document: `${operation}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`,
    variables,
  };
};

let ledger: TestLedger;
let mutations: Record<string, ReturnType<typeof documentFor>>;
let queries: Record<string, ReturnType<typeof documentFor>>;

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
  await setUpProgramme(ledger, MATRIX);
  const schema = await ledgerSchema();
  const documents = (
    operation: 'query' | 'mutation',
    fields: Record<string, GraphQLField<unknown, unknown>>,
  ) => Object.fromEntries(Object.values(fields).map((field) => [field.name, documentFor(operation, field)]));
  mutations = documents('mutation', schema.getMutationType()!.getFields());
  queries = documents('query', schema.getQueryType()!.getFields());
});
afterAll(() => ledger.close());

/** Refused cells first (nothing may be recorded by them), then the roles that may. */
const checkRow = async (call: ReturnType<typeof documentFor>, row: string) => {
  const allowed = mayCall(row);
  const before = await ledger.lastPosition();
  const anonymous = await ledger.as(undefined)(call.document, call.variables);
  const refused = ROLE_COLUMNS.filter((role) => !allowed.includes(role));
  const answers = [['no token', codesOf(anonymous)]];
  for (const role of refused)
    answers.push([role, codesOf(await ledger.as(role)(call.document, call.variables))]);
  expect(answers).toEqual([
    ['no token', ['UNAUTHENTICATED']],
    ...refused.map((role) => [role, ['FORBIDDEN']]),
  ]);
  expect(await ledger.lastPosition()).toBe(before);
  for (const role of allowed) {
    const codes = codesOf(await ledger.as(role)(call.document, call.variables)) ?? [];
    // The sample input may be refused for what it says (not found, invalid), never for who sent it.
    expect({
      role,
      refusedForRights: codes.filter((code) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED'),
    }).toEqual({
      role,
      refusedForRights: [],
    });
  }
};

describe('the authorisation matrix, written out', () => {
  it('has a row for every mutation and every query of the schema, and callers for every role', () => {
    expect(Object.keys(mutations).sort()).toEqual(Object.keys(MUTATION_MATRIX).sort());
    expect(Object.keys(queries).sort()).toEqual(Object.keys(QUERY_MATRIX).sort());
    for (const role of ROLE_COLUMNS) expect(CALLERS[role].roles).toEqual([role]);
  });

  it.each(Object.entries(MUTATION_MATRIX))('mutation %s: %s', async (name, row) => {
    await checkRow(mutations[name]!, row);
  });

  it.each(Object.entries(QUERY_MATRIX))('query %s: %s', async (name, row) => {
    await checkRow(queries[name]!, row);
  });

  it('tells a refused caller which roles may, in words', async () => {
    const answer = await ledger.as('practitioner')(
      `mutation { agreeSmallChange(input: { programmeId: "p1", smallChangeId: "sc-1", agreedBy: ["lead-1"] }) { commandId } }`,
    );
    expect(answer.errors!.map(({ message, extensions }) => [extensions!.code, message])).toEqual([
      ['FORBIDDEN', 'This needs one of the roles leader, facilitator; you have practitioner'],
    ]);
  });
});

describe('rights to record', () => {
  it('lets a facilitator record only in programmes they take part in', async () => {
    const propose = `mutation { identifyBarrier(input: { programmeId: "p1", title: "Duplicate recording", description: "Visit notes typed twice", kind: PROCESS, scope: LOCAL, source: { kind: OTHER }, identifiedBy: ["prac-1"] }) { barrier { title identifiedBy { name } } } }`;
    const before = await ledger.lastPosition();
    const outsider = await ledger.as('outsider')(propose);
    expect(codesOf(outsider)).toEqual(['FORBIDDEN']);
    expect(outsider.errors![0]!.message).toBe(
      'fac-elsewhere is not an active participant of this programme, so may not record in it as facilitator',
    );
    expect(await ledger.lastPosition()).toBe(before);
    const member = ok(await ledger.as('facilitator')(propose));
    expect(member.identifyBarrier.barrier).toEqual({
      title: 'Duplicate recording',
      identifiedBy: [{ name: 'Pat Practitioner' }],
    });
  });

  it('records the actor and role from the token, never from input', async () => {
    const history = ok(
      await ledger.as('auditor')(
        `{ history(programmeId: "p1", filter: { types: ["BarrierIdentified"] }) { edges { node { actorName metadata { actorId actorRole commandId correlationId } } } } }`,
      ),
    );
    expect(history.history.edges).toEqual([
      {
        node: {
          actorName: 'Fay Facilitator',
          metadata: expect.objectContaining({ actorId: 'fac-1', actorRole: 'facilitator' }),
        },
      },
    ]);
  });
});

describe('the co-owned blueprint', () => {
  it('lets practitioners add, revise and remove elements, as the README says', async () => {
    const practitionerMay = Object.entries(MUTATION_MATRIX)
      .filter(([name, row]) => name.includes('Blueprint') && mayCall(row).includes('practitioner'))
      .map(([name]) => name);
    expect(practitionerMay).toEqual([
      'addBlueprintElement',
      'removeBlueprintElement',
      'reviseBlueprintElement',
    ]);
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toMatch(/^\| `practitioner` \|.*add, revise and remove blueprint elements/m);

    ok(
      await ledger.as('leader')(
        `mutation { draftBlueprint(input: { programmeId: "p1", coOwnerIds: ["prac-1", "lead-1"] }) { commandId } }`,
      ),
    );
    ok(
      await ledger.as('practitioner')(
        `mutation { identifyBarrier(input: { programmeId: "p1", barrierId: "b-notes", title: "Notes typed twice", description: "Typed twice", kind: PROCESS, scope: LOCAL, source: { kind: OTHER }, identifiedBy: ["prac-1"] }) { commandId } }`,
      ),
    );
    ok(
      await ledger.as('practitioner')(
        `mutation { addBlueprintElement(input: { programmeId: "p1", elementId: "e1", kind: PROCESS_CHANGE, title: "Duty notes once", description: "One note per visit", barrierIds: ["b-notes"], ownerIds: ["prac-1"] }) { commandId } }`,
      ),
    );
    const remove = `mutation($rationale: String!) { removeBlueprintElement(input: { programmeId: "p1", elementId: "e1", rationale: $rationale }) { eventTypes } }`;
    expect(codesOf(await ledger.as('evaluator')(remove, { rationale: 'Not ours' }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await ledger.as('practitioner')(remove, { rationale: ' ' }))).toEqual(['BAD_USER_INPUT']);
    expect(
      ok(await ledger.as('practitioner')(remove, { rationale: 'The duty rota change made it unnecessary' }))
        .removeBlueprintElement,
    ).toEqual({
      eventTypes: ['BlueprintElementRemoved'],
    });
  });
});

describe('rights to read', () => {
  it('shows nothing but the schema without a token', async () => {
    const schema = await ledger.as(undefined)('{ __schema { queryType { name } } }');
    expect(ok(schema).__schema.queryType.name).toBe('Query');
    const overview = await ledger.as(undefined)('{ overview(programmeId: "p1") { programme { name } } }');
    expect([overview.status, codesOf(overview)]).toEqual([200, ['UNAUTHENTICATED']]);
  });

  it('refuses a token that is not known, before anything runs', async () => {
    const answer = await ledger.post('ledger_not_a_key', '{ me { actorId } }');
    expect([answer.status, codesOf(answer)]).toEqual([401, ['UNAUTHENTICATED']]);
    expect(answer.errors![0]!.message).toBe('This API key is not known or has been revoked');
  });

  it('lets evaluators read dashboards but keeps the raw history for auditors and admins', async () => {
    const overview = ok(
      await ledger.as('evaluator')('{ overview(programmeId: "p1") { programme { name } } }'),
    );
    expect(overview.overview.programme.name).toBe('Riverside family time');
    const history = '{ history(programmeId: "p1", first: 1) { edges { node { type } } } }';
    for (const caller of ['evaluator', 'practitioner', 'leader', 'facilitator'] as const) {
      expect(codesOf(await ledger.as(caller)(history))).toEqual(['FORBIDDEN']);
    }
    for (const caller of ['auditor', 'admin'] as const) {
      expect(ok(await ledger.as(caller)(history)).history.edges).toEqual([
        { node: { type: 'ProgrammeLaunched' } },
      ]);
    }
  });

  it('lets only admins manage API keys', async () => {
    const issue = `mutation { issueApiKey(input: { actorId: "dash-1", roles: [EVALUATOR], label: "dashboard" }) { key apiKey { keyId actorId roles } } }`;
    expect(codesOf(await ledger.as('auditor')(issue))).toEqual(['FORBIDDEN']);
    const issued = ok(await ledger.as('admin')(issue)).issueApiKey;
    expect(issued.apiKey).toMatchObject({ actorId: 'dash-1', roles: ['EVALUATOR'] });
    expect(ok(await ledger.post(issued.key, '{ me { actorId roles } }')).me).toEqual({
      actorId: 'dash-1',
      roles: ['EVALUATOR'],
    });
    ok(await ledger.as('admin')(`mutation { revokeApiKey(keyId: "${issued.apiKey.keyId}") { revokedAt } }`));
    expect(codesOf(await ledger.post(issued.key, '{ me { actorId } }'))).toEqual(['UNAUTHENTICATED']);
  });
});
