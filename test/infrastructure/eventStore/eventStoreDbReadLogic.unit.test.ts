import { FORWARDS, BACKWARDS } from '@eventstore/db-client';
import { ANY, NO_STREAM, STREAM_EXISTS } from '../../../src/application/ports/eventStore';
import { DuplicateEventError, RevisionConflictError } from '../../../src/application/ports/eventStoreErrors';
import {
  revisionReported,
  wrongExpectedVersion,
} from '../../../src/infrastructure/eventStore/eventStoreDb/clientErrors';
import { isPast, logPageSize } from '../../../src/infrastructure/eventStore/eventStoreDb/logReads';
import { lastRevisionShown } from '../../../src/infrastructure/eventStore/eventStoreDb/streamReads';
import { repeatedAppend } from '../../../src/infrastructure/eventStore/sqlite/repeatedAppend';

describe("a stream's last revision as one read shows it (defects 1 and 2)", () => {
  it.each([
    ['a forwards read to the end', {}, [0n, 1n, 2n], 2n],
    ['a forwards read within its limit', { maxCount: 5 }, [3n, 4n], 4n],
    ['a forwards read cut short by its limit', { maxCount: 2 }, [0n, 1n], undefined],
    ['a read that returned nothing', {}, [], undefined],
    ['a backwards read from the end', { direction: 'backwards' }, [4n, 3n], 4n],
    ['a backwards read from a revision', { direction: 'backwards', fromRevision: 2n }, [2n, 1n], undefined],
  ] as const)('%s', (_, options, revisions, shown) => {
    expect(lastRevisionShown(options, revisions)).toBe(shown);
  });
});

describe('paging the log (defect 3)', () => {
  it('asks for pages between 32 and 1,000 records, whatever is wanted', () => {
    expect([1, 200, 5_000, Number.POSITIVE_INFINITY].map(logPageSize)).toEqual([32, 200, 1_000, 1_000]);
  });

  it('skips the record a page starts on, whether the server included it or not', () => {
    const at = (commit: bigint) => ({ commit, prepare: commit });
    expect(isPast(at(10n), at(10n), FORWARDS)).toBe(false);
    expect(isPast(at(11n), at(10n), FORWARDS)).toBe(true);
    expect(isPast(at(9n), at(10n), BACKWARDS)).toBe(true);
    expect(isPast(at(10n), undefined, BACKWARDS)).toBe(true);
  });
});

describe('a repeated append (defect 9)', () => {
  const stored = new Map([
    ['a', { streamName: 'review-1', streamRevision: 3n, globalPosition: 300n }],
    ['b', { streamName: 'review-1', streamRevision: 4n, globalPosition: 400n }],
    ['x', { streamName: 'review-2', streamRevision: 0n, globalPosition: 500n }],
  ]);
  const repeat = { nextExpectedRevision: 4n, lastPosition: 400n };

  it('is recognised right after its expected revision, or anywhere with "any" and "stream exists"', () => {
    expect(repeatedAppend('review-1', ['a', 'b'], 2n, stored)).toEqual(repeat);
    expect(repeatedAppend('review-1', ['a', 'b'], ANY, stored)).toEqual(repeat);
    expect(repeatedAppend('review-1', ['a', 'b'], STREAM_EXISTS, stored)).toEqual(repeat);
  });

  it('is not a repeat elsewhere in the stream, out of order, partly, or in another stream', () => {
    expect(repeatedAppend('review-1', ['a', 'b'], 1n, stored)).toBeUndefined();
    expect(repeatedAppend('review-1', ['a', 'b'], NO_STREAM, stored)).toBeUndefined();
    expect(repeatedAppend('review-1', ['b', 'a'], ANY, stored)).toBeUndefined();
    expect(repeatedAppend('review-1', ['a', 'new'], ANY, stored)).toBeUndefined();
    expect(repeatedAppend('review-1', ['x'], ANY, stored)).toBeUndefined();
  });

  it('refused by EventStoreDB with "wrong expected version" on "any" is a duplicate, not a conflict', () => {
    expect(wrongExpectedVersion('review-1', ANY, 4n, ['a'])).toBeInstanceOf(DuplicateEventError);
    expect(wrongExpectedVersion('review-1', STREAM_EXISTS, 4n, ['a'])).toBeInstanceOf(DuplicateEventError);
    expect(wrongExpectedVersion('review-1', STREAM_EXISTS, NO_STREAM, ['a'])).toBeInstanceOf(
      RevisionConflictError,
    );
    expect(wrongExpectedVersion('review-1', 2n, 4n, ['a'])).toBeInstanceOf(RevisionConflictError);
  });

  it('reads a missing stream reported as -1 as "no stream"', () => {
    expect([revisionReported(-1n), revisionReported('no_stream'), revisionReported(3n)]).toEqual([
      NO_STREAM,
      NO_STREAM,
      3n,
    ]);
  });
});
