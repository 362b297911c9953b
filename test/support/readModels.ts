import { join } from 'node:path';
import { LEDGER_PROJECTIONS } from '../../src/projections/projections';
import { LedgerReadModels } from '../../src/projections/ledgerReadModels';
import { ProjectionRunner } from '../../src/projections/projectionRunner';
import type { Projection } from '../../src/projections/readModelStore';
import type { EventStore } from '../../src/infrastructure/eventStore/eventStore';
import type { PersonalDataRegister } from '../../src/infrastructure/personalData/personalDataRegister';
import { SqliteReadModelStore } from '../../src/infrastructure/readModels/sqliteReadModelStore';

/** Live read models in a file beside the test's event store, with a runner over them. */
export const readModelsFor = (
  folder: string,
  store: EventStore,
  register: Pick<PersonalDataRegister, 'lookup'>,
  options: { file?: string; batchSize?: number; projections?: readonly Projection[] } = {},
) => {
  const readModelStore = new SqliteReadModelStore(join(folder, options.file ?? 'read-models.db'));
  const projections = options.projections ?? LEDGER_PROJECTIONS;
  const runner = new ProjectionRunner(store, readModelStore, projections, { batchSize: options.batchSize });
  const readModels = new LedgerReadModels(readModelStore, {
    register,
    projections,
    openScratch: () => new SqliteReadModelStore(':memory:'),
  });
  return { readModelStore, runner, readModels };
};
