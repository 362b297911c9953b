/**
 * What a recorder reads when marking a written output delivered is refused: the class, the rule
 * and the whole sentence, naming the field or the step that needs a reason.
 */
import { ValidationError } from '../../src/domain/shared/errors';
import { writtenOutputAggregate } from '../../src/domain/writtenOutput';
import type { WrittenOutputCommand, WrittenOutputEvent } from '../../src/domain/writtenOutput/events';
import { commandsOf, P, programmeFacts } from './fixtures';
import { on, specFor } from './givenWhenThen';

const given = specFor(writtenOutputAggregate, programmeFacts);
const deliver = (data: Partial<WrittenOutputCommand['data']> = {}) =>
  commandsOf<WrittenOutputCommand>()('MarkWrittenOutputDelivered', {
    output: 'insights',
    audience: 'The senior leadership team',
    ...data,
  });
const delivered: WrittenOutputEvent = {
  type: 'WrittenOutputDelivered',
  data: {
    programmeId: P,
    output: 'insights',
    audience: 'The senior leadership team',
    reissue: false,
    rationale: null,
  },
};

describe('a refused delivery of a written output tells the recorder why, in so many words', () => {
  it.each<[string, WrittenOutputEvent[], WrittenOutputCommand, string, string]>([
    [
      'an output the programme does not promise',
      [],
      deliver({ output: 'annualReport' as never }),
      'UnknownValue',
      'output must be one of insights, changeRecord, blueprint, implementation, caseStudy; got "annualReport"',
    ],
    [
      'a re-issue without a reason',
      [delivered],
      deliver({ reissue: true, rationale: null }),
      'RationaleRequired',
      'A rationale is required when an output is re-issued',
    ],
    [
      'a first delivery’s note longer than 2000 characters',
      [],
      deliver({ rationale: 'n'.repeat(2001) }),
      'TextTooLong',
      'rationale must be at most 2000 characters',
    ],
  ])('refuses %s', (_case, history, refused, rule, message) => {
    expect(
      given(history.map((event) => on('2022-03-01', event)))
        .when(refused)
        .thenThrows(ValidationError, rule),
    ).toBe(message);
  });
});
