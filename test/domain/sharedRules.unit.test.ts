/**
 * The shared rules every decider uses, pinned with what a user sees: stream names (and the legacy
 * names of ledgers written before 0.2.0), the event metadata shape check, the refusal sentences of
 * required texts, rationales, whole numbers and dates, and the sentence of an unhandled case.
 */
import { unhandled } from '../../src/domain/shared/command';
import { streamName, streamNames } from '../../src/domain/shared/decider';
import { optionalReasons, requireLearning } from '../../src/domain/shared/learning';
import { isEventMetadata } from '../../src/domain/shared/metadata';
import { requireDate, requireRationale, requireWholeNumber } from '../../src/domain/shared/validation';
import { P, programmeFacts } from './fixtures';
import { refusalOf as refusal } from './refusals';

describe('stream names', () => {
  it('prefixes an id with its category', () => {
    expect(streamName('review', '2024-09')).toBe('review-2024-09');
  });

  it('does not prefix an id that already carries its category', () => {
    expect(streamName('review', 'review-2024-09')).toBe('review-2024-09');
  });

  it('prefixes an id that only ends with its category', () => {
    expect(streamName('review', 'march-review-')).toBe('review-march-review-');
  });

  it('gives no legacy name when the id did not carry its category', () => {
    expect(streamNames('review', '2024-09')).toEqual({ current: 'review-2024-09' });
  });

  it('gives the doubly prefixed legacy name when the id carries its category', () => {
    expect(streamNames('review', 'review-2024-09')).toEqual({
      current: 'review-2024-09',
      legacy: 'review-review-2024-09',
    });
  });
});

const metadata = {
  actorId: 'user-1',
  actorRole: 'DIRECTOR',
  occurredAt: '2021-10-05',
  recordedAt: '2021-10-05T10:00:00Z',
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  commandId: 'cmd-1',
  schemaVersion: 1,
};

describe('the event metadata shape check', () => {
  it.each([
    ['complete metadata', true, metadata],
    ['metadata with a command hash', true, { ...metadata, commandHash: 'abc' }],
    ['null', false, null],
    ['undefined', false, undefined],
    ['an empty object', false, {}],
    ['metadata without an actor id', false, { ...metadata, actorId: undefined }],
    ['metadata whose command id is a number', false, { ...metadata, commandId: 7 }],
    ['metadata with only strings but no schema version', false, { ...metadata, schemaVersion: undefined }],
    ['metadata whose schema version is text', false, { ...metadata, schemaVersion: '1' }],
  ])('%s is %s', (_what, expected, value) => {
    expect(isEventMetadata(value)).toBe(expected);
  });
});

describe('refusal sentences of the shared rules', () => {
  it.each([
    [
      'an empty learning',
      () => requireLearning({ learning: ' ', nextStep: 'Try again' }),
      'RequiredText',
      'learning (what the programme learnt) must not be empty',
    ],
    [
      'an empty next step',
      () => requireLearning({ learning: 'Notes were too long', nextStep: '' }),
      'RequiredText',
      'next step (what was done next) must not be empty',
    ],
    [
      'an optional learning given empty',
      () => optionalReasons(programmeFacts(), P, { learning: '  ' }),
      'RequiredText',
      'learning (what the programme learnt) must not be empty',
    ],
    [
      'an optional next step given empty',
      () => optionalReasons(programmeFacts(), P, { nextStep: '' }),
      'RequiredText',
      'next step (what was done next) must not be empty',
    ],
    [
      'a missing rationale',
      () => requireRationale(' ', 'stopping an experiment'),
      'RationaleRequired',
      'A rationale is required when stopping an experiment',
    ],
    [
      'a rationale of 2001 characters',
      () => requireRationale('x'.repeat(2001), 'stopping an experiment'),
      'TextTooLong',
      'rationale must be at most 2000 characters',
    ],
    [
      'a negative count',
      () => requireWholeNumber(-1, 'responses'),
      'WholeNumber',
      'responses must be a whole number of at least 0',
    ],
    [
      'a count one below its minimum',
      () => requireWholeNumber(2, 'staff asked', 3),
      'WholeNumber',
      'staff asked must be a whole number of at least 3',
    ],
    [
      'a timestamp with an offset instead of Z',
      () => requireDate('2022-03-14T09:30:00+01:00', 'held at'),
      'ValidDate',
      'held at must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z); got "2022-03-14T09:30:00+01:00"',
    ],
    [
      'a date that does not exist',
      () => requireDate('2022-02-30', 'held at'),
      'ValidDate',
      'held at must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z); got "2022-02-30"',
    ],
  ])('refuses %s', (_what, act, rule, message) => {
    expect(refusal(act)).toEqual({ name: 'ValidationError', rule, message });
  });

  it('names an unhandled case with its value', () => {
    expect(() => unhandled({ type: 'Unknown' } as never)).toThrow(
      new Error('Unhandled case: {"type":"Unknown"}'),
    );
  });
});

describe('values the shared rules accept', () => {
  it('keeps a rationale and a learning trimmed', () => {
    expect(requireRationale('  The rota shows it  ', 'stopping an experiment')).toBe('The rota shows it');
    expect(requireLearning({ learning: ' Too long ', nextStep: ' Shorter ' })).toEqual({
      learning: 'Too long',
      nextStep: 'Shorter',
    });
  });

  it('accepts a whole number equal to its minimum', () => {
    expect(requireWholeNumber(0, 'responses')).toBe(0);
    expect(requireWholeNumber(3, 'staff asked', 3)).toBe(3);
  });

  it.each(['2022-03-14', '2022-03-14T09:30Z', '2022-03-14T09:30:00Z', '2022-03-14T09:30:00.123Z'])(
    'accepts the UTC date or timestamp %s as given',
    (value) => {
      expect(requireDate(value, 'held at')).toBe(value);
    },
  );
});
