/**
 * The composition root's wiring of the ledger's parts from the configuration: the adapters (event
 * store, personal-data register, read-model store, clock, ids) behind the core's ports, the read
 * models and their runner, the command handler and authentication. `main.ts` serves them, the
 * `ledger` tool reads through them; tests and benchmarks open the same thing in a temporary folder.
 * No other module of src/ constructs an adapter.
 */
import { ledgerAudit, type LedgerAudit } from '../application/audit/ledgerAudit';
import { recordingReads } from '../application/audit/recordingReads';
import { ApiKeys } from '../graphql/auth/apiKeys';
import { jwtVerifier } from '../graphql/auth/jwt';
import type { LedgerServices } from '../graphql/context';
import { CommandHandler } from '../application/commandHandler';
import { Snapshots } from '../application/snapshots/snapshots';
import type { ReadModelStore } from '../application/ports/readModelStore';
import { ReactionProcessor, type ReactionCheckpoints } from '../application/reactions';
import { keepingTree, openAudit } from '../infrastructure/audit/openAudit';
import { redactCopies } from '../infrastructure/audit/redactCopies';
import type { LedgerConfig } from '../infrastructure/config';
import type { EventStore } from '../application/ports/eventStore';
import { openEventStore } from '../infrastructure/eventStore/openEventStore';
import { jsonLogger, type Logger } from '../infrastructure/logger';
import { PersonalDataKeys } from '../infrastructure/personalData/eventStoreDbPersonalDataKeys';
import { erasingCopies } from '../infrastructure/personalData/copies';
import { personalDataScreen } from '../application/freeTextScreen';
import { EventStoreDbPersonalDataRegister } from '../infrastructure/personalData/eventStoreDbPersonalDataRegister';
import type { PersonalDataRegister } from '../application/ports/personalDataRegister';
import { SqlitePersonalDataRegister } from '../infrastructure/personalData/sqlitePersonalDataRegister';
import { SqliteSnapshotStore } from '../infrastructure/snapshots/sqliteSnapshotStore';
import { StorageHealth, watchStorage } from '../infrastructure/storageFaults';
import { randomIds, systemClock } from '../infrastructure/system';
import { lockReadModels } from '../infrastructure/readModels/readModelLock';
import { SqliteReadModelStore } from '../infrastructure/readModels/sqliteReadModelStore';
import { asOfBaseStores } from '../infrastructure/readModels/asOfBaseStore';
import { AsOfBases } from '../projections/asOfBases';
import { LedgerReadModels } from '../projections/ledgerReadModels';
import { ProjectionRunner } from '../projections/projectionRunner';
import { LEDGER_PROJECTIONS } from '../projections/projections';

export interface Ledger {
  readonly services: LedgerServices;
  readonly store: EventStore;
  /** Storage faults seen while recording: /ready is not ready while one lasts. */
  readonly storage: StorageHealth;
  readonly runner: ProjectionRunner;
  /** Follows the log and records the follow-up commands the domain asks for (main.ts starts it). */
  readonly reactions: ReactionProcessor;
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

/** The reaction processor keeps its checkpoint beside the projections' (a rebuild resets both). */
const checkpointsIn = (readModels: ReadModelStore): ReactionCheckpoints => ({
  checkpoint: (name) => readModels.checkpoint(name),
  save: (name, position) => readModels.commit(() => undefined, new Map([[name, position]])),
});

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

/**
 * Folded states beside the SQLite ledger (see src/application/snapshots/snapshots.ts). None with
 * EventStoreDB, whose command lookup may lag; none either when the file cannot be opened: commands
 * then fold the log, with the same answers.
 */
const openSnapshots = (config: LedgerConfig, log: Logger): SqliteSnapshotStore | undefined => {
  if (!config.snapshotsPath) return undefined;
  try {
    return new SqliteSnapshotStore(config.snapshotsPath);
  } catch (error) {
    log.warn({
      msg: `snapshots unavailable at ${config.snapshotsPath}; commands fold the log`,
      error: String(error),
    });
    return undefined;
  }
};

const openHandler = (
  config: LedgerConfig,
  parts: { store: EventStore; register: PersonalDataRegister; log: Logger; clock?: () => Date },
) => {
  const snapshotStore = openSnapshots(config, parts.log);
  const onError = (message: string, error?: unknown) =>
    parts.log.warn({ msg: message, ...(error === undefined ? {} : { error: String(error) }) });
  const handler = new CommandHandler(parts.store, {
    clock: parts.clock ?? systemClock,
    newId: randomIds,
    screen: personalDataScreen(parts.register),
    ...(snapshotStore ? { snapshots: new Snapshots(snapshotStore, { onError }) } : {}),
  });
  return {
    handler,
    close: async () => {
      await handler.settled();
      await snapshotStore?.close();
    },
  };
};

/** The tree beside the log, its signed heads, proofs, redaction and the access record. */
const openAuditing = (
  config: LedgerConfig,
  opened: EventStore,
  parts: { storage: StorageHealth; log: Logger; clock?: () => Date },
) => {
  const stores = openAudit(config, opened);
  const failed = (error: unknown) => parts.log.error({ msg: 'auditing failed', error: String(error) });
  // The heads are signed after appends through the store that the audit services themselves append to.
  const built: { audit?: LedgerAudit } = {};
  const store = keepingTree(
    watchStorage(opened, parts.storage),
    { ...stores, afterAppend: () => built.audit?.heads.afterAppend() },
    failed,
  );
  const attach = (
    runner: ProjectionRunner,
    readModelStore: SqliteReadModelStore,
    handler: CommandHandler,
  ): LedgerAudit => {
    const audit = (built.audit = ledgerAudit({
      store,
      ...stores,
      policy: {
        everyEvents: config.audit.treeHeadEveryEvents,
        everySeconds: config.audit.treeHeadEverySeconds,
      },
      reach: {
        copies: (redaction, values) => redactCopies(config.personalData, redaction, values),
        rebuildReadModels: rebuilding(runner, readModelStore),
        forgetFoldedStates: () => handler.forgetFoldedStates(),
      },
      ...(parts.clock ? { clock: parts.clock } : {}),
      onError: failed,
    }));
    audit.heads.start(failed);
    return audit;
  };
  return { store, stores, attach };
};

const openApiKeys = (config: LedgerConfig, options: LedgerOptions) =>
  new ApiKeys(
    { file: config.auth.apiKeysFile, fromEnvironment: config.auth.apiKeysFromEnvironment },
    options.clock,
  );

/** Reads as of a past time fold onto kept bases, each in a temporary file of its own. */
const asOfBasesOver = (readModelStore: SqliteReadModelStore) => {
  const stores = asOfBaseStores();
  const bases = new AsOfBases({
    open: stores.open,
    build: () => readModelStore.build(),
    projections: LEDGER_PROJECTIONS,
  });
  return {
    bases,
    close: () => {
      bases.close();
      stores.remove();
    },
  };
};

export const openLedger = (config: LedgerConfig, options: LedgerOptions = {}): Ledger => {
  const log = options.log ?? jsonLogger();
  const release = options.shareReadModels ? () => undefined : lockReadModels(config.readModelsPath);
  const storage = new StorageHealth();
  const clock = options.clock ? { clock: options.clock } : {};
  const auditing = openAuditing(config, openEventStore(config.store), { storage, log, ...clock });
  const { store } = auditing;
  const register = openRegister(config);
  const readModelStore = new SqliteReadModelStore(config.readModelsPath);
  const runner = new ProjectionRunner(store, readModelStore, LEDGER_PROJECTIONS, {
    log: (message) => log.warn({ msg: message }),
  });
  const commands = openHandler(config, { store, register, log, ...clock });
  const { handler } = commands;
  const audit = auditing.attach(runner, readModelStore, handler);
  const apiKeys = openApiKeys(config, options);
  const asOf = asOfBasesOver(readModelStore);
  const readModels = new LedgerReadModels(readModelStore, {
    register: recordingReads(register, audit.access),
    actorLabel: (actorId) => apiKeys.labelOf(actorId),
    projections: LEDGER_PROJECTIONS,
    openScratch: () => new SqliteReadModelStore(':memory:'),
    asOfBases: asOf.bases,
  });
  const reactions = new ReactionProcessor(store, checkpointsIn(readModelStore), handler, {
    log: (message) => log.warn({ msg: message }),
  });
  const services: LedgerServices = {
    handler,
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
    reactions,
    close: async () => {
      await reactions.stop();
      await runner.stop();
      audit.close();
      asOf.close();
      readModelStore.close();
      await register.close();
      await commands.close();
      await store.close();
      auditing.stores.close();
      release();
    },
  };
};

/** The log and the read models alone, for rebuilding the read models from the log (the caller holds their lock). */
export const openForRebuild = (config: LedgerConfig) => {
  const store = openEventStore(config.store);
  const readModels = new SqliteReadModelStore(config.readModelsPath);
  return {
    store,
    readModels,
    close: async () => {
      readModels.close();
      await store.close();
    },
  };
};
