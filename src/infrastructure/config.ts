/**
 * Configuration from environment variables, validated once at start-up. A mistake stops start-up
 * with a ConfigurationError naming the variable and what is wrong with it.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ensureFolder } from './ensureFolder';

export type StoreConfig =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string };

export interface LedgerConfig {
  readonly port: number;
  readonly store: StoreConfig;
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
export const DEFAULT_PORT = 4000;
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
const writableSqlitePath = (raw: string): string => {
  const path = resolve(raw);
  const folder = dirname(path);
  try {
    ensureFolder(folder);
    if (existsSync(path) && !statSync(path).isFile()) throw new Error('it exists and is not a file');
    accessSync(existsSync(path) ? path : folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && PATH_PROBLEMS[code]) ?? code ?? (error as Error).message;
    throw new ConfigurationError('SQLITE_PATH', `cannot write the ledger file at ${path} (${reason})`);
  }
  return path;
};

const CONNECTION_STRING = /^esdb(\+discover)?:\/\/[^/?#\s]+(\/)?(\?[^#\s]*)?$/;

const readStore = (env: Environment): StoreConfig => {
  const kind = (env.EVENT_STORE?.trim() || 'sqlite').toLowerCase();
  if (kind === 'sqlite')
    return { kind, path: writableSqlitePath(env.SQLITE_PATH?.trim() || DEFAULT_SQLITE_PATH) };
  if (kind === 'eventstoredb') {
    const connectionString = env.EVENTSTORE_CONNECTION_STRING?.trim();
    if (!connectionString) {
      throw new ConfigurationError(
        'EVENTSTORE_CONNECTION_STRING',
        'is required when EVENT_STORE=eventstoredb',
      );
    }
    if (!CONNECTION_STRING.test(connectionString)) {
      throw new ConfigurationError(
        'EVENTSTORE_CONNECTION_STRING',
        `"${connectionString}" is not an EventStoreDB connection string (expected e.g. esdb://localhost:2113?tls=false)`,
      );
    }
    return { kind, connectionString };
  }
  throw new ConfigurationError(
    'EVENT_STORE',
    `"${env.EVENT_STORE}" is not a store; use one of ${STORE_KINDS.join(', ')}`,
  );
};

export const loadConfig = (env: Environment = process.env): LedgerConfig => ({
  port: readPort(env),
  store: readStore(env),
});
