/**
 * Reads as of a past time from kept bases give exactly the full refold's answer, on both axes, for
 * any sequence of instants asked in any order (bases made, reused with a short fold, replaced and
 * dropped), over the demo's two programmes as main at 0775b13 recorded them (a derived blueprint,
 * corrected dates, late records) and over random histories whose recorded times sometimes go
 * back, read while they are being recorded.
 */
import fc from 'fast-check';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandHandler } from '../../src/application/commandHandler';
import { SqliteEventStore } from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { SqliteReadModelStore } from '../../src/infrastructure/readModels/sqliteReadModelStore';
import { AsOfBases } from '../../src/projections/asOfBases';
import { LedgerReadModels } from '../../src/projections/ledgerReadModels';
import { ProjectionRunner } from '../../src/projections/projectionRunner';
import { LEDGER_PROJECTIONS } from '../../src/projections/projections';
import type { AsOf } from '../../src/projections/timeTravel';
import { recordRandomHistory } from '../support/randomHistory';

const register = { lookup: async () => new Map() };
const COLLECTIONS = ['smallChange', 'experiment', 'barrier', 'review', 'metric', 'surveyRound'] as const;

/** Everything a reader can see of a programme as of the instant: its documents, journey and history. */
const everything = (programmeId: string) => async (past: LedgerReadModels) => ({
  programme: past.programme(programmeId) ?? null,
  overview: past.overview(programmeId),
  blueprint: past.blueprint(programmeId) ?? null,
  collections: COLLECTIONS.map((collection) => past.documents(collection, programmeId)),
  feedbackRounds: past.documents('feedbackRound', programmeId),
  programmes: past.programmes().map((programme) => programme.programmeId),
  journey: (await past.journey(programmeId, {}, { first: 100_000 })).items.map(({ node }) => node),
  history: (await past.history(programmeId, {}, { first: 100_000 })).items.map(({ node }) => node),
});

/** The answer, or the error a reader gets (a programme not launched by then is not found). */
const outcome = (readModels: LedgerReadModels, programmeId: string, instant: AsOf) =>
  readModels.asOf(programmeId, instant, everything(programmeId)).then(
    (answer) => ({ answer }),
    (error: unknown) => ({ error: String(error) }),
  );

/** The same live read models read two ways: through kept bases (small ones, to use every path) and by the full refold. */
const twoWays = (live: SqliteReadModelStore, tail: number) => {
  const options = {
    register,
    projections: LEDGER_PROJECTIONS,
    openScratch: () => new SqliteReadModelStore(':memory:'),
  };
  const bases = new AsOfBases({
    open: () => new SqliteReadModelStore(':memory:'),
    build: () => live.build(),
    projections: LEDGER_PROJECTIONS,
    keep: 2,
    tail,
    chunk: 5,
  });
  return {
    kept: new LedgerReadModels(live, { ...options, asOfBases: bases }),
    refold: new LedgerReadModels(live, options),
  };
};

/** Asks both ways, one instant after another, and expects the same answer. */
const expectSameAnswers = async (
  live: SqliteReadModelStore,
  tail: number,
  asked: readonly [string, AsOf][],
) => {
  const { kept, refold } = twoWays(live, tail);
  for (const [programmeId, instant] of asked) {
    const fromBases = await outcome(kept, programmeId, instant);
    const fromZero = await outcome(refold, programmeId, instant);
    expect({ programmeId, instant, ...fromBases }).toEqual({ programmeId, instant, ...fromZero });
  }
};

/**
 * Instants close to one another (so that bases are reused with short folds): around an anchor in
 * the log, each a recorded time there or a millisecond before it, or an occurred date there.
 */
const instantsOf = async (store: SqliteEventStore) => {
  const events = await store.readLog({ maxCount: 100_000 });
  const meta = events.map((event) => event.metadata as { recordedAt: string; occurredAt: string });
  const instant = (anchor: number, [offset, occurred, early]: [number, boolean, boolean]): AsOf => {
    const at = meta[Math.min(meta.length - 1, Math.max(0, anchor + offset))]!;
    if (occurred) return { occurredAt: at.occurredAt.slice(0, 10) };
    return { recordedAt: early ? new Date(Date.parse(at.recordedAt) - 1).toISOString() : at.recordedAt };
  };
  const near = fc.tuple(fc.integer({ min: -12, max: 12 }), fc.boolean(), fc.boolean());
  return { count: meta.length, instant, near };
};

describe('reads as of a past time from kept bases', () => {
  const folder = mkdtempSync(join(tmpdir(), 'as-of-bases-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('answer as the full refold does over the demo ledger of 0775b13, on both axes', async () => {
    copyFileSync(join(__dirname, '..', 'fixtures', 'ledger-0775b13.db'), join(folder, 'demo.db'));
    const store = new SqliteEventStore({ path: join(folder, 'demo.db') });
    const live = new SqliteReadModelStore(':memory:');
    await new ProjectionRunner(store, live, LEDGER_PROJECTIONS).catchUp();
    const { count, instant, near } = await instantsOf(store);
    const programme = fc.constantFrom(...live.programmeIds());
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: count - 1 }),
        fc.array(fc.tuple(programme, near), { minLength: 1, maxLength: 10 }),
        fc.constantFrom(3, 40, 1000),
        (anchor, asked, tail) =>
          expectSameAnswers(
            live,
            tail,
            asked.map(([programmeId, around]) => [programmeId, instant(anchor, around)]),
          ),
      ),
      { numRuns: 25 },
    );
    live.close();
    await store.close();
  }, 600_000);

  it('answer as the full refold does while a random history is being recorded, recorded times going back now and then', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        async (seed, ask) => {
          const store = new SqliteEventStore({ path: ':memory:' });
          const live = new SqliteReadModelStore(':memory:');
          const runner = new ProjectionRunner(store, live, LEDGER_PROJECTIONS);
          let minute = 0;
          // Mostly a minute later; one time in five, an hour earlier (a server clock set back).
          const clock = () =>
            new Date(Date.UTC(2030, 0, 1) + (minute += (minute * 7 + seed) % 5 === 0 ? -60 : 1) * 60_000);
          const { kept, refold } = twoWays(live, (seed % 3) * 20 + 3);
          let commands = 0;
          await recordRandomHistory(new CommandHandler(store, { clock }), {
            programmes: 1,
            steps: 40,
            seed,
            afterCommand: async () => {
              await runner.catchUp();
              if ((commands += 1) % 9 !== ask % 9) return;
              const head = await store.readLog({ maxCount: 100_000 });
              // Mostly near the head of the log, as a reader following it would ask.
              const at = head[Math.max(0, head.length - 1 - ((ask + commands) % 12))]!.metadata as {
                recordedAt: string;
                occurredAt: string;
              };
              for (const instant of [{ recordedAt: at.recordedAt }, { occurredAt: at.occurredAt }]) {
                const programmeId = 'programme-random-1';
                const fromBases = await kept.asOf(programmeId, instant, everything(programmeId));
                const fromZero = await refold.asOf(programmeId, instant, everything(programmeId));
                expect(fromBases).toEqual(fromZero);
              }
            },
          });
          live.close();
          await store.close();
        },
      ),
      { numRuns: 4 },
    );
  }, 600_000);
});
