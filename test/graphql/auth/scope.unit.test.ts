/** Programme-scoped tokens, at the check every root field passes through (`checkScope`). */
import type { GraphQLError } from 'graphql';
import type { Caller } from '../../../src/graphql/auth/rights';
import { ProgrammeScope, checkScope, inScope, programmesNamed } from '../../../src/graphql/auth/scope';

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

describe('the scope middleware', () => {
  /** Runs ProgrammeScope on a field: "next" when it lets the field resolve, or the refusal's rule. */
  const resolveField = (caller: Caller, fieldName: string, args: Record<string, unknown>, root: boolean) => {
    const info = { fieldName, path: { key: fieldName, prev: root ? undefined : { key: 'overview' } } };
    try {
      return ProgrammeScope(
        { context: { caller }, args, info } as unknown as Parameters<typeof ProgrammeScope>[0],
        () => Promise.resolve('next'),
      );
    } catch (error) {
      return (error as GraphQLError).extensions.rule;
    }
  };

  it('checks root fields, and leaves nested fields (which name no programme) alone', async () => {
    expect(resolveField(scoped, 'overview', { programmeId: 'p9' }, true)).toBe('ProgrammeInScope');
    expect(await resolveField(scoped, 'overview', { programmeId: 'p1' }, true)).toBe('next');
    expect(await resolveField(scoped, 'smallChanges', {}, false)).toBe('next');
  });
});
