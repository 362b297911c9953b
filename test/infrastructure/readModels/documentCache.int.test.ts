/**
 * Read-model documents are parsed once and kept between reads (issue 14: the overview spent most
 * of its time parsing them). What a reader sees must still be what the file holds: after this
 * store's own commit, after another connection's (a CLI sharing the file), and whatever an earlier
 * reader tried to do to its copy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadModelStore } from '../../../src/infrastructure/readModels/sqliteReadModelStore';

interface Tally {
  readonly name: string;
  readonly implemented: number;
}

const folder = mkdtempSync(join(tmpdir(), 'ledger-document-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const freshPath = () => join(folder, `read-models-${(files += 1)}.db`);

const put = (store: SqliteReadModelStore, id: string, implemented: number) =>
  store.commit(
    (target) => target.put<Tally>('programme', 'p1', id, { name: `Tally ${id}`, implemented }),
    new Map(),
  );

describe('parsed documents kept between reads', () => {
  it('shows what this store committed since the last read', () => {
    const store = new SqliteReadModelStore(freshPath());
    put(store, 'a', 1);
    expect(store.document<Tally>('programme', 'p1', 'a')).toEqual({ name: 'Tally a', implemented: 1 });
    expect(store.documents<Tally>('programme', 'p1').map((tally) => tally.implemented)).toEqual([1]);
    put(store, 'a', 2);
    put(store, 'b', 5);
    expect(store.document<Tally>('programme', 'p1', 'a')).toEqual({ name: 'Tally a', implemented: 2 });
    expect(store.documents<Tally>('programme', 'p1').map((tally) => tally.implemented)).toEqual([2, 5]);
    store.close();
  });

  it('shows what another connection to the same file committed since the last read', () => {
    const path = freshPath();
    const reader = new SqliteReadModelStore(path);
    const writer = new SqliteReadModelStore(path);
    put(writer, 'a', 1);
    expect(reader.document<Tally>('programme', 'p1', 'a')?.implemented).toBe(1);
    expect(reader.document<Tally>('programme', 'p1', 'b')).toBeUndefined();
    put(writer, 'a', 3);
    put(writer, 'b', 4);
    expect(reader.document<Tally>('programme', 'p1', 'a')?.implemented).toBe(3);
    expect(reader.document<Tally>('programme', 'p1', 'b')?.implemented).toBe(4);
    writer.close();
    reader.close();
  });

  it('forgets everything on a reset (a rebuild from zero)', () => {
    const store = new SqliteReadModelStore(freshPath());
    put(store, 'a', 1);
    expect(store.document<Tally>('programme', 'p1', 'a')?.implemented).toBe(1);
    store.reset();
    expect(store.document<Tally>('programme', 'p1', 'a')).toBeUndefined();
    expect(store.documents<Tally>('programme', 'p1')).toEqual([]);
    store.close();
  });

  it('shows a document as it was once a tentative fold onto it is undone (an as-of read on a kept base)', async () => {
    const store = new SqliteReadModelStore(freshPath());
    put(store, 'a', 1);
    const during = await store.tentatively(async () => {
      put(store, 'a', 7);
      return store.document<Tally>('programme', 'p1', 'a')?.implemented;
    });
    expect(during).toBe(7);
    expect(store.document<Tally>('programme', 'p1', 'a')).toEqual({ name: 'Tally a', implemented: 1 });
    expect(store.documents<Tally>('programme', 'p1').map((tally) => tally.implemented)).toEqual([1]);
    store.close();
  });

  it('gives no reader a way to change what the next reader sees', () => {
    const store = new SqliteReadModelStore(freshPath());
    put(store, 'a', 1);
    const first = store.document<{ name: string; implemented: number }>('programme', 'p1', 'a')!;
    expect(() => (first.implemented = 99)).toThrow(TypeError);
    const list = store.documents<Tally>('programme', 'p1');
    list.push({ name: 'Added by a reader', implemented: 0 });
    expect(store.document<Tally>('programme', 'p1', 'a')).toEqual({ name: 'Tally a', implemented: 1 });
    expect(store.documents<Tally>('programme', 'p1')).toEqual([{ name: 'Tally a', implemented: 1 }]);
    store.close();
  });
});

describe("values computed from a programme's documents (the overview), kept between reads", () => {
  const putIn = (store: SqliteReadModelStore, programmeId: string, id: string, implemented: number) =>
    store.commit(
      (target) => target.put<Tally>('programme', programmeId, id, { name: `Tally ${id}`, implemented }),
      new Map(),
    );
  /** The total implemented across the programme's tallies, and how many times it was computed. */
  const totalOf = (store: SqliteReadModelStore, programmeId: string, computed: string[]) =>
    store.derived('total', programmeId, () => {
      computed.push(programmeId);
      return store
        .documents<Tally>('programme', programmeId)
        .reduce((sum, tally) => sum + tally.implemented, 0);
    });

  it('are computed once while nothing changes, again once this store writes a document of the programme', () => {
    const store = new SqliteReadModelStore(freshPath());
    const computed: string[] = [];
    putIn(store, 'p1', 'a', 2);
    putIn(store, 'p2', 'z', 40);
    expect(totalOf(store, 'p1', computed)).toBe(2);
    expect(totalOf(store, 'p1', computed)).toBe(2);
    expect(computed).toEqual(['p1']);
    // Another programme's document changes: p1's total is kept.
    putIn(store, 'p2', 'z', 41);
    expect(totalOf(store, 'p1', computed)).toBe(2);
    expect(computed).toEqual(['p1']);
    putIn(store, 'p1', 'b', 5);
    expect(totalOf(store, 'p1', computed)).toBe(7);
    expect(totalOf(store, 'p2', computed)).toBe(41);
    expect(computed).toEqual(['p1', 'p1', 'p2']);
    store.close();
  });

  it('are computed again once another connection to the same file writes', () => {
    const path = freshPath();
    const reader = new SqliteReadModelStore(path);
    const writer = new SqliteReadModelStore(path);
    const computed: string[] = [];
    putIn(writer, 'p1', 'a', 2);
    expect(totalOf(reader, 'p1', computed)).toBe(2);
    putIn(writer, 'p1', 'a', 9);
    expect(totalOf(reader, 'p1', computed)).toBe(9);
    expect(computed).toEqual(['p1', 'p1']);
    writer.close();
    reader.close();
  });

  it("are computed again when this store writes, after one computed just after another connection's write", () => {
    const path = freshPath();
    const reader = new SqliteReadModelStore(path);
    const writer = new SqliteReadModelStore(path);
    const computed: string[] = [];
    putIn(reader, 'p1', 'a', 2);
    expect(totalOf(reader, 'p1', computed)).toBe(2);
    putIn(writer, 'p1', 'b', 3);
    expect(totalOf(reader, 'p1', computed)).toBe(5);
    putIn(reader, 'p1', 'a', 10);
    expect(totalOf(reader, 'p1', computed)).toBe(13);
    expect(computed).toEqual(['p1', 'p1', 'p1']);
    writer.close();
    reader.close();
  });

  it('are forgotten beyond the bound, the least recently read first, and computed again when asked', () => {
    const store = new SqliteReadModelStore(freshPath());
    putIn(store, 'p1', 'a', 2);
    const computed: string[] = [];
    const value = (name: string) => store.derived(name, 'p1', () => (computed.push(name), name.length));
    value('first');
    for (let i = 0; i < 500; i += 1) value(`other ${i}`);
    value('first');
    expect(computed.filter((name) => name === 'first')).toHaveLength(2);
    putIn(store, 'p1', 'a', 3);
    value('first');
    expect(computed.filter((name) => name === 'first')).toHaveLength(3);
    store.close();
  });

  it('are frozen, so no reader can change what the next reader sees', () => {
    const store = new SqliteReadModelStore(freshPath());
    putIn(store, 'p1', 'a', 2);
    const first = store.derived('pair', 'p1', () => ({ implemented: 2 }));
    expect(() => (first.implemented = 99)).toThrow(TypeError);
    expect(store.derived('pair', 'p1', () => ({ implemented: 0 }))).toEqual({ implemented: 2 });
    store.close();
  });
});
