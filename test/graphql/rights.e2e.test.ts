import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDING_RIGHTS, type CallerRole } from '../../src/graphql/auth/rights';
import { ledgerSchema } from '../../src/graphql/schema';
import {
  CALLERS,
  codesOf,
  ok,
  setUpProgramme,
  startTestLedger,
  type CallerName,
  type TestLedger,
} from '../support/ledgerApi';

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
        .map((field) => [field.name, field.name === 'programmeId' ? 'p1' : sample(field.type)]),
    );
  if (isScalarType(type)) return SCALAR_SAMPLES[type.name] ?? 'x';
  throw new Error(`No sample for ${String(type)}`);
};

const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);

let ledger: TestLedger;
let commandMutations: { name: string; input: unknown; document: string }[];

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
  const mutations = (await ledgerSchema()).getMutationType()!.getFields();
  commandMutations = Object.values(mutations)
    .filter((field) => pascal(field.name) in RECORDING_RIGHTS)
    .map((field) => {
      const inputType = field.args.find((arg) => arg.name === 'input')!.type;
      const selection = isScalarType(getNullableType(field.type)) ? '' : '{ commandId }';
      return {
        name: field.name,
        input: sample(inputType),
        document: `mutation($input: ${String(inputType)}) { ${field.name}(input: $input) ${selection} }`,
      };
    });
});
afterAll(() => ledger.close());

describe('rights to record', () => {
  it('has a mutation for every command of the domain', () => {
    expect(commandMutations.map(({ name }) => pascal(name)).sort()).toEqual(
      Object.keys(RECORDING_RIGHTS).sort(),
    );
  });

  it('refuses every mutation to a role without the right, and records nothing', async () => {
    const before = await ledger.lastPosition();
    for (const { name, input, document } of commandMutations) {
      const allowed = RECORDING_RIGHTS[
        pascal(name) as keyof typeof RECORDING_RIGHTS
      ] as readonly CallerRole[];
      const refused = (Object.keys(CALLERS) as CallerName[]).filter(
        (caller) => caller !== 'outsider' && !CALLERS[caller].roles.some((role) => allowed.includes(role)),
      );
      expect(refused).toContain('evaluator');
      for (const caller of refused) {
        const answer = await ledger.as(caller)(document, { input });
        expect({ name, caller, codes: codesOf(answer) }).toEqual({ name, caller, codes: ['FORBIDDEN'] });
        expect(answer.errors![0]!.message).toMatch(/needs one of the roles/);
      }
    }
    expect(await ledger.lastPosition()).toBe(before);
  });

  it('refuses every mutation without a token, and records nothing', async () => {
    const before = await ledger.lastPosition();
    for (const { input, document } of commandMutations) {
      expect(codesOf(await ledger.as(undefined)(document, { input }))).toEqual(['UNAUTHENTICATED']);
    }
    expect(await ledger.lastPosition()).toBe(before);
  });

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
    const practitionerMay = Object.entries(RECORDING_RIGHTS)
      .filter(([, roles]) => (roles as readonly CallerRole[]).includes('practitioner'))
      .map(([command]) => command)
      .filter((command) => command.includes('Blueprint'));
    expect(practitionerMay).toEqual([
      'AddBlueprintElement',
      'ReviseBlueprintElement',
      'RemoveBlueprintElement',
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
