/** Programme-scoped tokens, at the check every root field passes through (`checkScope`). */
import { GraphQLError, GraphQLID, GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import type { Caller } from '../../../src/graphql/auth/rights';
import { checkScope, inScope, programmesNamed, scopeRootFields } from '../../../src/graphql/auth/scope';

const scoped: Caller = {
  actorId: 'dash-1',
  roles: ['evaluator'],
  credential: 'key-1',
  programmes: ['p1', 'p2'],
};
const everywhere: Caller = { actorId: 'admin-1', roles: ['admin'], credential: 'key-2' };

/** What a caller meets at a root field: "passes", or the refusal's code, rule and message. */
const at = (caller: Caller | undefined, field: string, args: Record<string, unknown> = {}) => {
  try {
    checkScope(caller, field, args);
    return 'passes';
  } catch (error) {
    const { extensions, message } = error as GraphQLError;
    return [extensions.code, extensions.rule, message];
  }
};

describe('checkScope', () => {
  it('lets a token without a scope, or no token (authentication refuses that), reach anything', () => {
    expect(at(everywhere, 'erasePerson', { participantId: 'x' })).toBe('passes');
    expect(at(everywhere, 'overview', { programmeId: 'p9' })).toBe('passes');
    expect(at(undefined, 'overview', { programmeId: 'p9' })).toBe('passes');
  });

  it('lets a scoped token reach its programmes, named as an argument or in the input', () => {
    expect(at(scoped, 'overview', { programmeId: 'p2' })).toBe('passes');
    expect(at(scoped, 'identifyBarrier', { input: { programmeId: 'p1' } })).toBe('passes');
    expect(at(scoped, 'deriveBlueprint', { input: { programmeId: 'p1', sourceProgrammeId: 'p2' } })).toBe(
      'passes',
    );
    expect(at(scoped, 'me')).toBe('passes');
    expect(at(scoped, 'programmes')).toBe('passes');
  });

  it('refuses a scoped token outside its programmes, naming the one it does not reach', () => {
    expect(at(scoped, 'overview', { programmeId: 'p3' })).toEqual([
      'FORBIDDEN',
      'ProgrammeInScope',
      'Your token is limited to the programmes p1, p2; it does not reach programme p3',
    ]);
    expect(at(scoped, 'deriveBlueprint', { input: { programmeId: 'p1', sourceProgrammeId: 'p9' } })).toEqual([
      'FORBIDDEN',
      'ProgrammeInScope',
      'Your token is limited to the programmes p1, p2; it does not reach programme p9',
    ]);
  });

  it('refuses a scoped token a field that names no programme, or acts on the whole ledger', () => {
    expect(at(scoped, 'history', {})).toEqual([
      'FORBIDDEN',
      'ProgrammeInScope',
      'Your token is limited to the programmes p1, p2; name one of them (programmeId) to use history',
    ]);
    for (const field of ['apiKeys', 'issueApiKey', 'revokeApiKey', 'erasePerson']) {
      expect(at(scoped, field, { programmeId: 'p1' })).toEqual([
        'FORBIDDEN',
        'ProgrammeInScope',
        `Your token is limited to the programmes p1, p2; ${field} acts on the whole ledger and needs a token without that limit`,
      ]);
    }
  });
});

describe('the programmes a field names', () => {
  it('reads programmeId and sourceProgrammeId, from the arguments and the input, and ignores other values', () => {
    expect(
      programmesNamed({ programmeId: 'p1', input: { sourceProgrammeId: 'p2', programmeId: 'p3' } }),
    ).toEqual(['p1', 'p3', 'p2']);
    expect(programmesNamed({ programmeId: 7, input: 'p1', sourceProgrammeId: null })).toEqual([]);
    expect(programmesNamed({ input: null })).toEqual([]);
  });

  it('puts every programme in reach of an unscoped caller, and only its own in reach of a scoped one', () => {
    expect([
      inScope(undefined, 'p9'),
      inScope(everywhere, 'p9'),
      inScope(scoped, 'p2'),
      inScope(scoped, 'p9'),
    ]).toEqual([true, true, true, false]);
  });
});

describe('the scope on the built schema', () => {
  /** A root field naming a programme, whose answer has a nested field that names none. */
  const schema = () =>
    scopeRootFields(
      new GraphQLSchema({
        query: new GraphQLObjectType({
          name: 'Query',
          fields: {
            overview: {
              type: new GraphQLObjectType({
                name: 'Overview',
                fields: { smallChanges: { type: GraphQLString, resolve: () => 'all of them' } },
              }),
              args: { programmeId: { type: GraphQLID } },
              resolve: () => ({}),
            },
          },
        }),
      }),
    );
  const ask = (caller: Caller, programmeId: string) =>
    graphql({
      schema: schema(),
      source: `{ overview(programmeId: "${programmeId}") { smallChanges } }`,
      contextValue: { caller },
    });

  it("refuses a root field outside the token's programmes", async () => {
    const answer = await ask(scoped, 'p9');
    expect(answer.data).toEqual({ overview: null });
    expect(answer.errors?.map((error) => [error.extensions.code, error.extensions.rule, error.path])).toEqual(
      [['FORBIDDEN', 'ProgrammeInScope', ['overview']]],
    );
  });

  it('lets a root field inside them resolve, nested fields (which name no programme) included', async () => {
    expect(await ask(scoped, 'p1')).toEqual({ data: { overview: { smallChanges: 'all of them' } } });
  });
});
