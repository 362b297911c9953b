/**
 * The ledger tool's exports and documents (history, journey, blueprint, backups) in the access
 * record: who ran which command with which arguments, on this machine. The actor is the operating
 * system's user by number (never a name: a user name may be a person's).
 */
import { userInfo } from 'node:os';
import type { LedgerConfig } from '../config';
import { SqliteAccessRecordStore } from '../eventStore/sqlite/sqliteAccessRecordStore';

export const CLI_CREDENTIAL = 'cli';

export const recordExport = (
  config: LedgerConfig,
  command: string,
  args: readonly string[],
  at = new Date(),
) => {
  const record = new SqliteAccessRecordStore(config.audit.auditPath);
  try {
    record.append([
      {
        kind: 'exported',
        at: at.toISOString(),
        actorId: `os-user-${userInfo().uid}`,
        roles: [],
        credential: CLI_CREDENTIAL,
        correlationId: null,
        address: null,
        details: { command, arguments: [...args] },
      },
    ]);
  } finally {
    record.close();
  }
};
