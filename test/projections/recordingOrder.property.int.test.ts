/**
 * The journey is true in business time whatever order facts were recorded in: the same facts of
 * one programme, recorded in any order the domain allows (occurred times fixed), give the same
 * journey, and the read models kept up one command at a time agree with a rebuild from zero.
 */
import fc from 'fast-check';
import { CommandHandler } from '../../src/application/commandHandler';
import { SqliteEventStore } from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { SqliteReadModelStore } from '../../src/infrastructure/readModels/sqliteReadModelStore';
import { LedgerReadModels, type JourneyEntryView } from '../../src/projections/ledgerReadModels';
import { ProjectionRunner } from '../../src/projections/projectionRunner';
import { LEDGER_PROJECTIONS } from '../../src/projections/projections';
import type { ReadModelStore } from '../../src/application/ports/readModelStore';
import { rebuildReadModels } from '../../src/projections/rebuild';
import { legalOrder, P, PROGRAMME_FACTS, type Fact } from '../support/programmeFacts';

const register = {
  lookup: async (ids: readonly string[]) =>
    new Map(
      ids.map((id) => [
        id,
        { status: 'registered' as const, participantId: id, displayName: `Name of ${id}`, contact: null },
      ]),
    ),
};

const readModelsOver = (store: ReadModelStore) =>
  new LedgerReadModels(store, {
    register,
    projections: LEDGER_PROJECTIONS,
    openScratch: () => new SqliteReadModelStore(':memory:'),
  });

/** What a reader sees of each entry; log positions, recorded times and event ids differ by run. */
const readable = (entry: JourneyEntryView) => ({
  occurredAt: entry.occurredAt,
  phaseId: entry.phaseId,
  kind: entry.kind,
  eventType: entry.eventType,
  teamId: entry.teamId,
  summary: entry.summary,
  rationale: entry.rationale,
  actor: [entry.actorId, entry.actorRole, entry.actorName],
  links: entry.links.map((link) => (link.kind === 'event' ? { kind: 'event' } : link)),
});

const journeyOf = async (readModels: LedgerReadModels) =>
  (await readModels.journey(P, {}, { first: 1000 })).items.map(({ node }) => readable(node));

/** Records the facts in this order, projecting after each command; returns the journey then and after a rebuild. */
const recordInOrder = async (order: readonly Fact[]) => {
  const store = new SqliteEventStore({ path: ':memory:' });
  const live = new SqliteReadModelStore(':memory:');
  const rebuilt = new SqliteReadModelStore(':memory:');
  try {
    const handler = new CommandHandler(store);
    const runner = new ProjectionRunner(store, live, LEDGER_PROJECTIONS);
    const eventIds = new Map<string, string>();
    for (const fact of order) {
      const result = await handler.execute(fact.request(eventIds), { actor: fact.by, occurredAt: fact.at });
      eventIds.set(fact.id, result.events[0]!.id);
      await runner.catchUp();
    }
    await rebuildReadModels(store, rebuilt, LEDGER_PROJECTIONS);
    return {
      incremental: await journeyOf(readModelsOver(live)),
      fromZero: await journeyOf(readModelsOver(rebuilt)),
    };
  } finally {
    live.close();
    rebuilt.close();
    await store.close();
  }
};

describe('recording order', () => {
  let reference: Awaited<ReturnType<typeof journeyOf>>;
  beforeAll(async () => {
    reference = (await recordInOrder(legalOrder(PROGRAMME_FACTS.map((fact) => fact.id)))).incremental;
  });

  it('tells the story in business time: corrected dates and late phase starts in place', () => {
    expect(reference).toHaveLength(PROGRAMME_FACTS.length);
    const implemented = reference.find((entry) => entry.eventType === 'SmallChangeImplemented');
    expect(implemented).toMatchObject({ occurredAt: '2025-02-12T09:00:00Z', phaseId: 'smallChanges' });
    const occurred = reference.map((entry) => entry.occurredAt);
    expect(occurred).toEqual([...occurred].sort());
    expect(reference.find((entry) => entry.eventType === 'ExperimentConcluded')?.phaseId).toBe(
      'sensemakingAndBlueprint',
    );
  });

  it('gives the same journey for 200 random legal recording orders, incrementally and rebuilt from zero', async () => {
    const ids = PROGRAMME_FACTS.map((fact) => fact.id);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
        async (preference) => {
          const { incremental, fromZero } = await recordInOrder(legalOrder(preference));
          expect(incremental).toEqual(reference);
          expect(fromZero).toEqual(reference);
        },
      ),
      { numRuns: 200 },
    );
  }, 600_000);
});
