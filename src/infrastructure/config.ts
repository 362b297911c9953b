/**
 * Configuration from environment variables, validated once at start-up. A mistake stops start-up
 * with a ConfigurationError naming the variable and what is wrong with it.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ensureFolder } from './ensureFolder';
import { connectionStringProblem } from './eventStore/eventStoreDb/connectionString';

export type StoreConfig =
  | { readonly kind: 'sqlite'; readonly path: string }
  | {
      readonly kind: 'eventstoredb';
      readonly connectionString: string;
      /** The personal-data register's keys (crypto-shredding): a local SQLite file, not disposable. */
      readonly personalDataKeysPath: string;
    };

export interface AuthConfig {
  /** Where admins' API keys are kept (hashes only); beside the ledger by default. */
  readonly apiKeysFile: string;
  /** LEDGER_API_KEYS: a JSON array of keys (hashes only), read-only. */
  readonly apiKeysFromEnvironment: string | undefined;
  readonly jwt: {
    readonly secret?: string;
    readonly jwksUrl?: string;
    readonly issuer?: string;
    readonly audience?: string;
    /** JWT_MAX_LIFETIME: the longest a JWT may still run when presented, in seconds. */
    readonly maxLifetimeSeconds: number;
  };
}

/** How the HTTP server faces the network: address, browsers, explorer, body size, rate limits. */
export interface HttpConfig {
  /** HOST: the address to listen on (127.0.0.1 outside containers). */
  readonly host: string;
  /** CORS_ORIGINS: browser origins allowed to call the API; none by default. */
  readonly corsOrigins: readonly string[];
  /** GRAPHQL_INTROSPECTION: the schema readable through the API (off in production by default). */
  readonly introspection: boolean;
  /** LEDGER_EXPLORER: the explorer at / (off in production by default). */
  readonly explorer: boolean;
  /** MAX_BODY_BYTES: larger request bodies are refused with 413. */
  readonly maxBodyBytes: number;
  /** Requests per minute per credential and per address, refused sign-ins per address; 0 is no limit. */
  readonly rateLimits: {
    readonly perKey: number;
    readonly perAddress: number;
    readonly signInFailures: number;
  };
}

export interface LedgerConfig {
  readonly port: number;
  readonly store: StoreConfig;
  /** The read models' SQLite file: disposable, rebuilt from the event log. */
  readonly readModelsPath: string;
  /**
   * SNAPSHOTS_PATH: folded stream states kept for new processes, when named (off by default);
   * disposable. None with EventStoreDB (see src/application/ports/snapshotStore.ts).
   */
  readonly snapshotsPath?: string | undefined;
  readonly auth: AuthConfig;
  readonly limits: {
    readonly maxDepth: number;
    readonly maxCost: number;
    readonly maxAliases: number;
    readonly maxDirectives: number;
    readonly maxTokens: number;
  };
  readonly http: HttpConfig;
  /** LEDGER_DEMO: record the fictional demo programme on an empty ledger (on by default). */
  readonly demo: { readonly enabled: boolean; readonly tokensFile: string };
  /** Beside the ledger: where erasures and the copies that erasure must reach are listed. */
  readonly personalData: PersonalDataFiles;
  /** The Merkle tree's signing key, how often it signs, and where the tree lives beside EventStoreDB. */
  readonly audit: AuditConfig;
}

export interface AuditConfig {
  /** LEDGER_SIGNING_KEY_PATH: the Ed25519 key tree heads are signed with (created on first start, 0600). */
  readonly signingKeyPath: string;
  /** TREE_HEAD_EVERY_EVENTS: a head is signed once this many events were appended since the last. */
  readonly treeHeadEveryEvents: number;
  /** TREE_HEAD_EVERY_SECONDS: and at least this often while the log or the access record grows. */
  readonly treeHeadEverySeconds: number;
  /** The file holding the Merkle tree and the access record: the ledger itself, or AUDIT_PATH beside EventStoreDB. */
  readonly auditPath: string;
}

export interface PersonalDataFiles {
  /** Every erasure (participant ids and times only): re-applied to a ledger restored from a backup. */
  readonly erasuresFile: string;
  /** The backups and exports the ledger tool wrote: an erasure reaches each one still there. */
  readonly copiesFile: string;
}

export class ConfigurationError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigurationError';
  }
}

type Environment = Readonly<Record<string, string | undefined>>;

export const DEFAULT_SQLITE_PATH = './data/ledger.db';
export const READ_MODELS_FILE = 'read-models.db';
export const DEFAULT_PORT = 4000;
export const API_KEYS_FILE = 'api-keys.json';
export const DEFAULT_MAX_DEPTH = 12;
export const DEFAULT_MAX_COST = 20_000;
export const DEFAULT_MAX_ALIASES = 30;
export const DEFAULT_MAX_DIRECTIVES = 50;
export const DEFAULT_MAX_TOKENS = 5_000;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;
export const DEFAULT_JWT_MAX_LIFETIME = 86_400;
export const DEFAULT_RATE_LIMITS = { perKey: 1_200, perAddress: 3_000, signInFailures: 60 } as const;
export const DEMO_TOKENS_FILE = 'demo-tokens.json';
export const PERSONAL_DATA_KEYS_FILE = 'personal-data-keys.db';
export const ERASURES_FILE = 'erasures.json';
export const COPIES_FILE = 'copies.json';
export const SIGNING_KEY_FILE = 'ledger-signing-key.pem';
export const AUDIT_FILE = 'audit.db';
export const DEFAULT_TREE_HEAD_EVERY_EVENTS = 1_000;
export const DEFAULT_TREE_HEAD_EVERY_SECONDS = 60;
const STORE_KINDS = ['sqlite', 'eventstoredb'] as const;

const readPort = (env: Environment): number => {
  const raw = env.PORT?.trim();
  if (!raw) return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ConfigurationError('PORT', `"${raw}" is not a port number (1 to 65535)`);
  }
  return port;
};

const PATH_PROBLEMS: Readonly<Record<string, string>> = {
  EEXIST: 'part of the path is a file, not a folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'its folder cannot be created there',
};

/** Creates the folder if needed and proves the file could be written, without creating it. */
const writableSqlitePath = (raw: string, variable = 'SQLITE_PATH', what = 'the ledger file'): string => {
  const path = resolve(raw);
  const folder = dirname(path);
  try {
    ensureFolder(folder);
    if (existsSync(path) && !statSync(path).isFile()) throw new Error('it exists and is not a file');
    accessSync(existsSync(path) ? path : folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && PATH_PROBLEMS[code]) ?? code ?? (error as Error).message;
    throw new ConfigurationError(variable, `cannot write ${what} at ${path} (${reason})`);
  }
  return path;
};

/** EventStoreDB: a connection string the client accepts without printing it, and the register's keys file. */
const readEventStoreDb = (env: Environment): StoreConfig => {
  const connectionString = env.EVENTSTORE_CONNECTION_STRING?.trim();
  if (!connectionString) {
    throw new ConfigurationError('EVENTSTORE_CONNECTION_STRING', 'is required when EVENT_STORE=eventstoredb');
  }
  const problem = connectionStringProblem(connectionString);
  if (problem) throw new ConfigurationError('EVENTSTORE_CONNECTION_STRING', problem);
  const keys =
    env.PERSONAL_DATA_KEYS_PATH?.trim() ||
    join(dirname(resolve(DEFAULT_SQLITE_PATH)), PERSONAL_DATA_KEYS_FILE);
  return {
    kind: 'eventstoredb',
    connectionString,
    personalDataKeysPath: writableSqlitePath(keys, 'PERSONAL_DATA_KEYS_PATH', 'the personal-data keys'),
  };
};

const readStore = (env: Environment): StoreConfig => {
  const kind = (env.EVENT_STORE?.trim() || 'sqlite').toLowerCase();
  if (kind === 'sqlite')
    return { kind, path: writableSqlitePath(env.SQLITE_PATH?.trim() || DEFAULT_SQLITE_PATH) };
  if (kind === 'eventstoredb') return readEventStoreDb(env);
  throw new ConfigurationError(
    'EVENT_STORE',
    `"${env.EVENT_STORE}" is not a store; use one of ${STORE_KINDS.join(', ')}`,
  );
};

/** Beside the SQLite ledger by default; with EventStoreDB, in ./data. */
const readModelsPath = (env: Environment, store: StoreConfig): string => {
  const raw = env.READ_MODELS_PATH?.trim();
  const fallback = join(dataFolder(store), READ_MODELS_FILE);
  const path = writableSqlitePath(raw || fallback, 'READ_MODELS_PATH', 'the read models');
  if (store.kind === 'sqlite' && path === store.path)
    throw new ConfigurationError('READ_MODELS_PATH', 'must be a different file from SQLITE_PATH');
  if (store.kind === 'eventstoredb' && path === store.personalDataKeysPath)
    throw new ConfigurationError('READ_MODELS_PATH', 'must be a different file from PERSONAL_DATA_KEYS_PATH');
  return path;
};

/** Off unless SNAPSHOTS_PATH names a file (embedded store only); why: bench/RESULTS.md, issue 14. */
const snapshotsPath = (env: Environment, store: StoreConfig, readModels: string): string | undefined => {
  if (store.kind !== 'sqlite' || !env.SNAPSHOTS_PATH?.trim()) return undefined;
  const path = resolve(env.SNAPSHOTS_PATH.trim());
  if (path === store.path || path === readModels)
    throw new ConfigurationError('SNAPSHOTS_PATH', 'must not be SQLITE_PATH or READ_MODELS_PATH');
  return writableSqlitePath(path, 'SNAPSHOTS_PATH', 'the snapshots');
};

const dataFolder = (store: StoreConfig) =>
  store.kind === 'sqlite' ? dirname(store.path) : dirname(resolve(DEFAULT_SQLITE_PATH));

const readAuth = (env: Environment, store: StoreConfig): AuthConfig => {
  const text = (name: string) => env[name]?.trim() || undefined;
  const jwksUrl = text('JWT_JWKS_URL');
  if (jwksUrl && !/^https?:\/\/\S+$/.test(jwksUrl))
    throw new ConfigurationError('JWT_JWKS_URL', `"${jwksUrl}" is not an http(s) address`);
  const secret = text('JWT_SECRET');
  if (secret && secret.length < 32)
    throw new ConfigurationError('JWT_SECRET', 'must be at least 32 characters (256 bits) for HS256');
  if (secret && jwksUrl)
    throw new ConfigurationError('JWT_SECRET', 'set JWT_SECRET or JWT_JWKS_URL, not both');
  const optional = <K extends string>(key: K, value: string | undefined) => (value ? { [key]: value } : {});
  return {
    apiKeysFile: writableSqlitePath(
      text('API_KEYS_FILE') ?? join(dataFolder(store), API_KEYS_FILE),
      'API_KEYS_FILE',
      'the API keys file',
    ),
    apiKeysFromEnvironment: text('LEDGER_API_KEYS'),
    jwt: {
      ...optional('secret', secret),
      ...optional('jwksUrl', jwksUrl),
      ...optional('issuer', text('JWT_ISSUER')),
      ...optional('audience', text('JWT_AUDIENCE')),
      maxLifetimeSeconds: readLimit(env, 'JWT_MAX_LIFETIME', DEFAULT_JWT_MAX_LIFETIME),
    },
  };
};

const personalDataFiles = (store: StoreConfig): PersonalDataFiles => ({
  erasuresFile: join(dataFolder(store), ERASURES_FILE),
  copiesFile: join(dataFolder(store), COPIES_FILE),
});

const readLimit = (env: Environment, name: string, fallback: number, least = 1): number => {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < least)
    throw new ConfigurationError(name, `"${raw}" is not a whole number of at least ${least}`);
  return Number(raw);
};

const readSwitch = (env: Environment, name: string, fallback: boolean): boolean => {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigurationError(name, `"${env[name]}" is neither true nor false`);
};

const HOST = /^[\w.:-]+$/;
const ORIGIN = /^https?:\/\/[^/\s]+$/;

const readHost = (env: Environment): string => {
  const host = env.HOST?.trim() || DEFAULT_HOST;
  if (!HOST.test(host)) throw new ConfigurationError('HOST', `"${host}" is not an address to listen on`);
  return host;
};

const readOrigins = (env: Environment): string[] => {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean);
  const wrong = origins.find((origin) => !ORIGIN.test(origin));
  if (wrong)
    throw new ConfigurationError(
      'CORS_ORIGINS',
      `"${wrong}" is not an origin such as https://dashboard.example.org`,
    );
  return origins;
};

const readAudit = (env: Environment, store: StoreConfig): AuditConfig => ({
  signingKeyPath: writableSqlitePath(
    env.LEDGER_SIGNING_KEY_PATH?.trim() || join(dataFolder(store), SIGNING_KEY_FILE),
    'LEDGER_SIGNING_KEY_PATH',
    'the signing key',
  ),
  treeHeadEveryEvents: readLimit(env, 'TREE_HEAD_EVERY_EVENTS', DEFAULT_TREE_HEAD_EVERY_EVENTS),
  treeHeadEverySeconds: readLimit(env, 'TREE_HEAD_EVERY_SECONDS', DEFAULT_TREE_HEAD_EVERY_SECONDS),
  auditPath:
    store.kind === 'sqlite'
      ? store.path
      : writableSqlitePath(
          env.AUDIT_PATH?.trim() || join(dataFolder(store), AUDIT_FILE),
          'AUDIT_PATH',
          'the audit file',
        ),
});

/** In production mode (NODE_ENV=production) the schema and the explorer are off unless switched on. */
const readHttp = (env: Environment): HttpConfig => {
  const production = env.NODE_ENV?.trim() === 'production';
  const introspection = readSwitch(env, 'GRAPHQL_INTROSPECTION', !production);
  const explorer = readSwitch(env, 'LEDGER_EXPLORER', !production && introspection);
  if (explorer && !introspection)
    throw new ConfigurationError(
      'LEDGER_EXPLORER',
      'the explorer reads the schema: it needs GRAPHQL_INTROSPECTION=true',
    );
  return {
    host: readHost(env),
    corsOrigins: readOrigins(env),
    introspection,
    explorer,
    maxBodyBytes: readLimit(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1024),
    rateLimits: {
      perKey: readLimit(env, 'RATE_LIMIT_PER_KEY', DEFAULT_RATE_LIMITS.perKey, 0),
      perAddress: readLimit(env, 'RATE_LIMIT_PER_ADDRESS', DEFAULT_RATE_LIMITS.perAddress, 0),
      signInFailures: readLimit(env, 'RATE_LIMIT_SIGN_IN_FAILURES', DEFAULT_RATE_LIMITS.signInFailures, 0),
    },
  };
};

export const loadConfig = (env: Environment = process.env): LedgerConfig => {
  const port = readPort(env);
  const store = readStore(env);
  const readModels = readModelsPath(env, store);
  return {
    port,
    store,
    readModelsPath: readModels,
    snapshotsPath: snapshotsPath(env, store, readModels),
    auth: readAuth(env, store),
    limits: {
      maxDepth: readLimit(env, 'QUERY_MAX_DEPTH', DEFAULT_MAX_DEPTH),
      maxCost: readLimit(env, 'QUERY_MAX_COST', DEFAULT_MAX_COST),
      maxAliases: readLimit(env, 'QUERY_MAX_ALIASES', DEFAULT_MAX_ALIASES),
      maxDirectives: readLimit(env, 'QUERY_MAX_DIRECTIVES', DEFAULT_MAX_DIRECTIVES),
      maxTokens: readLimit(env, 'QUERY_MAX_TOKENS', DEFAULT_MAX_TOKENS, 100),
    },
    http: readHttp(env),
    demo: {
      enabled: readSwitch(env, 'LEDGER_DEMO', true),
      tokensFile: join(dataFolder(store), DEMO_TOKENS_FILE),
    },
    personalData: personalDataFiles(store),
    audit: readAudit(env, store),
  };
};
