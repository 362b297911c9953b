/**
 * Events once written are kept forever: a ledger file written by an earlier version must open and
 * read correctly with today's code. `test/fixtures/ledger-0.1.0.db` is the demo programme as
 * version 0.1.0 (commit 2b7e35c) recorded it; it is never regenerated. When a change to event
 * types, shapes, stream names or stored values lands, this test shows old files still read.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/infrastructure/config';
import { silentLogger } from '../../src/infrastructure/logger';
import { openLedger, type Ledger } from '../../src/ledger';

const P = 'programme-harrowmere';

describe('a ledger file written by version 0.1.0', () => {
  let folder: string;
  let ledger: Ledger;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ledger-0.1.0-'));
    copyFileSync(join(__dirname, '..', 'fixtures', 'ledger-0.1.0.db'), join(folder, 'ledger.db'));
    const config = loadConfig({ SQLITE_PATH: join(folder, 'ledger.db'), LEDGER_DEMO: 'false' });
    ledger = openLedger(config, { log: silentLogger });
    await ledger.runner.catchUp();
  });
  afterAll(async () => {
    await ledger.close();
    rmSync(folder, { recursive: true, force: true });
  });
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
    expect(at(235)).toMatchObject({
      occurredAt: '2025-11-24',
      actorName: 'Grace Tamsin',
      summary:
        'Decision at the monthly senior leader review of 24 Nov 2025: "Prepare the closing evaluation and hand the blueprint to service leadership".',
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
});
