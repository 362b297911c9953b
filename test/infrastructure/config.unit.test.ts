import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError, DEFAULT_PORT, loadConfig } from '../../src/infrastructure/config';

const folder = mkdtempSync(join(tmpdir(), 'ledger-config-'));

const refusal = (env: Record<string, string>): ConfigurationError => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('the configuration was accepted');
};

const inFolder = <T>(run: () => T): T => {
  const previous = process.cwd();
  process.chdir(folder);
  try {
    return run();
  } finally {
    process.chdir(previous);
  }
};

describe('configuration', () => {
  it('defaults to the embedded store in ./data/ledger.db on port 4000, read models beside it, no snapshots', () => {
    expect(inFolder(() => loadConfig({}))).toEqual({
      port: DEFAULT_PORT,
      store: { kind: 'sqlite', path: resolve(folder, 'data/ledger.db') },
      readModelsPath: resolve(folder, 'data/read-models.db'),
      snapshotsPath: undefined,
      auth: {
        apiKeysFile: resolve(folder, 'data/api-keys.json'),
        apiKeysFromEnvironment: undefined,
        jwt: { maxLifetimeSeconds: 86_400 },
      },
      limits: { maxDepth: 12, maxCost: 20_000, maxAliases: 30, maxDirectives: 50, maxTokens: 5_000 },
      http: {
        host: '127.0.0.1',
        corsOrigins: [],
        introspection: true,
        explorer: true,
        maxBodyBytes: 1_000_000,
        rateLimits: { perKey: 1_200, perAddress: 3_000, signInFailures: 60 },
      },
      demo: { enabled: true, tokensFile: resolve(folder, 'data/demo-tokens.json') },
      personalData: {
        erasuresFile: resolve(folder, 'data/erasures.json'),
        copiesFile: resolve(folder, 'data/copies.json'),
      },
      audit: {
        signingKeyPath: resolve(folder, 'data/ledger-signing-key.pem'),
        treeHeadEveryEvents: 1_000,
        treeHeadEverySeconds: 60,
        auditPath: resolve(folder, 'data/ledger.db'),
      },
    });
    expect(inFolder(() => loadConfig({ SQLITE_PATH: 'elsewhere/ledger.db' })).readModelsPath).toBe(
      resolve(folder, 'elsewhere/read-models.db'),
    );
    expect(inFolder(() => loadConfig({ SNAPSHOTS_PATH: 'elsewhere/snapshots.db' })).snapshotsPath).toBe(
      resolve(folder, 'elsewhere/snapshots.db'),
    );
    expect(() => inFolder(() => loadConfig({ SNAPSHOTS_PATH: 'data/read-models.db' }))).toThrow(
      'SNAPSHOTS_PATH: must not be SQLITE_PATH or READ_MODELS_PATH',
    );
  });

  it('selects EventStoreDB with a connection string, read models in a local file', () => {
    const env = {
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      PORT: '8080',
    };
    expect(inFolder(() => loadConfig(env))).toMatchObject({
      port: 8080,
      store: { kind: 'eventstoredb', connectionString: 'esdb://localhost:2113?tls=false' },
      readModelsPath: resolve(folder, 'data/read-models.db'),
      snapshotsPath: undefined,
      auth: { apiKeysFile: resolve(folder, 'data/api-keys.json') },
    });
  });

  it('reads authentication and query limits', () => {
    const env = {
      JWT_SECRET: 'a-shared-secret-of-at-least-32-characters',
      JWT_ISSUER: 'https://id.example.org',
      LEDGER_API_KEYS: '[]',
      API_KEYS_FILE: 'keys/ledger-keys.json',
      QUERY_MAX_DEPTH: '8',
      QUERY_MAX_COST: '500',
    };
    expect(inFolder(() => loadConfig(env))).toMatchObject({
      auth: {
        apiKeysFile: resolve(folder, 'keys/ledger-keys.json'),
        apiKeysFromEnvironment: '[]',
        jwt: { secret: env.JWT_SECRET, issuer: 'https://id.example.org' },
      },
      limits: { maxDepth: 8, maxCost: 500 },
    });
    expect(refusal({ JWT_SECRET: 'short' }).message).toBe(
      'JWT_SECRET: must be at least 32 characters (256 bits) for HS256',
    );
    expect(refusal({ JWT_JWKS_URL: 'ftp://keys' }).variable).toBe('JWT_JWKS_URL');
    expect(refusal({ QUERY_MAX_DEPTH: 'deep' }).message).toBe(
      'QUERY_MAX_DEPTH: "deep" is not a whole number of at least 1',
    );
  });

  it('reads how the server faces the network, with production defaults', () => {
    const env = {
      HOST: '0.0.0.0',
      CORS_ORIGINS: 'https://dashboard.example.org, https://board.example.org/',
      MAX_BODY_BYTES: '2048',
      RATE_LIMIT_PER_KEY: '0',
      JWT_MAX_LIFETIME: '3600',
    };
    expect(inFolder(() => loadConfig(env))).toMatchObject({
      auth: { jwt: { maxLifetimeSeconds: 3600 } },
      http: {
        host: '0.0.0.0',
        corsOrigins: ['https://dashboard.example.org', 'https://board.example.org'],
        maxBodyBytes: 2048,
        rateLimits: { perKey: 0, perAddress: 3_000 },
      },
    });
    expect(inFolder(() => loadConfig({ NODE_ENV: 'production' })).http).toMatchObject({
      introspection: false,
      explorer: false,
    });
    expect(
      inFolder(() =>
        loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true', LEDGER_EXPLORER: 'true' }),
      ).http,
    ).toMatchObject({ introspection: true, explorer: true });
    expect(refusal({ GRAPHQL_INTROSPECTION: 'false', LEDGER_EXPLORER: 'true' }).message).toBe(
      'LEDGER_EXPLORER: the explorer reads the schema: it needs GRAPHQL_INTROSPECTION=true',
    );
    expect(refusal({ CORS_ORIGINS: '*' }).message).toBe(
      'CORS_ORIGINS: "*" is not an origin such as https://dashboard.example.org',
    );
    expect(refusal({ HOST: 'my host' }).variable).toBe('HOST');
  });

  it('keeps the read models out of the ledger file', () => {
    const path = join(folder, 'one.db');
    expect(refusal({ SQLITE_PATH: path, READ_MODELS_PATH: path }).message).toBe(
      'READ_MODELS_PATH: must be a different file from SQLITE_PATH',
    );
    expect(refusal({ READ_MODELS_PATH: folder }).variable).toBe('READ_MODELS_PATH');
  });

  it('names the variable and the problem for an unknown store', () => {
    const error = refusal({ EVENT_STORE: 'mongodb' });
    expect(error.variable).toBe('EVENT_STORE');
    expect(error.message).toBe('EVENT_STORE: "mongodb" is not a store; use one of sqlite, eventstoredb');
  });

  it('requires a well-formed connection string for EventStoreDB', () => {
    expect(refusal({ EVENT_STORE: 'eventstoredb' }).message).toMatch(
      /^EVENTSTORE_CONNECTION_STRING: is required/,
    );
    const malformed = refusal({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'http://localhost:2113',
    });
    expect(malformed.variable).toBe('EVENTSTORE_CONNECTION_STRING');
    expect(malformed.message).toContain('esdb://localhost:2113?tls=false');
  });

  it('never repeats an EventStoreDB password when it refuses a connection string', () => {
    const error = refusal({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb+discover://ledger:s3cret-pw@db.internal:2113?tls=true&verbose=yes',
    });
    expect(error.message).toMatch(
      /^EVENTSTORE_CONNECTION_STRING: "verbose" is not an option of the EventStoreDB client/,
    );
    expect(error.message).not.toContain('s3cret-pw');
  });

  it("keeps the register's keys beside the read models with EventStoreDB, in a file of their own", () => {
    const env = {
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
    };
    expect(inFolder(() => loadConfig(env)).store).toEqual({
      kind: 'eventstoredb',
      connectionString: 'esdb://localhost:2113?tls=false',
      personalDataKeysPath: resolve(folder, 'data/personal-data-keys.db'),
    });
    expect(
      inFolder(() => loadConfig({ ...env, PERSONAL_DATA_KEYS_PATH: 'secrets/keys.db' })).store,
    ).toMatchObject({
      personalDataKeysPath: resolve(folder, 'secrets/keys.db'),
    });
    const same = join(folder, 'same.db');
    expect(refusal({ ...env, PERSONAL_DATA_KEYS_PATH: same, READ_MODELS_PATH: same }).message).toBe(
      'READ_MODELS_PATH: must be a different file from PERSONAL_DATA_KEYS_PATH',
    );
    expect(refusal({ ...env, PERSONAL_DATA_KEYS_PATH: folder }).variable).toBe('PERSONAL_DATA_KEYS_PATH');
  });

  it('reads where the signing key and, beside EventStoreDB, the Merkle tree live, and how often heads are signed', () => {
    const env = {
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      LEDGER_SIGNING_KEY_PATH: 'keys/signing.pem',
      AUDIT_PATH: 'audit/tree.db',
      TREE_HEAD_EVERY_EVENTS: '50',
      TREE_HEAD_EVERY_SECONDS: '5',
    };
    expect(inFolder(() => loadConfig(env)).audit).toEqual({
      signingKeyPath: resolve(folder, 'keys/signing.pem'),
      auditPath: resolve(folder, 'audit/tree.db'),
      treeHeadEveryEvents: 50,
      treeHeadEverySeconds: 5,
    });
    expect(inFolder(() => loadConfig({ ...env, AUDIT_PATH: '' })).audit.auditPath).toBe(
      resolve(folder, 'data/audit.db'),
    );
    expect(refusal({ TREE_HEAD_EVERY_EVENTS: 'often' }).message).toMatch(/TREE_HEAD_EVERY_EVENTS/);
  });

  it('refuses an SQLite path that cannot be written', () => {
    const file = join(folder, 'a-file');
    writeFileSync(file, 'not a folder');
    const error = refusal({ SQLITE_PATH: join(file, 'ledger.db') });
    expect(error.variable).toBe('SQLITE_PATH');
    expect(error.message).toContain('part of the path is a file, not a folder');
    expect(refusal({ SQLITE_PATH: folder }).message).toContain('it exists and is not a file');
  });

  it('refuses a port that is not a number in range', () => {
    expect(refusal({ PORT: '70000' }).message).toBe('PORT: "70000" is not a port number (1 to 65535)');
    expect(refusal({ PORT: 'http' }).variable).toBe('PORT');
  });
});
