import Database from 'better-sqlite3';
import { dirname, resolve } from 'node:path';
import { ensureFolder } from '../ensureFolder';
import {
  PersonErasedError,
  requireDetails,
  type PersonalDataRegister,
  type PersonalDetails,
  type RegisteredPerson,
} from './personalDataRegister';

interface Row {
  participant_id: string;
  display_name: string | null;
  contact: string | null;
  erased_at: string | null;
}

/**
 * A table beside the events in the ledger's SQLite file. secure_delete overwrites freed space and
 * a WAL checkpoint after erasure clears the log, so an erased name leaves no bytes in the files.
 */
export class SqlitePersonalDataRegister implements PersonalDataRegister {
  private readonly db: Database.Database;

  constructor(
    path: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    if (path !== ':memory:') ensureFolder(dirname(resolve(path)));
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS personal_data (
      participant_id TEXT PRIMARY KEY,
      display_name   TEXT,
      contact        TEXT,
      recorded_at    TEXT NOT NULL,
      erased_at      TEXT
    )`);
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
      ? (this.db
          .prepare(`SELECT * FROM personal_data WHERE participant_id IN (${unique.map(() => '?').join(',')})`)
          .all(...unique) as Row[])
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
    this.db
      .prepare(
        `INSERT INTO personal_data (participant_id, display_name, contact, recorded_at, erased_at) VALUES (?, NULL, NULL, ?, ?)
         ON CONFLICT (participant_id) DO UPDATE SET display_name = NULL, contact = NULL, erased_at = COALESCE(erased_at, excluded.erased_at)`,
      )
      .run(participantId, this.clock().toISOString(), this.clock().toISOString());
    // Move the change into the main file and empty the log, so the old bytes survive nowhere.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
