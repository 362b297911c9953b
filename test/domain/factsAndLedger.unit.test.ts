/**
 * What a decision may know beyond its own stream (facts.ts: references to other streams, the
 * addressed item and a new one), and the ledger's map of aggregates (ledger.ts).
 */
import { barrierAggregate } from '../../src/domain/barrier';
import type { Evidence } from '../../src/domain/blueprint/events';
import * as facts from '../../src/domain/facts';
import * as ledger from '../../src/domain/ledger';
import { programmeAggregate } from '../../src/domain/programme';
import type { ProgrammeDetails } from '../../src/domain/programme/state';
import { IllegalStateError, NotFoundError } from '../../src/domain/shared/errors';
import { smallChangeAggregate } from '../../src/domain/smallChange';
import type { SmallChangeEvent } from '../../src/domain/smallChange/events';
import { P, programmeState, SW1 } from './fixtures';
import { expectRefusal as refusal } from './refusals';

const OTHER = 'programme-other';
const programme = programmeState() as ProgrammeDetails & { status: 'Active' };

describe('References to other streams', () => {
  it('keeps only the ids given', () => {
    expect(facts.refs('barrier', ['b1', undefined, null, '', 'b2'])).toEqual([
      { kind: 'barrier', id: 'b1' },
      { kind: 'barrier', id: 'b2' },
    ]);
    expect(facts.refs('review')).toEqual([]);
  });

  it('names the stream each kind of evidence lives in', () => {
    const evidence = [
      'experimentConclusion',
      'reviewDecision',
      'surveyRound',
      'smallChangeReview',
      'feedbackRound',
    ].map((kind, index) => ({ kind, id: `id-${index}` }) as Evidence);
    expect(facts.evidenceRefs(evidence)).toEqual([
      { kind: 'experiment', id: 'id-0' },
      { kind: 'review', id: 'id-1' },
      { kind: 'surveyRound', id: 'id-2' },
      { kind: 'smallChange', id: 'id-3' },
      { kind: 'feedbackRound', id: 'id-4' },
    ]);
    expect(facts.evidenceRefs()).toEqual([]);
  });

  it('refers to the review of a cited decision, and to nothing when none is cited', () => {
    expect(facts.decisionRefs({ reviewId: 'review-1', decisionId: 'd1' })).toEqual([
      { kind: 'review', id: 'review-1' },
    ]);
    expect(facts.decisionRefs(null)).toEqual([]);
    expect(facts.decisionRefs(undefined)).toEqual([]);
  });

  it('knows nothing but the programme when no other stream is read', () => {
    const none = facts.noFacts(programme);
    expect(none.programme).toBe(programme);
    const maps = [
      none.barriers,
      none.smallChanges,
      none.experiments,
      none.reviews,
      none.surveyRounds,
      none.feedbackRounds,
      none.blueprints,
    ];
    expect(maps.map((map) => map.size)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('The addressed item', () => {
  const review = { status: 'Held', programmeId: P, id: 'review-1' };

  it('exists in the programme under the id named', () => {
    expect(facts.existing(review, P, 'review', 'review-1')).toBe(review);
    expect(facts.existing(review, P, 'review')).toBe(review);
    expect(facts.existing({ status: 'Held', programmeId: P }, P, 'review', 'review-2')).toEqual({
      status: 'Held',
      programmeId: P,
    });
  });

  it.each([
    [
      'never recorded',
      { status: 'None' },
      P,
      'review-1',
      'review',
      'ReviewInProgramme',
      'No review with this id has been recorded in this programme',
    ],
    [
      'of another programme',
      review,
      OTHER,
      'review-1',
      'review',
      'ReviewInProgramme',
      'No review with this id has been recorded in this programme',
    ],
    [
      'under another id',
      review,
      P,
      'review-review-1',
      'review',
      'ReviewInProgramme',
      'No review with this id has been recorded in this programme',
    ],
    [
      'a feedback round never recorded',
      { status: 'None' },
      P,
      'fb',
      'feedback round',
      'FeedbackRoundInProgramme',
      'No feedback round with this id has been recorded in this programme',
    ],
  ])('is refused when %s', (_what, state, programmeId, id, what, rule, message) => {
    refusal(() => facts.existing(state, programmeId, what, id), NotFoundError, rule, message);
  });

  it('is new when its id is not in use yet', () => {
    expect(() => facts.fresh({ status: 'None' }, 'review')).not.toThrow();
    refusal(
      () => facts.fresh(review, 'review'),
      IllegalStateError,
      'IdNotInUse',
      'A review with this id has already been recorded',
    );
  });
});

describe('The ledger', () => {
  it('writes one stream category per aggregate', () => {
    expect(ledger.LEDGER_CATEGORIES).toEqual([
      'programme',
      'barrier',
      'smallChange',
      'review',
      'experiment',
      'blueprint',
      'measurements',
      'surveyRound',
      'writtenOutput',
      'feedbackRound',
    ]);
  });

  it('finds the aggregate of a command, and none for an unknown one', () => {
    expect(ledger.aggregateFor('LaunchProgramme')).toBe(programmeAggregate);
    expect(ledger.aggregateFor('MoveParticipantToTeam')).toBe(programmeAggregate);
    expect(ledger.aggregateFor('IdentifyBarrier')).toBe(barrierAggregate);
    expect(ledger.aggregateFor('ProposeSmallChange')).toBe(smallChangeAggregate);
    expect(ledger.aggregateFor('Launch')).toBeUndefined();
  });

  it('finds the aggregate each kind of reference points at', () => {
    const kinds = [
      'barrier',
      'smallChange',
      'experiment',
      'review',
      'surveyRound',
      'feedbackRound',
      'blueprint',
    ] as const;
    expect(kinds.map((kind) => ledger.referencedAggregate(kind).category)).toEqual([...kinds]);
    expect(() => ledger.referencedAggregate('rumour' as never)).toThrow(
      'No aggregate keeps references of kind rumour',
    );
  });

  it('identifies the national barrier when a small change is escalated, and reacts to nothing else', () => {
    expect(ledger.REACTION_TRIGGERS).toEqual(['SmallChangeEscalated']);
    const escalated: SmallChangeEvent = {
      type: 'SmallChangeEscalated',
      data: {
        programmeId: P,
        smallChangeId: 'sc-1',
        nationalBarrierId: 'barrier-n',
        nationalBarrierTitle: 'Forms',
        escalatedBy: [SW1],
        rationale: 'Set nationally',
      },
    };
    expect(ledger.reactionsTo(escalated)).toEqual([
      {
        type: 'IdentifyBarrier',
        data: {
          programmeId: P,
          barrierId: 'barrier-n',
          title: 'Forms',
          description: 'Set nationally',
          kind: 'rule',
          scope: 'national',
          source: { kind: 'smallChange', id: 'sc-1' },
          identifiedBy: [SW1],
        },
      },
    ]);
    expect(
      ledger.reactionsTo({
        type: 'SmallChangeAgreed',
        data: { programmeId: P, smallChangeId: 'sc-1', agreedBy: [SW1] },
      }),
    ).toEqual([]);
  });
});
