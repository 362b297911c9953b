/**
 * Events once written are kept forever. `test/fixtures/ledger-0775b13.db` is the demo as main at
 * commit 0775b13 recorded it: both programmes, with issue 21's events (feedback rounds, decisions
 * cited, failures with their learning, element implementation, team moves, measurements per team,
 * a derived blueprint, written outputs delivered), the Merkle tree with one signed head and the
 * register; the key that signed its head is beside it (a fixture key that signs nothing else).
 * It is never regenerated: later changes to event types, shapes or stored values keep it readable.
 */
import { failuresOf } from '../../src/projections/failures';
import { feedbackRoundsOf } from '../../src/projections/staffFeedback';

import { openLedgerFixture, type LedgerFixture } from '../support/ledgerFixture';

const P = 'programme-harrowmere';
describe('a ledger file written by main at 0775b13', () => {
  let fixture: LedgerFixture;
  beforeAll(
    async () => (fixture = await openLedgerFixture('ledger-0775b13.db', 'ledger-0775b13-signing-key.pem')),
  );
  afterAll(() => fixture.close());
  const ledger = () => fixture.ledger;
  const models = () => ledger().services.readModels;

  it('reads both programmes and tells their journeys', async () => {
    expect(
      models()
        .programmes()
        .map(({ programmeId }) => programmeId),
    ).toEqual(['programme-harrowmere', 'programme-oakbrook']);
    const journey = await models().journey(P, {}, { first: 1000 });
    expect(journey.items).toHaveLength(287);
    expect(journey.items[200]!.node).toMatchObject({
      eventType: 'MeasurementRecorded',
      occurredAt: '2025-05-09',
      actorName: 'Sam Ferrow',
      summary:
        '"% of time with families" measured at 20 % in Adolescent safety for 26 Apr 2025 to 9 May 2025.',
    });
    const oakbrook = await models().journey('programme-oakbrook', {}, { first: 100 });
    expect(oakbrook.items).toHaveLength(19);
    expect(oakbrook.items.at(-1)!.node.summary).toBe(
      'Blueprint version 1 published, endorsed by 1 practitioner and 1 manager: Harrowmere’s blueprint, adapted to a rural family support team.',
    );
  });

  it("reads issue 21's facts: failures with their learning, feedback rounds, elements implemented", () => {
    expect(failuresOf(models(), P).map(({ kind, occurredAt }) => [kind, occurredAt])).toEqual([
      ['smallChangeDeclined', '2024-10-29'],
      ['smallChangeDeclined', '2024-10-29'],
      ['smallChangeReverted', '2024-11-25'],
      ['smallChangeReverted', '2024-11-25'],
      ['experimentStopped', '2025-03-03'],
      ['experimentNotSupported', '2025-03-24'],
      ['escalationClosedWithoutResult', '2025-06-16'],
      ['barrierNotResolved', '2025-07-14'],
      ['blueprintElementRetired', '2025-11-03'],
    ]);
    expect(
      feedbackRoundsOf(models(), P).map(({ heldAt, answered, answeredByUs }) => [
        heldAt,
        answered,
        answeredByUs,
      ]),
    ).toEqual([
      ['2024-11-18', 13, true],
      ['2025-02-17', 15, true],
      ['2025-06-02', 12, false],
    ]);
    const blueprint = models().blueprint(P)!;
    expect(
      blueprint.elements.map(({ elementId }) => [elementId, blueprint.implementation[elementId]?.status]),
    ).toEqual([
      ['element-rota-blocks', 'implemented'],
      ['element-visit-mornings', 'implemented'],
      ['element-one-note', 'implemented'],
      ['element-pulse-survey', 'implemented'],
      ['element-supervisor-sign-off', 'retired'],
      ['element-relational-check-ins', 'planned'],
    ]);
  });

  it('keeps its signed head and verifies offline against the key that signed it', async () => {
    expect(await ledger().services.audit.proofs.digest(false)).toMatchObject({
      treeSize: 306,
      rootHash: '36ea34a9c1942c3c616bd2c3bffdf2ce5cd60cb27b083ff53b084ce9529684da',
      keyId: '45067e2387babe34',
      signedAt: '2026-12-01T08:01:55.002Z',
      signature: 'AKdvDqq6f/H+AKbM5O8i2DTAkq2jGkYAfgMaOD3BzL8MbwXjprIOx726wdKSsSwlIq6Pash6+ojNw0fBwndTCw==',
    });
    const { code, lines } = await fixture.verifyOffline();
    expect(lines).toEqual([
      'Checked 306 events against the Merkle tree (306 leaves), 1 signed head and 0 access record entries.',
      'OK: no event was altered, removed, reordered or inserted.',
    ]);
    expect(code).toBe(0);
  });
});
