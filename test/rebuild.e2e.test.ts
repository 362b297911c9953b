import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandHandler } from '../src/application/commandHandler';
import { SqlitePersonalDataRegister } from '../src/infrastructure/personalData/sqlitePersonalDataRegister';
import { FENMOOR, recordFenmoorJourney } from './support/fenmoorJourney';
import { dumpReadModels, readModelsFor } from './support/readModels';
import { runTypeScript } from './support/runTypeScript';
import { tempSqliteStore } from './support/tempStore';

describe('ledger rebuild', () => {
  const temp = tempSqliteStore();
  const readModelsPath = join(temp.folder, 'read-models.db');
  const env = { SQLITE_PATH: temp.path, READ_MODELS_PATH: readModelsPath };
  let events = 0;

  beforeAll(async () => {
    const register = new SqlitePersonalDataRegister(temp.path);
    await recordFenmoorJourney(new CommandHandler(temp.store), register);
    await register.close();
    events = (await temp.store.readLog()).length;
  }, 60_000);
  afterAll(() => temp.dispose());

  it('drops damaged read models and rebuilds them from the log, showing progress', async () => {
    const live = readModelsFor(temp.folder, temp.store, { lookup: async () => new Map() });
    await live.runner.catchUp();
    live.readModelStore.close();
    const expected = dumpReadModels(readModelsPath);
    // Someone damages the read models: the rebuild must not care.
    const damaged = readModelsFor(temp.folder, temp.store, { lookup: async () => new Map() });
    damaged.readModelStore.commit(
      (target) => target.put('programme', FENMOOR, FENMOOR, { name: 'wrong' }),
      new Map(),
    );
    damaged.readModelStore.close();

    const outcome = await runTypeScript('src/cli/ledger.ts', ['rebuild'], env);
    expect(outcome.stderr).toContain(`Rebuilt the read models from ${events} events`);
    expect(outcome.stderr).toMatch(/\[#+\] 100%/);
    expect(outcome.code).toBe(0);
    expect(dumpReadModels(readModelsPath)).toEqual(expected);
    expect(existsSync(`${readModelsPath}.lock`)).toBe(false);
  }, 30_000);

  it('refuses, in one line, while a running ledger serves the same read models', async () => {
    writeFileSync(`${readModelsPath}.lock`, String(process.pid));
    const outcome = await runTypeScript('src/cli/ledger.ts', ['rebuild'], env);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trim()).toBe(
      `ledger rebuild: The ledger (process ${process.pid}) is serving the read models in ${readModelsPath}; stop it first`,
    );
  }, 30_000);
});
