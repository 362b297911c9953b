import { randomUUID } from 'node:crypto';
import { ValidationError } from '../../../src/domain/shared/errors';
import { NO_STREAM, type EventStore, type StoredEvent } from '../../../src/application/ports/eventStore';
import { encodePayload } from '../../../src/infrastructure/eventStore/payloadCodec';
import {
  nameOf,
  PersonErasedError,
  type PersonalDataRegister,
} from '../../../src/application/ports/personalDataRegister';
import { waitFor } from '../../support/waitFor';

/**
 * What every personal-data register owes: record, look up, erase for good. `openStore`, when
 * given, opens the event store that shares the register's storage: erased details must then be
 * nowhere in the log it reads or follows.
 */
export const describePersonalDataRegister = (
  adapter: string,
  open: () => PersonalDataRegister,
  openStore?: () => EventStore,
): void => {
  describe(`${adapter} personal-data register`, () => {
    let register: PersonalDataRegister;
    beforeEach(() => (register = open()));
    afterEach(() => register.close());
    const person = () => `participant-${randomUUID()}`;

    it('records details and looks several people up at once', async () => {
      const [ada, ben, nobody] = [person(), person(), person()];
      await register.record(ada, { displayName: 'Ada Okafor', contact: 'ada.okafor@fenmoor.example' });
      await register.record(ben, { displayName: 'Ben Price' });
      const found = await register.lookup([ada, ben, nobody, ada]);
      expect(found.get(ada)).toEqual({
        status: 'registered',
        participantId: ada,
        displayName: 'Ada Okafor',
        contact: 'ada.okafor@fenmoor.example',
      });
      expect(nameOf(found.get(ben))).toBe('Ben Price');
      expect(found.get(nobody)).toEqual({ status: 'unknown', participantId: nobody });
      expect(found.size).toBe(3);
    });

    it('replaces details on a second record', async () => {
      const ada = person();
      await register.record(ada, { displayName: 'Ada Okafor' });
      await register.record(ada, { displayName: 'Ada Okafor-Price' });
      expect(nameOf((await register.lookup([ada])).get(ada))).toBe('Ada Okafor-Price');
    });

    it('shows an erased person as [erased], for good, and erasing twice is harmless', async () => {
      const ada = person();
      await register.record(ada, { displayName: 'Ada Okafor', contact: '01632 960001' });
      await register.erase(ada);
      await register.erase(ada);
      expect((await register.lookup([ada])).get(ada)).toEqual({ status: 'erased', participantId: ada });
      const another = open();
      expect(nameOf((await another.lookup([ada])).get(ada))).toBe('[erased]');
      await another.close();
      await expect(register.record(ada, { displayName: 'Ada Okafor' })).rejects.toBeInstanceOf(
        PersonErasedError,
      );
    });

    it('refuses a record without a display name', async () => {
      await expect(register.record(person(), { displayName: '  ' })).rejects.toBeInstanceOf(ValidationError);
    });

    const withStore = openStore ? it : it.skip;
    withStore(
      'keeps personal details out of the log, read unfiltered and followed, before and after erasure',
      async () => {
        const store = openStore!();
        try {
          const start = await store.lastPosition();
          const followed: StoredEvent[] = [];
          const subscription = store.subscribe({ after: start, onEvent: (e) => void followed.push(e) });
          const ada = person();
          const name = `Ada ${randomUUID()}`;
          const contact = `${randomUUID()}@fenmoor.example`;
          await register.record(ada, { displayName: name, contact });
          await register.erase(ada);
          const marker = `conformance${randomUUID().replace(/-/g, '')}-marker`;
          await store.appendToStream(
            marker,
            [{ id: randomUUID(), type: 'Marker', data: {}, metadata: {} }],
            NO_STREAM,
          );
          await waitFor(() => followed.some((e) => e.streamName === marker), 20_000, 'the marker event');
          await subscription.stop();
          const read = await store.readLog({ after: start });
          expect(read.some((e) => e.streamName === marker)).toBe(true);
          const leaks = [...read, ...followed].filter((e) => {
            const text = `${e.streamName} ${encodePayload(e.data)} ${encodePayload(e.metadata)}`;
            return text.includes(ada) || text.includes(name) || text.includes(contact);
          });
          expect(leaks).toEqual([]);
        } finally {
          await store.close();
        }
      },
    );
  });
};
