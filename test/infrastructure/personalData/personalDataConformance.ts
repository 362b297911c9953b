import { randomUUID } from 'node:crypto';
import { ValidationError } from '../../../src/domain/shared/errors';
import {
  nameOf,
  PersonErasedError,
  type PersonalDataRegister,
} from '../../../src/infrastructure/personalData/personalDataRegister';

/** What every personal-data register owes: record, look up, erase for good. */
export const describePersonalDataRegister = (adapter: string, open: () => PersonalDataRegister): void => {
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
  });
};
