/**
 * One writer of a benchmark history: `generateHistory.ts <ledger.db> <firstProgramme> <programmes> <steps> [newDayChance]`.
 * Records random programme histories through the command handler and prints how many events.
 */
import { CommandHandler } from '../../src/application/commandHandler';
import { SqliteEventStore } from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { recordRandomHistory } from '../../test/support/randomHistory';

const [path, first, programmes, steps, newDayChance] = process.argv.slice(2);
const store = new SqliteEventStore({ path: path!, busyTimeoutMs: 60_000 });
recordRandomHistory(new CommandHandler(store), {
  programmes: Number(programmes),
  steps: Number(steps),
  firstProgramme: Number(first),
  seed: Number(first),
  ...(newDayChance ? { newDayChance: Number(newDayChance) } : {}),
})
  .then(async ({ recorded }) => {
    await store.close();
    console.log(recorded);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
