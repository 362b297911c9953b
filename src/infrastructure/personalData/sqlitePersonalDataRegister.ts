import Database from 'better-sqlite3';
import { ensurePrivateFile } from '../ensureFolder';
import { preparedStatements } from '../preparedStatements';
import { StoreUnavailableError } from '../../application/ports/eventStoreErrors';
import {
  PersonErasedError,
  requireDetails,
  type PersonalDataRegister,
  type PersonalDetails,
  type RegisteredPerson,
} from '../../application/ports/personalDataRegister';

interface Row {
  participant_id: string;
  display_name: string | null;
  contact: string | null;
  erased_at: string | null;
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS personal_data (
  participant_id TEXT PRIMARY KEY,
  display_name   TEXT,
  contact        TEXT,
  recorded_at    TEXT NOT NULL,
  erased_at      TEXT
)`;

/**
 * Erases people in an open ledger file (the live one, or a backup): their details are overwritten
 * with zeros (secure_delete), a tombstone keeps their id and the time, and the write-ahead log is
 * emptied into the main file and truncated, so the old bytes survive in neither.
 */
export const eraseInLedgerFile = (db: Database.Database, participantIds: readonly string[], at: string) => {
  db.pragma('secure_delete = ON');
  db.exec(CREATE_TABLE);
  const erase = db.prepare(
    `INSERT INTO personal_data (participant_id, display_name, contact, recorded_at, erased_at) VALUES (?, NULL, NULL, ?, ?)
     ON CONFLICT (participant_id) DO UPDATE SET display_name = NULL, contact = NULL, erased_at = COALESCE(erased_at, excluded.erased_at)`,
  );
  db.transaction(() => {
    for (const participantId of participantIds) erase.run(participantId, at, at);
  }).immediate();
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return;
  // Waits (busy_timeout) for readers of older snapshots; a reader that stays blocks the truncation.
  const [outcome] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (outcome?.busy)
    throw new StoreUnavailableError(
      'The person is erased, but another process kept reading the ledger file, so its write-ahead log still holds the old details; erase them again once it has finished',
    );
};

/** The people erased in a ledger file, with when: a restore re-applies them to an older backup. */
export const erasuresInLedgerFile = (
  db: Database.Database,
): { participantId: string; erasedAt: string }[] => {
  const table = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'personal_data'`)
    .get();
  if (!table) return [];
  return db
    .prepare(
      'SELECT participant_id AS participantId, erased_at AS erasedAt FROM personal_data WHERE erased_at IS NOT NULL',
    )
    .all() as { participantId: string; erasedAt: string }[];
};

/**
 * A table beside the events in the ledger's SQLite file. secure_delete overwrites freed space and
 * a WAL checkpoint after erasure clears the log, so an erased name leaves no bytes in the files.
 */
export class SqlitePersonalDataRegister implements PersonalDataRegister {
  private readonly db: Database.Database;
  private readonly prepared;

  constructor(
    path: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    ensurePrivateFile(path);
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(CREATE_TABLE);
    this.prepared = preparedStatements(this.db);
  }

  async record(participantId: string, details: PersonalDetails): Promise<void> {
    const { displayName, contact } = requireDetails(details);
    const write = this.db.transaction(() => {
      const existing = this.db
        .prepare('SELECT erased_at FROM personal_data WHERE participant_id = ?')
        .get(participantId) as Pick<Row, 'erased_at'> | undefined;
      if (existing?.erased_at) throw new PersonErasedError(participantId);
      this.db
        .prepare(
          `INSERT INTO personal_data (participant_id, display_name, contact, recorded_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (participant_id) DO UPDATE SET display_name = excluded.display_name, contact = excluded.contact, recorded_at = excluded.recorded_at`,
        )
        .run(participantId, displayName, contact ?? null, this.clock().toISOString());
    });
    write.immediate();
  }

  async lookup(participantIds: readonly string[]): Promise<Map<string, RegisteredPerson>> {
    const unique = [...new Set(participantIds)];
    const rows = unique.length
      ? (this.prepared(
          `SELECT * FROM personal_data WHERE participant_id IN (${unique.map(() => '?').join(',')})`,
        ).all(...unique) as Row[])
      : [];
    const found = new Map(rows.map((row) => [row.participant_id, row]));
    return new Map(
      unique.map((participantId): [string, RegisteredPerson] => {
        const row = found.get(participantId);
        if (!row) return [participantId, { status: 'unknown', participantId }];
        if (row.erased_at) return [participantId, { status: 'erased', participantId }];
        return [
          participantId,
          { status: 'registered', participantId, displayName: row.display_name ?? '', contact: row.contact },
        ];
      }),
    );
  }

  async erase(participantId: string): Promise<void> {
    eraseInLedgerFile(this.db, [participantId], this.clock().toISOString());
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
