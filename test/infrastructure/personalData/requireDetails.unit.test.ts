import { ValidationError } from '../../../src/domain/shared/errors';
import { requireDetails } from '../../../src/application/ports/personalDataRegister';

describe('the details the personal-data register keeps', () => {
  it('trims the name and contact, and leaves out an empty contact', () => {
    expect(requireDetails({ displayName: '  Kit Example ', contact: ' kit@fenmoor.example ' })).toEqual({
      displayName: 'Kit Example',
      contact: 'kit@fenmoor.example',
    });
    expect(requireDetails({ displayName: 'Kit Example', contact: '   ' })).toEqual({
      displayName: 'Kit Example',
    });
  });

  it('needs a display name', () => {
    for (const displayName of ['', '   ']) {
      let refusal: unknown;
      try {
        requireDetails({ displayName });
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(ValidationError);
      expect([(refusal as ValidationError).rule, (refusal as ValidationError).message]).toEqual([
        'DisplayNameRequired',
        'A participant needs a display name in the personal-data register',
      ]);
    }
  });
});
