import type Database from 'better-sqlite3';
import type { Salting } from '../../../domain/audit/leafEntry';

/**
 * The Merkle tree's tables: in the ledger's own file on the embedded store (so a backup holds the
 * log, its salts and its heads together), in a file of their own beside EventStoreDB.
 *
 * - merkle_leaves: one row per event in log order, with the salt seed its leaf was made with (or,
 *   once a field is redacted, the salts left and the redacted fields' commitments). The seeds and
 *   salts are part of the log; the hashes can be recomputed from the log and them.
 * - merkle_nodes: the hash of every perfect subtree of 16 leaves or more, so a proof reads O(log n)
 *   rows (smaller ones are hashed from their leaves when needed).
 * - tree_heads: the signed tree heads, in the order they were signed.
 * - access_record: the hash-chained record of who read or was refused what.
 */
export const prepareTreeTables = (db: Database.Database): void => {
  db.exec(`
    CREATE TABLE IF NOT EXISTS merkle_leaves (
      leaf_index INTEGER PRIMARY KEY,
      position   INTEGER NOT NULL,
      event_id   TEXT    NOT NULL,
      seed       BLOB,
      redaction  TEXT,
      leaf_hash  BLOB    NOT NULL
    );
    CREATE TABLE IF NOT EXISTS merkle_nodes (
      level      INTEGER NOT NULL,
      node_index INTEGER NOT NULL,
      hash       BLOB    NOT NULL,
      PRIMARY KEY (level, node_index)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS tree_heads (
      head_id   INTEGER PRIMARY KEY,
      tree_size INTEGER NOT NULL,
      body      TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS tree_heads_by_size ON tree_heads (tree_size);
    CREATE TABLE IF NOT EXISTS access_record (
      sequence   INTEGER PRIMARY KEY,
      kind       TEXT NOT NULL,
      actor_id   TEXT,
      at         TEXT NOT NULL,
      entry      TEXT NOT NULL,
      chain_hash BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS access_record_by_actor ON access_record (actor_id, sequence);
  `);
};

/**
 * Finding a leaf by its event's id. Beside EventStoreDB this index is how; in the embedded ledger's
 * file the events table already finds an event's position, and the leaf is found from it (an
 * index here would add a page to every append's write).
 */
export const indexLeavesByEvent = (db: Database.Database): void => {
  db.exec('CREATE INDEX IF NOT EXISTS merkle_leaves_by_event ON merkle_leaves (event_id)');
};

export interface LeafRow {
  leaf_index: number;
  position: bigint;
  event_id: string;
  seed: Buffer | null;
  redaction: string | null;
  leaf_hash: Buffer;
}

/** How a leaf's fields were salted, from its row. */
export const saltingOf = (row: Pick<LeafRow, 'seed' | 'redaction'>): Salting =>
  row.redaction !== null
    ? (JSON.parse(row.redaction) as Salting)
    : { seed: (row.seed ?? Buffer.alloc(0)).toString('hex') };

/** The tree's statements, prepared once per store. */
export const treeStatements = (db: Database.Database) => {
  const leafColumns = 'leaf_index, position, event_id, seed, redaction, leaf_hash';
  return {
    last: db
      .prepare(`SELECT leaf_index, position FROM merkle_leaves ORDER BY leaf_index DESC LIMIT 1`)
      .safeIntegers(true),
    leaf: db.prepare(`SELECT ${leafColumns} FROM merkle_leaves WHERE leaf_index = ?`).safeIntegers(true),
    leafOfEvent: db.prepare(`SELECT ${leafColumns} FROM merkle_leaves WHERE event_id = ?`).safeIntegers(true),
    leaves: db
      .prepare(`SELECT ${leafColumns} FROM merkle_leaves WHERE leaf_index >= ? ORDER BY leaf_index LIMIT ?`)
      .safeIntegers(true),
    leafPosition: db
      .prepare('SELECT position FROM merkle_leaves WHERE leaf_index = ?')
      .pluck()
      .safeIntegers(true),
    leafHashes: db
      .prepare('SELECT leaf_hash FROM merkle_leaves WHERE leaf_index >= ? ORDER BY leaf_index LIMIT ?')
      .pluck(),
    leafHash: db.prepare('SELECT leaf_hash FROM merkle_leaves WHERE leaf_index = ?').pluck(),
    node: db.prepare('SELECT hash FROM merkle_nodes WHERE level = ? AND node_index = ?').pluck(),
    insertLeaf: db.prepare(
      'INSERT INTO merkle_leaves (leaf_index, position, event_id, seed, leaf_hash) VALUES (?, ?, ?, ?, ?)',
    ),
    insertNode: db.prepare('INSERT OR REPLACE INTO merkle_nodes (level, node_index, hash) VALUES (?, ?, ?)'),
    setLeafHash: db.prepare('UPDATE merkle_leaves SET leaf_hash = ? WHERE leaf_index = ?'),
    addHead: db.prepare('INSERT INTO tree_heads (tree_size, body) VALUES (?, ?)'),
    latestHead: db.prepare('SELECT body FROM tree_heads ORDER BY head_id DESC LIMIT 1').pluck(),
    headAt: db
      .prepare('SELECT body FROM tree_heads WHERE tree_size = ? ORDER BY head_id DESC LIMIT 1')
      .pluck(),
    heads: db.prepare('SELECT body FROM tree_heads ORDER BY head_id').pluck(),
  };
};
