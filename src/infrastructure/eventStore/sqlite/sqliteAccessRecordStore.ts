/**
 * The access record in SQLite: in the embedded ledger's own file, or in the audit file beside
 * EventStoreDB. Its own connection, durable like the log (WAL, synchronous=FULL).
 */
import Database from 'better-sqlite3';
import {
  EMPTY_CHAIN,
  chainHash,
  type AccessEntry,
  type ChainedAccessEntry,
} from '../../../domain/audit/accessChain';
import type { Hash } from '../../../domain/audit/merkle';
import { ensurePrivateFile } from '../../ensureFolder';
import type { AccessFilter, AccessRecordStore } from '../../../application/ports/accessRecordStore';
import { prepareTreeTables } from './treeSchema';

interface Row {
  sequence: number;
  entry: string;
  chain_hash: Buffer;
}

const toEntry = (row: Row): ChainedAccessEntry => ({
  ...(JSON.parse(row.entry) as AccessEntry),
  sequence: row.sequence,
  hash: row.chain_hash.toString('hex'),
});

export class SqliteAccessRecordStore implements AccessRecordStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(path: string) {
    ensurePrivateFile(path);
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('busy_timeout = 5000');
    prepareTreeTables(this.db);
    this.statements = {
      last: this.db.prepare('SELECT sequence, chain_hash FROM access_record ORDER BY sequence DESC LIMIT 1'),
      insert: this.db.prepare(
        'INSERT INTO access_record (sequence, kind, actor_id, at, entry, chain_hash) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      from: this.db.prepare('SELECT * FROM access_record WHERE sequence >= ? ORDER BY sequence LIMIT ?'),
    };
  }

  head(): { size: number; hash: Hash } {
    const last = this.statements.last.get() as Pick<Row, 'sequence' | 'chain_hash'> | undefined;
    return last ? { size: last.sequence, hash: last.chain_hash } : { size: 0, hash: EMPTY_CHAIN };
  }

  append(entries: readonly AccessEntry[]): void {
    if (entries.length === 0) return;
    this.db
      .transaction(() => {
        let { size, hash } = this.head();
        for (const entry of entries) {
          size += 1;
          hash = chainHash(hash, size, entry);
          this.statements.insert.run(size, entry.kind, entry.actorId, entry.at, JSON.stringify(entry), hash);
        }
      })
      .immediate();
  }

  entries(fromSequence: number, count: number): ChainedAccessEntry[] {
    return (this.statements.from.all(fromSequence, count) as Row[]).map(toEntry);
  }

  private where(filter: AccessFilter, after = 0): { sql: string; params: unknown[] } {
    const clauses = ['sequence > ?'];
    const params: unknown[] = [after];
    const add = (clause: string, ...values: unknown[]) => {
      clauses.push(clause);
      params.push(...values);
    };
    if (filter.actorId !== undefined) add('actor_id = ?', filter.actorId);
    if (filter.kinds?.length) add(`kind IN (${filter.kinds.map(() => '?').join(', ')})`, ...filter.kinds);
    if (filter.from) add('at >= ?', filter.from);
    // "On or before" a date includes the whole day: compare as much of the time as was given.
    if (filter.to) add('substr(at, 1, length(?)) <= ?', filter.to, filter.to);
    return { sql: clauses.join(' AND '), params };
  }

  find(filter: AccessFilter, after: number, first: number): ChainedAccessEntry[] {
    const { sql, params } = this.where(filter, after);
    const rows = this.db
      .prepare(`SELECT * FROM access_record WHERE ${sql} ORDER BY sequence LIMIT ?`)
      .all(...params, first + 1) as Row[];
    return rows.map(toEntry);
  }

  count(filter: AccessFilter): number {
    const { sql, params } = this.where(filter);
    return this.db
      .prepare(`SELECT count(*) FROM access_record WHERE ${sql}`)
      .pluck()
      .get(...params) as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
