/**
 * Redaction in a ledger file (the live one, or a backup): the redacted fields' values are replaced
 * by "[redacted]" in the stored event, their salts are forgotten and their commitments kept, so the
 * event's leaf is the same as before and every proof still checks. Freed bytes are overwritten
 * (secure_delete) and the write-ahead log is emptied and truncated, so the old values survive in
 * neither the file nor its -wal.
 */
import type Database from 'better-sqlite3';
import {
  leafHashOf,
  pathKey,
  redactedSalting,
  valueAt,
  withRedactedValues,
  type Salting,
} from '../../../domain/audit/leafEntry';
import { StoreUnavailableError } from '../../../application/ports/eventStoreErrors';
import type { Redaction } from '../../../application/ports/treeStore';
import { entryOfRow, type StoredRow } from './eventRows';
import { saltingOf, type LeafRow } from './treeSchema';

export class RedactionRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedactionRefusedError';
  }
}

const hasTable = (db: Database.Database, name: string): boolean =>
  db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;

const alreadyRedacted = (salting: Salting, key: string) => !('seed' in salting) && key in salting.redacted;

/** Rewrites the event and its salts in one transaction; false when the file does not hold the event. */
const rewrite = (db: Database.Database, { eventId, paths }: Redaction): boolean => {
  const row = db.prepare('SELECT * FROM events WHERE event_id = ?').safeIntegers(true).get(eventId) as
    StoredRow | undefined;
  if (!row) return false;
  const source = entryOfRow(row);
  const leaf = hasTable(db, 'merkle_leaves')
    ? (db.prepare('SELECT * FROM merkle_leaves WHERE event_id = ?').get(eventId) as LeafRow | undefined)
    : undefined;
  const salting = leaf && saltingOf(leaf);
  const toRedact = paths.filter((path) => !(salting && alreadyRedacted(salting, pathKey(path))));
  for (const path of toRedact) {
    if (typeof valueAt(source.data, path) !== 'string')
      throw new RedactionRefusedError(
        `/${path.join('/')} of event ${eventId} is not a text field of its data`,
      );
  }
  if (toRedact.length === 0) return true;
  const data = withRedactedValues(source.data, toRedact);
  if (leaf && salting) {
    if ('seed' in salting && salting.seed === '')
      throw new RedactionRefusedError(
        `Event ${eventId} has no salts (an empty seed): its fields could be guessed back from their hashes, so it cannot be redacted`,
      );
    const after = redactedSalting(source.data, salting, toRedact);
    if (!leafHashOf({ ...source, data }, after).equals(leaf.leaf_hash))
      throw new RedactionRefusedError(
        `Event ${eventId} no longer matches its leaf in the Merkle tree, so it was not redacted: run ledger verify`,
      );
    db.prepare('UPDATE merkle_leaves SET seed = NULL, redaction = ? WHERE event_id = ?').run(
      JSON.stringify(after),
      eventId,
    );
  }
  db.prepare('UPDATE events SET data = ? WHERE event_id = ?').run(JSON.stringify(data), eventId);
  return true;
};

export const redactInLedgerFile = (db: Database.Database, redaction: Redaction): boolean => {
  db.pragma('secure_delete = ON');
  const held = db.transaction(() => rewrite(db, redaction)).immediate();
  if (db.pragma('journal_mode', { simple: true }) === 'wal') {
    const [outcome] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (outcome?.busy)
      throw new StoreUnavailableError(
        'The field is redacted, but another process kept reading the ledger file, so its write-ahead log still holds the old value; redact it again once it has finished',
      );
  }
  return held;
};
