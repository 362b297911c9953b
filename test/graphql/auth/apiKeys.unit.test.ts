import { ValidationError } from '../../../src/domain/shared/errors';
import { ApiKeys, hashKey } from '../../../src/graphql/auth/apiKeys';

describe('API keys without a keys file', () => {
  const keys = new ApiKeys({
    fromEnvironment: JSON.stringify([
      { keyId: 'ops', actorId: 'admin-1', roles: ['admin'], hash: hashKey('ledger_ops') },
    ]),
  });

  it('authenticates the keys from the environment', () => {
    expect(keys.authenticate('ledger_ops')).toEqual({
      actorId: 'admin-1',
      roles: ['admin'],
      credential: 'ops',
    });
    expect(keys.authenticate('ledger_other')).toBeUndefined();
  });

  it('refuses to issue a key, saying which setting is missing', () => {
    let refusal: unknown;
    try {
      keys.issue({ actorId: 'dash-1', roles: ['evaluator'] });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ValidationError);
    expect([(refusal as ValidationError).rule, (refusal as ValidationError).message]).toEqual([
      'ApiKeysFile',
      'No API keys file is configured (API_KEYS_FILE), so keys cannot be issued',
    ]);
    expect(keys.list().map((record) => record.keyId)).toEqual(['ops']);
  });
});
