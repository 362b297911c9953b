/**
 * The ledger's parts, wired from the configuration: event store, personal-data register, read
 * models and their runner, command handler and authentication. `main.ts` serves them; tests and
 * benchmarks open the same thing in a temporary folder.
 */
import { ledgerAudit, type LedgerAudit } from './application/audit/ledgerAudit';
import { recordingReads } from './application/audit/recordingReads';
import { ApiKeys } from './graphql/auth/apiKeys';
import { jwtVerifier } from './graphql/auth/jwt';
import type { LedgerServices } from './graphql/context';
import { keepingTree, openAudit } from './infrastructure/audit/openAudit';
import { redactCopies } from './infrastructure/audit/redactCopies';
import { CommandHandler } from './infrastructure/commandHandler';
import type { LedgerConfig } from './infrastructure/config';
import type { EventStore } from './infrastructure/eventStore/eventStore';
import { openEventStore } from './infrastructure/eventStore/openEventStore';
import { jsonLogger, type Logger } from './infrastructure/logger';
import { PersonalDataKeys } from './infrastructure/personalData/eventStoreDbPersonalDataKeys';
import { erasingCopies } from './infrastructure/personalData/copies';
import { personalDataScreen } from './infrastructure/personalData/freeTextScreen';
import { EventStoreDbPersonalDataRegister } from './infrastructure/personalData/eventStoreDbPersonalDataRegister';
import type { PersonalDataRegister } from './infrastructure/personalData/personalDataRegister';
import { SqlitePersonalDataRegister } from './infrastructure/personalData/sqlitePersonalDataRegister';
import { StorageHealth, watchStorage } from './infrastructure/storageFaults';
import { lockReadModels } from './infrastructure/readModels/readModelLock';
import { SqliteReadModelStore } from './infrastructure/readModels/sqliteReadModelStore';
import { LedgerReadModels } from './projections/ledgerReadModels';
import { ProjectionRunner } from './projections/projectionRunner';
import { LEDGER_PROJECTIONS } from './projections/projections';

export interface Ledger {
  readonly services: LedgerServices;
  readonly store: EventStore;
  /** Storage faults seen while recording: /ready is not ready while one lasts. */
  readonly storage: StorageHealth;
  readonly runner: ProjectionRunner;
  /** Stops following the log and closes the read models, the register and the store. */
  close(): Promise<void>;
}

export interface LedgerOptions {
  readonly log?: Logger;
  readonly clock?: () => Date;
  readonly readYourWritesMs?: number;
  /**
   * Read the read models of a ledger that another process serves, without taking their lock
   * (the command-line tool does this; it must not follow the log meanwhile).
   */
  readonly shareReadModels?: boolean;
}

const openRegister = (config: LedgerConfig): PersonalDataRegister =>
  erasingCopies(
    config.store.kind === 'sqlite'
      ? new SqlitePersonalDataRegister(config.store.path)
      : new EventStoreDbPersonalDataRegister(
          config.store.connectionString,
          new PersonalDataKeys(config.store.personalDataKeysPath),
        ),
    config.personalData,
  );

/** Drops the read models and rebuilds them from the log (after a redaction), following it again if it did. */
const rebuilding = (runner: ProjectionRunner, readModelStore: SqliteReadModelStore) => async () => {
  const following = runner.following;
  await runner.stop();
  readModelStore.reset();
  await runner.catchUp();
  readModelStore.truncateWriteAheadLog();
  if (following) void runner.start();
};

export const openLedger = (config: LedgerConfig, options: LedgerOptions = {}): Ledger => {
  const log = options.log ?? jsonLogger();
  const release = options.shareReadModels ? () => undefined : lockReadModels(config.readModelsPath);
  const storage = new StorageHealth();
  const opened = openEventStore(config.store);
  const auditStores = openAudit(config, opened);
  const auditFailed = (error: unknown) => log.error({ msg: 'auditing failed', error: String(error) });
  // The heads are signed after appends through the store that the audit services themselves append to.
  const built: { audit?: LedgerAudit } = {};
  const store = keepingTree(
    watchStorage(opened, storage),
    { ...auditStores, afterAppend: () => built.audit?.heads.afterAppend() },
    auditFailed,
  );
  const register = openRegister(config);
  const readModelStore = new SqliteReadModelStore(config.readModelsPath);
  const runner = new ProjectionRunner(store, readModelStore, LEDGER_PROJECTIONS, {
    log: (message) => log.warn({ msg: message }),
  });
  const audit = (built.audit = ledgerAudit({
    store,
    ...auditStores,
    policy: {
      everyEvents: config.audit.treeHeadEveryEvents,
      everySeconds: config.audit.treeHeadEverySeconds,
    },
    reach: {
      copies: (redaction, values) => redactCopies(config.personalData, redaction, values),
      rebuildReadModels: rebuilding(runner, readModelStore),
    },
    ...(options.clock ? { clock: options.clock } : {}),
    onError: auditFailed,
  }));
  audit.heads.start(auditFailed);
  const apiKeys = new ApiKeys(
    { file: config.auth.apiKeysFile, fromEnvironment: config.auth.apiKeysFromEnvironment },
    options.clock,
  );
  const readModels = new LedgerReadModels(readModelStore, {
    register: recordingReads(register, audit.access),
    actorLabel: (actorId) => apiKeys.labelOf(actorId),
    projections: LEDGER_PROJECTIONS,
    openScratch: () => new SqliteReadModelStore(':memory:'),
  });
  const services: LedgerServices = {
    handler: new CommandHandler(store, {
      ...(options.clock ? { clock: options.clock } : {}),
      screen: personalDataScreen(register),
    }),
    readModels,
    runner,
    register,
    apiKeys,
    jwt: jwtVerifier(config.auth.jwt),
    audit,
    log,
    readYourWritesMs: options.readYourWritesMs ?? 10_000,
  };
  return {
    services,
    store,
    storage,
    runner,
    close: async () => {
      await runner.stop();
      audit.close();
      readModelStore.close();
      await register.close();
      await store.close();
      auditStores.close();
      release();
    },
  };
};
