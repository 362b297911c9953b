/**
 * Events once written are kept forever: a ledger file written by an earlier version must open and
 * read correctly with today's code. `test/fixtures/ledger-0.1.0.db` is the demo programme as
 * version 0.1.0 (commit 2b7e35c) recorded it; it is never regenerated. When a change to event
 * types, shapes, stream names or stored values lands, this test shows old files still read.
 */
import type { Ledger } from '../../src/composition/openLedger';
import { openLedgerFixture, type LedgerFixture } from '../support/ledgerFixture';

const P = 'programme-harrowmere';

describe('a ledger file written by version 0.1.0', () => {
  let fixture: LedgerFixture;
  let ledger: Ledger;
  beforeAll(async () => {
    fixture = await openLedgerFixture('ledger-0.1.0.db');
    ledger = fixture.ledger;
  });
  afterAll(() => fixture.close());
  const models = () => ledger.services.readModels;

  it('rebuilds the overview the demo showed', () => {
    const overview = models().overview(P);
    expect(overview.smallChanges).toEqual({ kept: 4, adapted: 2, reverted: 2, declined: 2, escalated: 2 });
    expect(overview.currentPhase).toMatchObject({ phaseId: 'methodologyAndSpread', startedAt: '2025-09-08' });
    expect(
      models()
        .blueprint(P)
        ?.versions.map((version) => version.version),
    ).toEqual([1, 2, 3]);
  });

  it('tells the same journey, naming people through the register', async () => {
    const journey = await models().journey(P, {}, { first: 1000 });
    expect(journey.items).toHaveLength(236);
    const at = (index: number) => journey.items[index]!.node;
    expect(at(0).summary).toBe(
      '"Harrowmere: time for relationships" launched in Harrowmere Borough Council (fictional), planned for 15 months from 2 Sep 2024.',
    );
    expect(at(50)).toMatchObject({
      occurredAt: '2024-10-25',
      actorName: 'Sam Ferrow',
      actorRole: 'facilitator',
      summary: '"% of time with families" measured at 18 % for 14 Oct 2024 to 25 Oct 2024.',
    });
    // Since 0.2.0 a decision's summary no longer repeats the review's date: the entry's own date
    // is the review's, and a summary must not contradict a date corrected later.
    expect(at(235)).toMatchObject({
      occurredAt: '2025-11-24',
      actorName: 'Grace Tamsin',
      summary:
        'Decision at the monthly senior leader review: "Prepare the closing evaluation and hand the blueprint to service leadership".',
    });
  });

  it('keeps every event in the auditor history', async () => {
    const history = await models().history(P, {}, { first: 1000 });
    expect(history.items).toHaveLength(236);
  });

  it('answers a retry of a command recorded by 0.1.0 as applied, and refuses its id for another item', async () => {
    // demo-33 identified this barrier in 0.1.0, before command hashes were kept.
    const identify = (barrierId: string) => ({
      type: 'IdentifyBarrier' as const,
      data: {
        programmeId: P,
        barrierId,
        title: 'The same visit is written up in three places',
        description: 'The same visit is written up in three places, practitioners told the first workshop',
        kind: 'process' as const,
        scope: 'local' as const,
        source: { kind: 'sensemaking' as const },
        identifiedBy: ['person-ines', 'person-kofi', 'person-rhea'],
      },
    });
    const options = {
      actor: { id: 'person-ines', role: 'practitioner' as const },
      occurredAt: '2024-10-15',
      commandId: 'demo-33',
    };
    const before = await ledger.store.lastPosition();
    const retried = await ledger.services.handler.execute(identify('barrier-triple-recording'), options);
    expect([retried.alreadyApplied, retried.streamName, retried.events.map((e) => e.type)]).toEqual([
      true,
      'barrier-barrier-triple-recording',
      ['BarrierIdentified'],
    ]);
    await expect(
      ledger.services.handler.execute(identify('barrier-recorded-again'), options),
    ).rejects.toMatchObject({ rule: 'CommandIdReused' });
    expect(await ledger.store.lastPosition()).toBe(before);
  });

  it('records new facts on top of the old streams', async () => {
    const before = models().smallChanges(P).length;
    const result = await ledger.services.handler.execute(
      {
        type: 'ProposeSmallChange',
        data: {
          programmeId: P,
          smallChangeId: 'compat-small-change',
          teamId: 'team-front-door',
          title: 'Shorter referral form',
          description: 'Drop the fields nobody reads',
          proposedBy: ['person-ines'],
          barrierIds: [models().barriers(P)[0]!.barrierId],
        },
      },
      { actor: { id: 'person-ines', role: 'practitioner' }, occurredAt: '2025-11-25' },
    );
    await ledger.runner.catchUp();
    expect(result.alreadyApplied).toBe(false);
    expect(models().smallChanges(P)).toHaveLength(before + 1);
    expect(before).toBe(12);
  });

  // Version 0.1.0 prefixed every id with its category, even one that carried it already
  // ("review-review-2024-09"); 0.2.0 names new streams "review-<id>" and keeps old items in theirs.
  it('records on an old item under the stream name 0.1.0 gave it, and names new items without doubling', async () => {
    const as = { actor: { id: 'person-grace', role: 'leader' } };
    const held = await ledger.store.readStream('review-review-2024-09');
    expect(held.events.map((event) => event.type)).toEqual(['ReviewHeld', 'DecisionRecorded']);
    const insight = await ledger.services.handler.execute(
      {
        type: 'RecordInsight',
        data: {
          programmeId: P,
          reviewId: 'review-2024-09',
          insightId: 'insight-compat',
          kind: 'challenge',
          statement: 'Recording is duplicated',
          barrierIds: [],
        },
      },
      { ...as, occurredAt: '2024-09-30' },
    );
    expect(insight).toMatchObject({ streamName: 'review-review-2024-09', streamRevision: 2n });
    const rule = await ledger.services.handler.execute(
      { type: 'AdoptSimpleRule', data: { programmeId: P, rule: 'Write it once' } },
      { ...as, occurredAt: '2025-11-25' },
    );
    expect(rule.streamName).toBe('programme-programme-harrowmere');
    const review = await ledger.services.handler.execute(
      {
        type: 'HoldReview',
        data: {
          programmeId: P,
          reviewId: 'review-2025-12',
          kind: 'internalProgressReview',
          attendeeIds: ['person-grace'],
        },
      },
      { ...as, occurredAt: '2025-11-26' },
    );
    expect(review.streamName).toBe('review-2025-12');
    await ledger.runner.catchUp();
    expect(models().item<{ insights: unknown[] }>('review', P, 'review-2024-09')?.insights).toHaveLength(1);
    expect(models().programme(P)?.simpleRules).toContain('Write it once');
  });

  it('corrects a date on an old stream: the review and its decision move in the journey', async () => {
    const [held, decided] = (await ledger.store.readStream('review-review-2024-09')).events;
    await ledger.services.handler.execute(
      {
        type: 'CorrectReviewDate',
        data: {
          programmeId: P,
          reviewId: 'review-2024-09',
          eventId: held!.id,
          correctOccurredAt: '2024-09-27',
          rationale: 'The minutes are dated the 27th',
        },
      },
      { actor: { id: 'person-grace', role: 'leader' } },
    );
    await ledger.runner.catchUp();
    const moved = await models().journey(P, { eventIds: [held!.id, decided!.id] }, { first: 2 });
    expect(moved.items.map(({ node }) => [node.eventType, node.occurredAt])).toEqual([
      ['ReviewHeld', '2024-09-27'],
      ['DecisionRecorded', '2024-09-27'],
    ]);
    expect(models().item<{ heldAt: string }>('review', P, 'review-2024-09')?.heldAt).toBe('2024-09-27');
  });
});
