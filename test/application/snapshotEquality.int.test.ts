/**
 * For generated histories (fast-check chooses how many programmes, how long, the seed and how often
 * a snapshot is written), every kept stream's state read from its snapshot and brought up to date
 * equals the state folded from the whole log. A failure prints the seed and path that replay it.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { CommandHandler } from '../../src/application/commandHandler';
import { Snapshots, STATE_VERSIONS } from '../../src/application/snapshots/snapshots';
import { StateCache } from '../../src/application/stateCache';
import { StreamLoader } from '../../src/application/streamLoader';
import { AGGREGATES } from '../../src/domain/ledger';
import { SqliteSnapshotStore } from '../../src/infrastructure/snapshots/sqliteSnapshotStore';
import { recordRandomHistory } from '../support/randomHistory';
import { tempSqliteStore } from '../support/tempStore';

const statesMatch = async (history: { programmes: number; steps: number; seed: number; every: number }) => {
  const temp = tempSqliteStore();
  const snapshotStore = new SqliteSnapshotStore(join(temp.folder, 'snapshots.db'));
  try {
    const problems: string[] = [];
    const snapshots = new Snapshots(snapshotStore, {
      every: history.every,
      onError: (message) => problems.push(message),
    });
    const handler = new CommandHandler(temp.store, { snapshots });
    await recordRandomHistory(handler, {
      programmes: history.programmes,
      steps: history.steps,
      seed: history.seed,
    });
    await handler.settled();
    const streams = new Set((await temp.store.readLog()).map((event) => event.streamName));
    const kept = AGGREGATES.filter((aggregate) => aggregate.category in STATE_VERSIONS);
    for (const aggregate of kept)
      for (const stream of [...streams].filter((name) => name.startsWith(`${aggregate.category}-`))) {
        const fromSnapshot = await new StreamLoader(temp.store, new StateCache(), snapshots).load(
          aggregate,
          stream,
        );
        const fromLog = await new StreamLoader(temp.store, new StateCache()).load(aggregate, stream);
        expect({ stream, state: fromSnapshot.state, revision: fromSnapshot.revision }).toEqual({
          stream,
          state: fromLog.state,
          revision: fromLog.revision,
        });
      }
    expect(problems).toEqual([]);
  } finally {
    await snapshotStore.close();
    await temp.dispose();
  }
};

describe('a state read from its snapshot', () => {
  it('equals the state folded from the whole log, for generated histories', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          programmes: fc.integer({ min: 1, max: 2 }),
          steps: fc.integer({ min: 10, max: 100 }),
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          every: fc.integer({ min: 1, max: 6 }),
        }),
        statesMatch,
      ),
      { numRuns: 6 },
    );
  }, 300_000);
});
