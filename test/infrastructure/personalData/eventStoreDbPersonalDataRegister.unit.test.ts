import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnavailableError } from '@eventstore/db-client';
import { EventStoreDbEventStore } from '../../../src/infrastructure/eventStore/eventStoreDb/eventStoreDbEventStore';
import { SharedClients } from '../../../src/infrastructure/eventStore/eventStoreDb/sharedClient';
import { StoreUnavailableError } from '../../../src/application/ports/eventStoreErrors';
import {
  PersonalDataKeys,
  openDetails,
  sealDetails,
} from '../../../src/infrastructure/personalData/eventStoreDbPersonalDataKeys';
import { EventStoreDbPersonalDataRegister } from '../../../src/infrastructure/personalData/eventStoreDbPersonalDataRegister';
import { PersonErasedError } from '../../../src/application/ports/personalDataRegister';
import { FakeEventStoreDb } from '../eventStore/fakeEventStoreDb';
import { describePersonalDataRegister } from './personalDataConformance';

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'ledger-keys-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const fake = new FakeEventStoreDb();
const clients = new SharedClients(() => fake);
const keysFile = () => join(folder, 'personal-data-keys.db');
const openRegister = () =>
  new EventStoreDbPersonalDataRegister(clients.lease('esdb://fake'), new PersonalDataKeys(keysFile()));

describePersonalDataRegister(
  'EventStoreDB register over a fake client (no server)',
  openRegister,
  () => new EventStoreDbEventStore(clients.lease('esdb://fake')),
);

describe('EventStoreDB register: erasure that holds without a scavenge', () => {
  const name = 'Zebedee Quinton-Marsh';
  const contact = 'zebedee.qm@fenmoor.example';
  const rawLog = () => JSON.stringify(fake.records.map((record) => record.data));

  it('writes only sealed details to the server, and erasure leaves them unreadable to anyone', async () => {
    const register = openRegister();
    const zq = `person-${randomUUID()}`;
    await register.record(zq, { displayName: name, contact });
    expect(rawLog()).not.toContain(name);
    expect(rawLog()).not.toContain(contact);
    const key = (new PersonalDataKeys(keysFile()).find(zq) as { key: Buffer }).key;
    expect(readFileSync(keysFile()).includes(key) || readFileSync(`${keysFile()}-wal`).includes(key)).toBe(
      true,
    );

    await register.erase(zq);
    await register.close();
    // The server has not scavenged: the sealed event is still in $all, but its key is gone for good.
    expect(fake.records.some((record) => record.streamId === `person-${zq}`)).toBe(true);
    expect(readFileSync(keysFile()).includes(key)).toBe(false);
    const reopened = openRegister();
    expect((await reopened.lookup([zq])).get(zq)).toEqual({ status: 'erased', participantId: zq });
    await reopened.close();
  });

  it('keeps the keys file readable by its owner only', () => {
    new PersonalDataKeys(keysFile()).close();
    expect(statSync(keysFile()).mode & 0o777).toBe(0o600);
  });

  it('still reads details recorded before they were sealed, and erasing hides them', async () => {
    const register = openRegister();
    const old = `person-${randomUUID()}`;
    fake.write(`person-${old}`, [
      {
        id: randomUUID(),
        type: 'PersonalDetailsRecorded',
        data: { displayName: 'Ines Albright', contact: null },
      },
    ]);
    expect((await register.lookup([old])).get(old)).toEqual({
      status: 'registered',
      participantId: old,
      displayName: 'Ines Albright',
      contact: null,
    });
    await register.erase(old);
    expect((await register.lookup([old])).get(old)).toEqual({ status: 'erased', participantId: old });
    await register.close();
  });

  it('holds an erasure whose tombstone the server could not write', async () => {
    const down = new FakeEventStoreDb();
    down.tombstoneStream = () => Promise.reject(new UnavailableError());
    const register = new EventStoreDbPersonalDataRegister(
      new SharedClients(() => down).lease('esdb://down'),
      new PersonalDataKeys(keysFile()),
    );
    const ada = `person-${randomUUID()}`;
    await register.record(ada, { displayName: 'Ada Okafor' });
    await expect(register.erase(ada)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect((await register.lookup([ada])).get(ada)).toEqual({ status: 'erased', participantId: ada });
    await expect(register.record(ada, { displayName: 'Ada Okafor' })).rejects.toBeInstanceOf(
      PersonErasedError,
    );
    await register.close();
  });

  it("does not open one person's sealed details as another's", () => {
    const key = randomBytes(32);
    const sealed = sealDetails({ displayName: 'Ada Okafor' }, key, 'person-ada');
    expect(openDetails(sealed, key, 'person-ada')).toEqual({ displayName: 'Ada Okafor' });
    expect(() => openDetails(sealed, key, 'person-ben')).toThrow();
  });
});
