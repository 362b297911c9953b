/**
 * A whole fictional programme walked through the command handler on SQLite, and what the
 * streams then say: the end states, the lineage of the blueprint and the evidence behind it.
 */
import { AGGREGATES, LEDGER_CATEGORIES, type AnyAggregate } from '../src/domain/ledger';
import { streamName } from '../src/domain/shared/decider';
import { isEventMetadata } from '../src/domain/shared/metadata';
import { CommandHandler } from '../src/application/commandHandler';
import { streamCategory, type EventStore } from '../src/application/ports/eventStore';
import { SqlitePersonalDataRegister } from '../src/infrastructure/personalData/sqlitePersonalDataRegister';
import { FENMOOR, PEOPLE, recordFenmoorJourney, SMALL_CHANGE_OUTCOMES } from './support/fenmoorJourney';
import { tempSqliteStore } from './support/tempStore';

const aggregate = (category: string) =>
  AGGREGATES.find((candidate) => candidate.category === category) as AnyAggregate;
const fold = async <S>(store: EventStore, category: string, id: string): Promise<S> => {
  const { events } = await store.readStream(streamName(category, id));
  const { evolve, initialState } = aggregate(category);
  return events.reduce(
    (state, event) =>
      evolve(
        state,
        { type: event.type, data: event.data },
        { eventId: event.id, occurredAt: (event.metadata as { occurredAt: string }).occurredAt },
      ),
    initialState,
  ) as S;
};

describe('a whole programme through the command handler', () => {
  const temp = tempSqliteStore();
  const register = new SqlitePersonalDataRegister(temp.path);

  beforeAll(() => recordFenmoorJourney(new CommandHandler(temp.store), register), 60_000);
  afterAll(async () => {
    await register.close();
    await temp.dispose();
  });

  it('leaves each small change in the end state the programme reached', async () => {
    const expected = {
      kept: 'Reviewed',
      adapted: 'Adapted',
      reverted: 'Reverted',
      declined: 'Declined',
      escalated: 'Escalated',
      implemented: 'Implemented',
    };
    for (const [outcome, ids] of Object.entries(SMALL_CHANGE_OUTCOMES)) {
      for (const id of ids) {
        const state = await fold<{ status: string; lastVerdict?: string }>(temp.store, 'smallChange', id);
        expect([id, state.status]).toEqual([id, expected[outcome as keyof typeof expected]]);
        if (outcome === 'kept') expect(state.lastVerdict).toBe('keep');
      }
    }
  });

  it('turned the escalated small change into a national barrier', async () => {
    expect(await fold(temp.store, 'barrier', 'barrier-assessment-timescales')).toMatchObject({
      status: 'Open',
      scope: 'national',
      programmeId: FENMOOR,
    });
  });

  it('published blueprint versions 1 and 2, the second adapted with rationale and cited evidence', async () => {
    const blueprint = await fold<{
      versions: { version: number; elements: { elementId: string; title: string }[] }[];
    }>(temp.store, 'blueprint', FENMOOR);
    expect(blueprint.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(blueprint.versions[0]!.elements.map((e) => e.title)).toEqual([
      'Duty rota in weekly blocks',
      'Protected visit mornings',
    ]);
    expect(blueprint.versions[1]!.elements.map((e) => e.title)).toEqual([
      'Duty rota in weekly blocks',
      'Flexible protected visit hours',
      'One-page visit notes everywhere',
    ]);
    const { events } = await temp.store.readStream(streamName('blueprint', FENMOOR));
    const revision = events.find((e) => e.type === 'BlueprintElementRevised')!;
    expect(revision.data).toMatchObject({
      rationale: 'A fixed day did not protect time; flexible hours follow the families',
      evidence: [
        { kind: 'experimentConclusion', id: 'experiment-thursdays' },
        { kind: 'reviewDecision', id: 'review-march', decisionId: 'decision-flexible-time' },
      ],
    });
  });

  it('keeps the failed experiment and its learning', async () => {
    const { events } = await temp.store.readStream(streamName('experiment', 'experiment-thursdays'));
    expect(events.at(-1)).toMatchObject({
      type: 'ExperimentConcluded',
      data: { result: 'notSupported', learning: expect.stringContaining('Emergencies cluster') },
    });
  });

  it('keeps the wrong measurement, superseded by its correction', async () => {
    const series = await fold<{ measurements: { toJS(): unknown } }>(
      temp.store,
      'measurements',
      'metric-time',
    );
    expect(series.measurements.toJS()).toMatchObject({
      'measurement-feb': { supersededBy: 'measurement-feb-corrected' },
      'measurement-feb-corrected': { supersededBy: null },
    });
  });

  it('records every event with full metadata, in the ledger’s categories, and no staff name anywhere', async () => {
    const log = await temp.store.readLog();
    expect(log.filter((event) => !isEventMetadata(event.metadata))).toEqual([]);
    expect(new Set(log.map((event) => streamCategory(event.streamName)))).toEqual(new Set(LEDGER_CATEGORIES));
    const everything = JSON.stringify(log.map((event) => [event.data, event.metadata]));
    for (const person of Object.values(PEOPLE)) expect(everything).not.toContain(person.displayName);
    const occurred = log.map((event) => String(event.metadata.occurredAt));
    expect(occurred[0]).toBe('2021-09-01');
    expect(occurred.some((date) => date.startsWith('2022-04'))).toBe(true);
  });
});
