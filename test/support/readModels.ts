import Database from 'better-sqlite3';
import { join } from 'node:path';
import { LEDGER_PROJECTIONS } from '../../src/projections/projections';
import { AsOfBases } from '../../src/projections/asOfBases';
import { LedgerReadModels } from '../../src/projections/ledgerReadModels';
import { ProjectionRunner, type ProjectionRunnerOptions } from '../../src/projections/projectionRunner';
import type { Projection } from '../../src/application/ports/readModelStore';
import type { EventStore } from '../../src/application/ports/eventStore';
import type { PersonalDataRegister } from '../../src/application/ports/personalDataRegister';
import { SqliteReadModelStore } from '../../src/infrastructure/readModels/sqliteReadModelStore';

/** Live read models in a file beside the test's event store, with a runner over them. */
export const readModelsFor = (
  folder: string,
  store: EventStore,
  register: Pick<PersonalDataRegister, 'lookup'>,
  options: { file?: string; projections?: readonly Projection[] } & ProjectionRunnerOptions = {},
) => {
  const readModelStore = new SqliteReadModelStore(join(folder, options.file ?? 'read-models.db'));
  const projections = options.projections ?? LEDGER_PROJECTIONS;
  const runner = new ProjectionRunner(store, readModelStore, projections, options);
  const readModels = new LedgerReadModels(readModelStore, {
    register,
    projections,
    openScratch: () => new SqliteReadModelStore(':memory:'),
    // Reads as of a past time go through kept bases, as the ledger's own do.
    asOfBases: new AsOfBases({
      open: () => new SqliteReadModelStore(':memory:'),
      build: () => readModelStore.build(),
      projections,
    }),
  });
  return { readModelStore, runner, readModels };
};

/** Every row of every read-model table, in a fixed order: what "equal read models" means. */
export const dumpReadModels = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return {
      documents: db
        .prepare(
          'SELECT collection, programme_id, id, body FROM documents ORDER BY collection, programme_id, id',
        )
        .all(),
      journey: db.prepare('SELECT * FROM journey ORDER BY position').safeIntegers(true).all(),
      history: db.prepare('SELECT * FROM history ORDER BY position').safeIntegers(true).all(),
    };
  } finally {
    db.close();
  }
};
