/**
 * Journey pages of up to 100 entries are kept between reads (issue 14: a dashboard asks for the same
 * page again and again). What a reader sees must still be what the file holds: after this store adds
 * an entry to the programme's journey or moves one (a corrected date), with no document written in
 * the same commit, after another connection's commit, and for each filter and cursor its own page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JourneyEntry, JourneyFilter, PageRequest } from '../../../src/application/ports/readModelStore';
import { SqliteReadModelStore } from '../../../src/infrastructure/readModels/sqliteReadModelStore';

const folder = mkdtempSync(join(tmpdir(), 'ledger-journey-pages-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const freshPath = () => join(folder, `read-models-${(files += 1)}.db`);

const entry = (
  programmeId: string,
  position: number,
  occurredAt: string,
  kind = 'smallChange',
): JourneyEntry =>
  ({
    position: BigInt(position),
    eventId: `event-${position}`,
    programmeId,
    occurredAt,
    recordedAt: '2022-06-01T12:00:00.000Z',
    actorId: 'person-lead',
    actorRole: 'leader',
    kind,
    eventType: kind === 'review' ? 'ReviewHeld' : 'SmallChangeProposed',
    teamId: null,
    summary: `Step ${position}`,
    rationale: null,
    links: [],
  }) as JourneyEntry;

/** Journey rows only: no document is written in these commits. */
const add = (store: SqliteReadModelStore, ...entries: JourneyEntry[]) =>
  store.commit((target) => entries.forEach((one) => target.addJourneyEntry(one)), new Map());

const summaries = (
  store: SqliteReadModelStore,
  programmeId: string,
  page: PageRequest = { first: 2 },
  filter: JourneyFilter = {},
) => store.journey(programmeId, filter, page).items.map(({ node }) => node.summary);

describe('journey pages kept between reads', () => {
  it('show an entry this store adds to the journey since the last read', () => {
    const store = new SqliteReadModelStore(freshPath());
    add(store, entry('p1', 1, '2022-02-01'), entry('p1', 2, '2022-03-01'));
    expect(summaries(store, 'p1')).toEqual(['Step 1', 'Step 2']);
    add(store, entry('p1', 3, '2022-01-15'));
    expect(summaries(store, 'p1')).toEqual(['Step 3', 'Step 1']);
    store.close();
  });

  it('show an entry this store moves to its corrected date since the last read', () => {
    const store = new SqliteReadModelStore(freshPath());
    add(store, entry('p1', 1, '2022-02-01'), entry('p1', 2, '2022-03-01'), entry('p1', 3, '2022-04-01'));
    expect(summaries(store, 'p1')).toEqual(['Step 1', 'Step 2']);
    store.commit((target) => target.moveJourneyEntries('p1', ['event-3'], '2022-01-10'), new Map());
    expect(summaries(store, 'p1')).toEqual(['Step 3', 'Step 1']);
    store.close();
  });

  it('show what another connection to the same file added since the last read', () => {
    const path = freshPath();
    const reader = new SqliteReadModelStore(path);
    const writer = new SqliteReadModelStore(path);
    add(writer, entry('p1', 1, '2022-02-01'));
    expect(summaries(reader, 'p1')).toEqual(['Step 1']);
    add(writer, entry('p1', 2, '2022-01-01'));
    expect(summaries(reader, 'p1')).toEqual(['Step 2', 'Step 1']);
    writer.close();
    reader.close();
  });

  it("keep another programme's page when this programme's journey grows, and show it when its own does", () => {
    const store = new SqliteReadModelStore(freshPath());
    add(store, entry('p1', 1, '2022-02-01'), entry('p2', 2, '2022-02-01'));
    expect(summaries(store, 'p2')).toEqual(['Step 2']);
    add(store, entry('p1', 3, '2022-01-01'));
    expect(summaries(store, 'p1')).toEqual(['Step 3', 'Step 1']);
    expect(summaries(store, 'p2')).toEqual(['Step 2']);
    add(store, entry('p2', 4, '2022-01-01'));
    expect(summaries(store, 'p2')).toEqual(['Step 4', 'Step 2']);
    store.close();
  });

  it('give each filter, page size and cursor its own page', () => {
    const store = new SqliteReadModelStore(freshPath());
    add(
      store,
      entry('p1', 1, '2022-02-01'),
      entry('p1', 2, '2022-03-01', 'review'),
      entry('p1', 3, '2022-04-01'),
    );
    const first = store.journey('p1', {}, { first: 1 });
    expect(first.items.map(({ node }) => node.summary)).toEqual(['Step 1']);
    expect(summaries(store, 'p1', { first: 3 })).toEqual(['Step 1', 'Step 2', 'Step 3']);
    expect(summaries(store, 'p1', { first: 1, after: first.items[0]!.cursor })).toEqual(['Step 2']);
    expect(summaries(store, 'p1', { first: 3 }, { kinds: ['review'] })).toEqual(['Step 2']);
    expect(summaries(store, 'p1', { first: 3 }, { positions: [3n, 1n] })).toEqual(['Step 1', 'Step 3']);
    expect(summaries(store, 'p1', { first: 3 }, { positions: [2n] })).toEqual(['Step 2']);
    store.close();
  });

  it('count the whole list on each read, whatever page is kept', () => {
    const store = new SqliteReadModelStore(freshPath());
    add(store, entry('p1', 1, '2022-02-01'), entry('p1', 2, '2022-03-01'));
    expect(store.journey('p1', {}, { first: 1 }).totalCount).toBe(2);
    add(store, entry('p1', 3, '2022-04-01'));
    const page = store.journey('p1', {}, { first: 1 });
    expect([page.totalCount, page.hasNextPage, page.hasPreviousPage]).toEqual([3, true, false]);
    store.close();
  });
});
