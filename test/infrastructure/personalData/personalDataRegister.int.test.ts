import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BACKWARDS, END, EventStoreDBClient } from '@eventstore/db-client';
import { EventStoreDbEventStore } from '../../../src/infrastructure/eventStore/eventStoreDb/eventStoreDbEventStore';
import { SqliteEventStore } from '../../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { PersonalDataKeys } from '../../../src/infrastructure/personalData/eventStoreDbPersonalDataKeys';
import { EventStoreDbPersonalDataRegister } from '../../../src/infrastructure/personalData/eventStoreDbPersonalDataRegister';
import { SqlitePersonalDataRegister } from '../../../src/infrastructure/personalData/sqlitePersonalDataRegister';
import { tempSqliteStore } from '../../support/tempStore';
import { describePersonalDataRegister } from './personalDataConformance';

let temp: ReturnType<typeof tempSqliteStore>;
beforeAll(() => (temp = tempSqliteStore()));
afterAll(() => temp.dispose());

describePersonalDataRegister(
  'SQLite',
  () => new SqlitePersonalDataRegister(temp.path),
  () => new SqliteEventStore({ path: temp.path }),
);

const connectionString = process.env.EVENTSTORE_TEST_CONNECTION_STRING;
if (connectionString) {
  describePersonalDataRegister(
    'EventStoreDB',
    () =>
      new EventStoreDbPersonalDataRegister(connectionString, new PersonalDataKeys(`${temp.folder}/keys.db`)),
    () => new EventStoreDbEventStore(connectionString),
  );

  it('stores no readable name in EventStoreDB, even for a reader of $all that bypasses the ledger', async () => {
    const client = EventStoreDBClient.connectionString(connectionString);
    const register = new EventStoreDbPersonalDataRegister(
      connectionString,
      new PersonalDataKeys(`${temp.folder}/keys.db`),
    );
    const name = `Zebedee ${randomUUID()}`;
    const participant = `participant-${randomUUID()}`;
    try {
      await register.record(participant, { displayName: name, contact: 'zq@fenmoor.example' });
      await register.erase(participant);
      const raw: string[] = [];
      const read = client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 2_000 });
      try {
        for await (const resolved of read) {
          if (resolved.event?.streamId === `person-${participant}`)
            raw.push(JSON.stringify(resolved.event.data));
        }
      } finally {
        await read.cancel();
      }
      expect(raw.length).toBeGreaterThan(0); // the server has not scavenged: the record is still there
      expect(raw.join(' ')).not.toContain(name);
      expect(raw.join(' ')).not.toContain('zq@fenmoor.example');
    } finally {
      await register.close();
      await client.dispose();
    }
  });
}

describe('SQLite personal-data register on the ledger file', () => {
  it('leaves no trace of an erased name or contact in the database files', async () => {
    const register = new SqlitePersonalDataRegister(temp.path);
    const name = 'Zebedee Quinton-Marsh';
    const contact = 'zebedee.qm@fenmoor.example';
    await register.record('person-zq', { displayName: name, contact });
    await register.record('person-other', { displayName: 'Someone Else' });
    const filesContain = (text: string) =>
      ['', '-wal'].some((suffix) => {
        try {
          return readFileSync(`${temp.path}${suffix}`).includes(Buffer.from(text));
        } catch {
          return false;
        }
      });
    expect(filesContain(name)).toBe(true);
    await register.erase('person-zq');
    expect(filesContain(name)).toBe(false);
    expect(filesContain(contact)).toBe(false);
    expect(filesContain('Someone Else')).toBe(true);
    await register.close();
  });
});
