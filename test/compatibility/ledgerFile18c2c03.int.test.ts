/**
 * Events once written are kept forever. `test/fixtures/ledger-18c2c03.db` is the demo programme as
 * main at commit 18c2c03 recorded it (business time on both axes, the Merkle tree with one signed
 * head, the personal-data register), with the key that signed its head beside it
 * (`ledger-18c2c03-signing-key.pem`, a fixture key that signs nothing else). It is never
 * regenerated: later changes to event types, shapes or stored values must keep it readable.
 */

import { openLedgerFixture, type LedgerFixture } from '../support/ledgerFixture';

const P = 'programme-harrowmere';
describe('a ledger file written by main at 18c2c03', () => {
  let fixture: LedgerFixture;
  beforeAll(
    async () => (fixture = await openLedgerFixture('ledger-18c2c03.db', 'ledger-18c2c03-signing-key.pem')),
  );
  afterAll(() => fixture.close());
  const ledger = () => fixture.ledger;
  const models = () => ledger().services.readModels;

  it('rebuilds the overview and the blueprint the demo showed', () => {
    const overview = models().overview(P);
    expect(overview.smallChanges).toEqual({ kept: 4, adapted: 2, reverted: 2, declined: 2, escalated: 2 });
    expect(overview.currentPhase).toMatchObject({ phaseId: 'methodologyAndSpread', startedAt: '2025-09-08' });
    expect(
      models()
        .blueprint(P)
        ?.versions.map((version) => version.version),
    ).toEqual([1, 2, 3]);
  });

  it('tells the same journey in business-time order, naming people through the register', async () => {
    const journey = await models().journey(P, {}, { first: 1000 });
    const at = (index: number) => journey.items[index]!.node;
    expect(journey.items).toHaveLength(238);
    expect(at(0)).toMatchObject({
      eventType: 'SurveyRoundRecorded',
      occurredAt: '2024-08-19',
      recordedAt: '2026-12-01T05:51:56.103Z',
      actorName: 'Sam Ferrow',
      actorRole: 'facilitator',
      summary:
        'Survey of children and families (a baseline, before the programme started): 9 respondents; themes: A different worker every visit and Visits feel rushed.',
    });
    expect(at(120)).toMatchObject({
      eventType: 'BlueprintVersionPublished',
      occurredAt: '2025-01-13',
      actorName: 'Grace Tamsin',
      summary:
        'Blueprint version 1 published, endorsed by 1 practitioner, 1 manager and 1 senior leader: The first blueprint: what we will test, and how we will know.',
    });
    expect(at(237)).toMatchObject({
      eventType: 'DecisionRecorded',
      occurredAt: '2025-11-24',
      summary:
        'Decision at the monthly senior leader review: "Prepare the closing evaluation and hand the blueprint to service leadership".',
    });
  });

  it('keeps the signed head it had: same size, same root hash, same signature', async () => {
    expect(await ledger().services.audit.proofs.digest(false)).toMatchObject({
      treeSize: 238,
      rootHash: '610b221a2e4904b3c00fcb5d2fe864b78569674ac7f10d7bc7b5c0be923cd593',
      keyId: 'a768d66f1545de93',
      signedAt: '2026-12-01T05:51:57.104Z',
      signature: 'A/8S9kWMOqNKWKiM4r75SHLP6j2g/khdJscR5yE2HzmRxKI3gSLJTXetHMRFdz0ELNxj2Xpn1TkUbK/ZWRv8Aw==',
    });
  });

  it('verifies offline against the key that signed it', async () => {
    const { code, lines } = await fixture.verifyOffline();
    expect(lines).toEqual([
      'Checked 238 events against the Merkle tree (238 leaves), 1 signed head and 0 access record entries.',
      'OK: no event was altered, removed, reordered or inserted.',
    ]);
    expect(code).toBe(0);
  });
});
