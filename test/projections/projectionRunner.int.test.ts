import { CommandHandler } from '../../src/application/commandHandler';
import { SqlitePersonalDataRegister } from '../../src/infrastructure/personalData/sqlitePersonalDataRegister';
import { toLedgerRecord } from '../../src/projections/ledgerRecord';
import { LEDGER_PROJECTIONS } from '../../src/projections/projections';
import { FENMOOR, recordFenmoorJourney } from '../support/fenmoorJourney';
import { dumpReadModels, readModelsFor } from '../support/readModels';
import { tempSqliteStore } from '../support/tempStore';
import { join } from 'node:path';
import { fillDisk } from '../support/fullDisk';
import { waitFor } from '../support/waitFor';

describe('the projection runner on SQLite', () => {
  const temp = tempSqliteStore();
  const register = new SqlitePersonalDataRegister(temp.path);
  const handler = new CommandHandler(temp.store);
  const fileOf = (name: string) => join(temp.folder, name);
  let logLength = 0;
  let freshDump: ReturnType<typeof dumpReadModels>;

  beforeAll(async () => {
    await recordFenmoorJourney(handler, register);
    logLength = (await temp.store.readLog()).length;
    const fresh = readModelsFor(temp.folder, temp.store, register, { file: 'fresh.db' });
    await fresh.runner.catchUp();
    fresh.readModelStore.close();
    freshDump = dumpReadModels(fileOf('fresh.db'));
  }, 60_000);
  afterAll(async () => {
    await register.close();
    await temp.dispose();
  });

  it('says how far behind the log it is, and catches up in batches', async () => {
    const applied: number[] = [];
    const { runner, readModelStore } = readModelsFor(temp.folder, temp.store, register, {
      file: 'batches.db',
      batchSize: 30,
      onProgress: (progress) => applied.push(progress.applied),
    });
    expect(await runner.status()).toEqual({
      position: undefined,
      eventsBehind: logLength,
      caughtUp: false,
      failure: null,
    });
    expect(await runner.catchUp()).toBe(logLength);
    expect(applied).toEqual([30, 60, logLength]);
    expect(await runner.status()).toMatchObject({
      position: await temp.store.lastPosition(),
      eventsBehind: 0,
      caughtUp: true,
    });
    readModelStore.close();
  });

  it('changes nothing when events already applied arrive again', async () => {
    const { runner, readModelStore } = readModelsFor(temp.folder, temp.store, register, { file: 'twice.db' });
    await runner.catchUp();
    const events = await temp.store.readLog();
    runner.apply(events);
    // Even past the checkpoints, each programme remembers the last position applied to it.
    readModelStore.commit((target) => {
      for (const stored of events) {
        const record = toLedgerRecord(stored);
        if (record) LEDGER_PROJECTIONS[0]!.apply(record, target);
      }
    }, new Map());
    readModelStore.close();
    expect(dumpReadModels(fileOf('twice.db'))).toEqual(freshDump);
  });

  it('resumes after a crash in the middle of catch-up without skipping or repeating', async () => {
    const crashing = readModelsFor(temp.folder, temp.store, register, {
      file: 'crash.db',
      batchSize: 20,
      onProgress: ({ applied }) => {
        if (applied >= 40) throw new Error('power cut');
      },
    });
    await expect(crashing.runner.catchUp()).rejects.toThrow('power cut');
    expect(dumpReadModels(fileOf('crash.db')).journey).toHaveLength(40);
    crashing.readModelStore.close();

    const restarted = readModelsFor(temp.folder, temp.store, register, { file: 'crash.db', batchSize: 20 });
    expect(await restarted.runner.catchUp()).toBe(logLength - 40);
    restarted.readModelStore.close();
    expect(dumpReadModels(fileOf('crash.db'))).toEqual(freshDump);
  });

  it('follows new events live, and tells a writer when its change is visible', async () => {
    const { runner, readModels, readModelStore } = readModelsFor(temp.folder, temp.store, register, {
      file: 'live.db',
    });
    await runner.start();
    const result = await handler.execute(
      { type: 'AdoptSimpleRule', data: { programmeId: FENMOOR, rule: 'Failures are shared, not buried' } },
      { actor: { id: 'person-dir', role: 'leader' }, occurredAt: '2022-04-05' },
    );
    expect(await runner.waitFor(result.lastPosition)).toBe(true);
    expect(readModels.overview(FENMOOR).programme.simpleRules).toContain('Failures are shared, not buried');
    expect(await runner.waitFor(result.lastPosition + 1000n, 50)).toBe(false);
    await runner.stop();
    readModelStore.close();
  });

  it('retries after a failure and carries on where it stopped', async () => {
    let failures = 1;
    const flaky = LEDGER_PROJECTIONS.map((projection) => ({
      name: projection.name,
      apply: (
        record: Parameters<typeof projection.apply>[0],
        target: Parameters<typeof projection.apply>[1],
      ) => {
        if (record.event.type === 'ReviewHeld' && failures > 0) {
          failures -= 1;
          throw new Error('disk full');
        }
        projection.apply(record, target);
      },
    }));
    const logged: string[] = [];
    const { runner, readModelStore } = readModelsFor(temp.folder, temp.store, register, {
      file: 'retry.db',
      projections: flaky,
      retryMs: 10,
      log: (message) => logged.push(message),
    });
    await runner.start();
    expect(await runner.waitFor((await temp.store.lastPosition())!, 5000)).toBe(true);
    expect(logged).toEqual(['Read models stopped (disk full); retrying in 10 ms']);
    expect((await runner.status()).failure).toBeNull();
    await runner.stop();
    readModelStore.close();
    const now = readModelsFor(temp.folder, temp.store, register, { file: 'fresh-now.db' });
    await now.runner.catchUp(); // the log has grown since the first fresh build
    now.readModelStore.close();
    expect(dumpReadModels(fileOf('retry.db'))).toEqual(dumpReadModels(fileOf('fresh-now.db')));
  });

  it('stops when its disk is full, says so at once, and resumes by itself when space returns', async () => {
    const logged: string[] = [];
    const { runner, readModelStore } = readModelsFor(temp.folder, temp.store, register, {
      file: 'full.db',
      retryMs: 20,
      log: (message) => logged.push(message),
    });
    await runner.start();
    expect(await runner.waitFor((await temp.store.lastPosition())!, 5000)).toBe(true);
    const disk = fillDisk(readModelStore);
    const rules = Array.from({ length: 60 }, (_, n) => `Rule ${n}: ${'write it once, '.repeat(18)}`);
    let last: bigint | undefined;
    for (const rule of rules)
      last = (
        await handler.execute(
          { type: 'AdoptSimpleRule', data: { programmeId: FENMOOR, rule } },
          { actor: { id: 'person-dir', role: 'leader' } },
        )
      ).lastPosition;
    await waitFor(() => logged.length > 0, 5000, 'the runner to fail');
    expect(logged[0]).toMatch(/^Read models stopped \(database or disk is full\); retrying in \d+ ms$/);
    expect(await runner.status()).toMatchObject({
      caughtUp: false,
      failure: 'database or disk is full',
    });
    const asked = Date.now();
    expect(await runner.waitFor(last!, 5000, { failFast: true })).toBe(false);
    expect(Date.now() - asked).toBeLessThan(1000);

    disk.spaceReturns();
    expect(await runner.waitFor(last!, 10_000)).toBe(true);
    expect(await runner.status()).toMatchObject({ caughtUp: true, failure: null });
    await runner.stop();
    readModelStore.close();
  });

  it('shows "[erased]" wherever an erased person recorded or took part', async () => {
    const { runner, readModels, readModelStore } = readModelsFor(temp.folder, temp.store, register, {
      file: 'erasure.db',
    });
    await runner.catchUp();
    const byCoach = async () =>
      (await readModels.journey(FENMOOR, { kinds: ['review'] }, { first: 1 })).items[0]!.node;
    expect((await byCoach()).actorName).toBe('Femi Coach');
    await register.erase('person-coach');
    const entry = await byCoach();
    expect(entry.actorName).toBe('[erased]');
    expect(entry.links.filter((link) => link.id === 'person-coach').map((link) => link.label)).toEqual([
      '[erased]',
    ]);
    // Names are never copied into the read models: erasing from the register is enough.
    const everything = JSON.stringify(dumpReadModels(fileOf('erasure.db')), (_key, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : value,
    );
    expect(everything).toContain('person-coach');
    expect(everything).not.toContain('Femi');
    readModelStore.close();
  });
});
