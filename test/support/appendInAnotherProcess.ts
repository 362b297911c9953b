/**
 * Run as a separate process by tests: appends `count` events to `stream` in the SQLite file at
 * `path`, prints "appended <revision>" after each acknowledged append, and then, if asked, kills
 * itself with SIGKILL so that nothing gets a chance to flush after the acknowledgement.
 */
import { randomUUID } from 'node:crypto';
import { ANY } from '../../src/application/ports/eventStore';
import { SqliteEventStore } from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';

const [path, stream, count, then] = process.argv.slice(2);

const run = async () => {
  const store = new SqliteEventStore({ path: path! });
  for (let i = 0; i < Number(count); i += 1) {
    const result = await store.appendToStream(
      stream!,
      [{ id: randomUUID(), type: 'AppendedElsewhere', data: { i }, metadata: { pid: process.pid } }],
      ANY,
    );
    process.stdout.write(`appended ${result.nextExpectedRevision}\n`);
  }
  if (then === 'kill') process.kill(process.pid, 'SIGKILL');
  await store.close();
};

void run();
