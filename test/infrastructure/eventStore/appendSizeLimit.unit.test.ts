import { toGraphQLError } from '../../../src/graphql/errors';
import { AppendTooLargeError } from '../../../src/application/ports/eventStoreErrors';
import { MAX_APPEND_BYTES } from '../../../src/application/ports/eventStore';

describe('an append over the size limit, as an API caller sees it', () => {
  it('is bad input naming the rule and the limit, not an internal error', () => {
    const log = { error: jest.fn(), warn: jest.fn(), info: jest.fn() };
    const error = toGraphQLError(new AppendTooLargeError('surveyRound-7', 1_234_567, MAX_APPEND_BYTES), {
      correlationId: 'c-1',
      log: log as never,
    });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', rule: 'AppendSizeLimit' });
    expect(error.message).toBe(
      'What was to be recorded in surveyRound-7 is too large (1,234,567 bytes): the ledger records at most 1,000,000 bytes at once; shorten the text or record it in parts',
    );
    expect(log.error).not.toHaveBeenCalled();
  });
});
