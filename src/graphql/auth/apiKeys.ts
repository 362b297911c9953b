/**
 * API keys: bearer tokens kept only as SHA-256 hashes, from a JSON file (which admins can add to
 * and revoke from) and from the LEDGER_API_KEYS environment variable (read-only). A presented key
 * is hashed and compared in constant time; the key itself is never stored or logged.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { ValidationError } from '../../domain/shared/errors';
import { CALLER_ROLES, type Caller, type CallerRole } from './roles';

export interface ApiKeyRecord {
  readonly keyId: string;
  /** "sha256:" and the hex digest of the key. */
  readonly hash: string;
  readonly actorId: string;
  readonly roles: readonly CallerRole[];
  /** The programmes the key is limited to; null for every programme. */
  readonly programmes: readonly string[] | null;
  readonly label: string | null;
  readonly createdAt: string | null;
  readonly revokedAt: string | null;
}

export class ApiKeyConfigurationError extends Error {}

export const KEY_PREFIX = 'ledger_';
export const hashKey = (key: string): string => `sha256:${createHash('sha256').update(key).digest('hex')}`;

const HASH = /^sha256:[0-9a-f]{64}$/;

const parseRecords = (text: string, source: string): ApiKeyRecord[] => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ApiKeyConfigurationError(`${source} is not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new ApiKeyConfigurationError(`${source} must be a JSON array of keys`);
  return parsed.map((entry: Record<string, unknown>, index) => {
    const where = `${source}, key ${index + 1}`;
    if (typeof entry?.hash !== 'string' || !HASH.test(entry.hash))
      throw new ApiKeyConfigurationError(`${where}: "hash" must be "sha256:" and 64 hex digits`);
    if (typeof entry.actorId !== 'string' || !entry.actorId.trim())
      throw new ApiKeyConfigurationError(`${where}: "actorId" is required`);
    const roles = entry.roles;
    if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => CALLER_ROLES.includes(role)))
      throw new ApiKeyConfigurationError(`${where}: "roles" must list some of ${CALLER_ROLES.join(', ')}`);
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    return {
      keyId: text(entry.keyId) ?? `key-${index + 1}`,
      hash: entry.hash,
      actorId: entry.actorId,
      roles: roles as CallerRole[],
      programmes: programmesOf(entry.programmes, where),
      label: text(entry.label),
      createdAt: text(entry.createdAt),
      revokedAt: text(entry.revokedAt),
    };
  });
};

const programmesOf = (value: unknown, where: string): string[] | null => {
  if (value === undefined || value === null) return null;
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((id) => typeof id === 'string' && id.trim())
  )
    throw new ApiKeyConfigurationError(`${where}: "programmes" must be a non-empty list of programme ids`);
  return value as string[];
};

export interface ApiKeySources {
  /** The file admins issue keys into; created on the first key issued. */
  readonly file?: string;
  /** JSON array of keys (hashes only), e.g. from LEDGER_API_KEYS. */
  readonly fromEnvironment?: string;
}

export class ApiKeys {
  private fileRecords: ApiKeyRecord[];
  private fileVersion = -1;
  private readonly environmentRecords: readonly ApiKeyRecord[];

  constructor(
    private readonly sources: ApiKeySources,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.fileRecords = [];
    this.refresh();
    this.environmentRecords = sources.fromEnvironment?.trim()
      ? parseRecords(sources.fromEnvironment, 'LEDGER_API_KEYS')
      : [];
  }

  /** Re-reads the file when it has changed (keys issued or revoked by the command line, say). */
  private refresh(): void {
    const file = this.sources.file;
    const version = file ? (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) : 0;
    if (version === this.fileVersion) return;
    this.fileRecords = file && version ? parseRecords(readFileSync(file, 'utf8'), file) : [];
    this.fileVersion = version;
  }

  /** The caller a key belongs to, or undefined for an unknown or revoked key. */
  authenticate(key: string): Caller | undefined {
    this.refresh();
    const presented = Buffer.from(hashKey(key));
    let found: ApiKeyRecord | undefined;
    for (const record of [...this.environmentRecords, ...this.fileRecords]) {
      const stored = Buffer.from(record.hash);
      if (stored.length === presented.length && timingSafeEqual(stored, presented)) found = record;
    }
    if (!found || found.revokedAt) return undefined;
    return {
      actorId: found.actorId,
      roles: found.roles,
      credential: found.keyId,
      ...(found.programmes ? { programmes: found.programmes } : {}),
    };
  }

  /** Whether the key with this id is still accepted (live subscriptions ask every few seconds). */
  isActive(keyId: string): boolean {
    this.refresh();
    return [...this.environmentRecords, ...this.fileRecords].some(
      (record) => record.keyId === keyId && !record.revokedAt,
    );
  }

  list(): readonly ApiKeyRecord[] {
    this.refresh();
    return [...this.environmentRecords, ...this.fileRecords];
  }

  /** Issues a new key; the key is returned once and only its hash is kept. */
  issue(request: {
    actorId: string;
    roles: readonly CallerRole[];
    label?: string;
    programmes?: readonly string[];
  }): {
    key: string;
    record: ApiKeyRecord;
  } {
    const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const record: ApiKeyRecord = {
      keyId: randomUUID(),
      hash: hashKey(key),
      actorId: request.actorId,
      roles: [...new Set(request.roles)],
      programmes: request.programmes?.length ? [...new Set(request.programmes)] : null,
      label: request.label ?? null,
      createdAt: this.clock().toISOString(),
      revokedAt: null,
    };
    this.refresh();
    this.save([...this.fileRecords, record]);
    return { key, record };
  }

  /**
   * What to call an actor the personal-data register does not hold (an admin or a service
   * account): the label of its latest key that has one, revoked or not, since history outlives keys.
   */
  labelOf(actorId: string): string | undefined {
    return this.list().findLast((record) => record.actorId === actorId && record.label)?.label ?? undefined;
  }

  /** Revokes a key issued into the file; keys from the environment are revoked by changing it. */
  revoke(keyId: string): ApiKeyRecord {
    this.refresh();
    const record = this.fileRecords.find((candidate) => candidate.keyId === keyId);
    if (!record) {
      const inEnvironment = this.environmentRecords.some((candidate) => candidate.keyId === keyId);
      throw new ValidationError(
        'KnownApiKey',
        inEnvironment
          ? `API key ${keyId} comes from LEDGER_API_KEYS; remove it there and restart`
          : `There is no API key ${keyId}`,
      );
    }
    if (record.revokedAt) return record;
    const revoked = { ...record, revokedAt: this.clock().toISOString() };
    this.save(this.fileRecords.map((candidate) => (candidate === record ? revoked : candidate)));
    return revoked;
  }

  private save(records: ApiKeyRecord[]): void {
    const file = this.sources.file;
    if (!file)
      throw new ValidationError(
        'ApiKeysFile',
        'No API keys file is configured (API_KEYS_FILE), so keys cannot be issued',
      );
    // Written beside and renamed, so a crash never leaves half a file; readable by the owner only.
    writeFileSync(`${file}.tmp`, `${JSON.stringify(records, null, 2)}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
    this.fileRecords = records;
    this.fileVersion = statSync(file).mtimeMs;
  }
}
