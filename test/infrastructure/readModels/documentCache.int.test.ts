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
