/**
 * The overview's last review: the latest held (of two on one date, the one recorded last), with its
 * decisions counted, through later reviews, decisions and corrections of a review's date. Folded
 * in one commit (a rebuild's batch) and one commit per event (the live runner), which read the
 * reviews back from the file. The programme's document keeps the last review only, so it does not
 * grow with the reviews a programme holds.
 */
import { SqliteReadModelStore } from '../../src/infrastructure/readModels/sqliteReadModelStore';
import type { ProgrammeDocument, ReviewHeld } from '../../src/projections/programme';
import { LEDGER_PROJECTIONS } from '../../src/projections/projections';
import { event, launchedProgramme, P, recordsOf, type Given } from './givenEvents';

const held = (reviewId: string, heldAt: string, eventId = `held-${reviewId}`): Given =>
  event(
    'ReviewHeld',
    { reviewId, programmeId: P, kind: 'monthlySeniorLeaderReview', heldAt, teamId: null, attendeeIds: [] },
    { eventId },
  );

const decided = (reviewId: string, decisionId: string): Given =>
  event('DecisionRecorded', {
    reviewId,
    programmeId: P,
    decisionId,
    decision: `Decision ${decisionId}`,
    rationale: 'r',
    affects: [],
    followUpOwnerId: null,
  });

const redated = (reviewId: string, wrong: string, correct: string): Given =>
  event(
    'OccurredDateCorrected',
    {
      programmeId: P,
      item: { kind: 'review', id: reviewId },
      eventId: `held-${reviewId}`,
      eventType: 'ReviewHeld',
      wrongOccurredAt: wrong,
      correctOccurredAt: correct,
      rationale: 'The minutes give another date',
      followers: [],
    },
    { occurredAt: '2022-06-01' },
  );

const programmeAfter = (given: readonly Given[], commits: 'one' | 'one per event'): ProgrammeDocument => {
  const store = new SqliteReadModelStore(':memory:');
  const records = recordsOf([...launchedProgramme(), ...given]);
  const batches = commits === 'one' ? [records] : records.map((record) => [record]);
  for (const batch of batches)
    store.commit((target) => {
      for (const record of batch)
        for (const projection of LEDGER_PROJECTIONS) projection.apply(record, target);
    }, new Map());
  const programme = store.document<ProgrammeDocument>('programme', P, P)!;
  store.close();
  return programme;
};

const last = (given: readonly Given[], commits: 'one' | 'one per event') =>
  programmeAfter(given, commits).tallies.lastReview;

const review = (reviewId: string, heldAt: string, decisions: number): ReviewHeld => ({
  reviewId,
  kind: 'monthlySeniorLeaderReview',
  heldAt,
  heldEventId: `held-${reviewId}`,
  decisions,
});

const three = [held('r-1', '2022-03-01'), held('r-2', '2022-04-01'), held('r-3', '2022-02-01')];

describe.each(['one', 'one per event'] as const)('the last review, folded in %s commit', (commits) => {
  it('is none before any review, then the one held latest, not the one recorded last', () => {
    expect(last([], commits)).toBeNull();
    expect(last(three, commits)).toEqual(review('r-2', '2022-04-01', 0));
  });

  it('is, of two held on the same date, the one recorded last', () => {
    expect(last([held('r-1', '2022-03-01'), held('r-2', '2022-03-01')], commits)).toEqual(
      review('r-2', '2022-03-01', 0),
    );
  });

  it("counts its own decisions, and not another review's", () => {
    const given = [...three, decided('r-2', 'd-1'), decided('r-1', 'd-2'), decided('r-2', 'd-3')];
    expect(last(given, commits)).toEqual(review('r-2', '2022-04-01', 2));
  });

  it('becomes the review held next latest when its own date is corrected to an earlier one', () => {
    const given = [...three, decided('r-1', 'd-1'), redated('r-2', '2022-04-01', '2022-01-15')];
    expect(last(given, commits)).toEqual(review('r-1', '2022-03-01', 1));
  });

  it('becomes another review whose date is corrected to a later one', () => {
    expect(last([...three, redated('r-3', '2022-02-01', '2022-05-01')], commits)).toEqual(
      review('r-3', '2022-05-01', 0),
    );
  });

  it('stays when another review is corrected to a date still earlier than it', () => {
    expect(last([...three, redated('r-1', '2022-03-01', '2022-03-15')], commits)).toEqual(
      review('r-2', '2022-04-01', 0),
    );
  });

  it('is found among them all when a review is held again on another date (the projection alone; the domain refuses it)', () => {
    expect(last([...three, held('r-3', '2022-05-01', 'held-again-r-3')], commits)).toEqual({
      ...review('r-3', '2022-05-01', 0),
      heldEventId: 'held-again-r-3',
    });
    expect(last([...three, held('r-2', '2022-01-01', 'held-again-r-2')], commits)).toEqual(
      review('r-1', '2022-03-01', 0),
    );
  });

  it('takes a review held after a correction when it is the latest', () => {
    const given = [...three, redated('r-2', '2022-04-01', '2022-01-15'), held('r-4', '2022-03-20')];
    expect(last(given, commits)).toEqual(review('r-4', '2022-03-20', 0));
  });
});

describe("the programme's document", () => {
  it('is the same length after 300 reviews with a decision each as after 10', () => {
    const reviews = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const day = `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        return [held(`r-${1000 + i}`, day), decided(`r-${1000 + i}`, `d-${1000 + i}`)];
      }).flat();
    const length = (count: number) => JSON.stringify(programmeAfter(reviews(count), 'one')).length;
    // Only numbers grow a digit: reviewsHeld and decisionsRecorded (10 → 300), and lastPosition, from two digits to three.
    expect(length(300) - length(10)).toBe(3);
  });
});
