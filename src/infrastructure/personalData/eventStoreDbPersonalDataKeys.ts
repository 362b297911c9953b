/**
 * Crypto-shredding for the register on EventStoreDB. A person's details are written to their
 * stream sealed with a key of their own (AES-256-GCM); the key lives here, in a small local SQLite
 * file, and erasure deletes it. EventStoreDB keeps deleted events readable (through $all, backups
 * and its own UI) until a scavenge, but without the key what remains is noise: erasure holds the
 * moment the key is gone, whenever the server scavenges.
 *
 * The file is as precious as the ledger: without it nobody's details can be read. Back it up with
 * the server's data, and keep no backup of it past your erasure deadline.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, chmodSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ensureFolder } from '../ensureFolder';

export const SEALED_WITH = 'aes-256-gcm';

/** A person's details as they are stored in EventStoreDB: readable only with the person's key. */
export interface SealedDetails {
  readonly sealedWith: typeof SEALED_WITH;
  readonly iv: string;
  readonly tag: string;
  readonly ciphertext: string;
}

/** The key is bound to the person: sealed details copied to another person's stream do not open. */
const boundTo = (participantId: string) => Buffer.from(`person:${participantId}`, 'utf8');

export const sealDetails = (details: unknown, key: Buffer, participantId: string): SealedDetails => {
  const iv = randomBytes(12);
  const cipher = createCipheriv(SEALED_WITH, key, iv).setAAD(boundTo(participantId));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(details), 'utf8'), cipher.final()]);
  return {
    sealedWith: SEALED_WITH,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
};

/** Opens sealed details; throws when they were not sealed for this person with this key. */
export const openDetails = (sealed: SealedDetails, key: Buffer, participantId: string): unknown => {
  const decipher = createDecipheriv(SEALED_WITH, key, Buffer.from(sealed.iv, 'base64'))
    .setAAD(boundTo(participantId))
    .setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const text = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
  return JSON.parse(text.toString('utf8'));
};

/** A person's key: theirs, gone because they were erased, or never made. */
export type PersonKey =
  | { readonly status: 'active'; readonly key: Buffer }
  | { readonly status: 'erased' }
  | { readonly status: 'none' };

interface KeyRow {
  key: Buffer | null;
  erased_at: string | null;
}

/** Creates the file readable by its owner only, before SQLite opens it. */
const createPrivately = (path: string) => {
  ensureFolder(dirname(resolve(path)));
  closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
};

export class PersonalDataKeys {
  private readonly db: Database.Database;

  /** `path`: the keys file (created on demand, mode 0600), or ':memory:' for a throwaway one. */
  constructor(
    path: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    if (path !== ':memory:') createPrivately(path);
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // Freed pages are overwritten, so a deleted key leaves no bytes behind in the file.
    this.db.pragma('secure_delete = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS person_keys (
      participant_id TEXT PRIMARY KEY,
      key            BLOB,
      created_at     TEXT NOT NULL,
      erased_at      TEXT
    )`);
  }

  find(participantId: string): PersonKey {
    const row = this.db
      .prepare('SELECT key, erased_at FROM person_keys WHERE participant_id = ?')
      .get(participantId) as KeyRow | undefined;
    if (!row) return { status: 'none' };
    return row.erased_at || !row.key ? { status: 'erased' } : { status: 'active', key: row.key };
  }

  /** The person's key, made on first use; undefined once the person has been erased. */
  keyFor(participantId: string): Buffer | undefined {
    this.db
      .prepare(
        'INSERT INTO person_keys (participant_id, key, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      )
      .run(participantId, randomBytes(32), this.clock().toISOString());
    const found = this.find(participantId);
    return found.status === 'active' ? found.key : undefined;
  }

  /** Forgets the person's key for good (and remembers that they were erased). */
  erase(participantId: string): void {
    const now = this.clock().toISOString();
    this.db
      .prepare(
        `INSERT INTO person_keys (participant_id, key, created_at, erased_at) VALUES (?, NULL, ?, ?)
         ON CONFLICT (participant_id) DO UPDATE SET key = NULL, erased_at = COALESCE(erased_at, excluded.erased_at)`,
      )
      .run(participantId, now, now);
    // Move the change into the main file and empty the log, so the key survives nowhere.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
