/**
 * What a snapshot holds (src/application/snapshots). Golden files: each kept aggregate's state,
 * folded from a fixed stream of a fixture ledger and encoded, is compared with the file written for
 * its state version (test/fixtures/snapshots/<category>-v<version>.json). A change to a state's
 * shape, or to what evolve puts in it, fails here until the aggregate's number in STATE_VERSIONS
 * moves (snapshots written before are then ignored); write the new version's file with
 * UPDATE_SNAPSHOT_GOLDEN=1. And every state comes back from its snapshot equal to what was folded.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeState, encodeState, type Encoded } from '../../src/application/snapshots/stateCodec';
import { STATE_VERSIONS } from '../../src/application/snapshots/snapshots';
import { AGGREGATES } from '../../src/domain/ledger';
import { SqliteEventStore } from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';

const FIXTURES = join(__dirname, '..', 'fixtures');
/** The longest stream of each kept category in the fixture ledger written by main at 0775b13. */
const STREAMS: Readonly<Record<string, string>> = {
  programme: 'programme-harrowmere',
  blueprint: 'blueprint-programme-harrowmere',
  measurements: 'measurements-metric-time-with-families',
};

let folder: string;
let store: SqliteEventStore;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ledger-snapshot-states-'));
  copyFileSync(join(FIXTURES, 'ledger-0775b13.db'), join(folder, 'ledger.db'));
  store = new SqliteEventStore({ path: join(folder, 'ledger.db') });
});
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

const folded = async (category: string) => {
  const aggregate = AGGREGATES.find((candidate) => candidate.category === category)!;
  const { events } = await store.readStream(STREAMS[category]!);
  const state = events.reduce(
    (current, event) =>
      aggregate.evolve(current, { type: event.type, data: event.data } as never, {
        eventId: event.id,
        occurredAt: event.metadata.occurredAt as string,
      }),
    aggregate.initialState,
  );
  return { state, events: events.length };
};

describe('the states kept in snapshots', () => {
  it('are the aggregates whose streams grow with the programme, each with a fixed stream here', () => {
    expect(Object.keys(STATE_VERSIONS).sort()).toEqual(Object.keys(STREAMS).sort());
  });

  it.each(Object.keys(STREAMS))(
    'encode the %s state as its version’s golden file says (move its version when this fails)',
    async (category) => {
      const { state, events } = await folded(category);
      const text = `${JSON.stringify(encodeState(state), null, 1)}\n`;
      const golden = join(FIXTURES, 'snapshots', `${category}-v${STATE_VERSIONS[category]}.json`);
      if (process.env.UPDATE_SNAPSHOT_GOLDEN === '1' && !existsSync(golden)) writeFileSync(golden, text);
      expect(events).toBeGreaterThan(8);
      expect(text).toBe(readFileSync(golden, 'utf8'));
    },
  );

  it.each(Object.keys(STREAMS))(
    'come back from a snapshot equal to the folded %s state',
    async (category) => {
      const { state } = await folded(category);
      const text = JSON.stringify(encodeState(state));
      const back = decodeState(JSON.parse(text) as Encoded);
      expect(back).toEqual(state);
      expect(JSON.stringify(encodeState(back))).toBe(text);
    },
  );
});
