/**
 * A read-models file laid out by an earlier version of the ledger is not read: version 3 kept every
 * review held in the programme's document (`tallies.reviews`), version 4 keeps the last review only.
 * Opened by this version, such a file is emptied, checkpoints and all, and given a new build, so the
 * runner folds the log again from its start and no document of the old shape is ever served.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { READ_MODEL_VERSION } from '../../../src/infrastructure/readModels/schema';
import { SqliteReadModelStore } from '../../../src/infrastructure/readModels/sqliteReadModelStore';

const folder = mkdtempSync(join(tmpdir(), 'ledger-read-model-version-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const held = { reviewId: 'r-1', kind: 'monthlySeniorLeaderReview', heldAt: '2022-03-01', decisions: 0 };
/** A programme's document as version 3 wrote it. */
const version3Programme = { programmeId: 'p1', tallies: { reviews: { 'r-1': held }, lastReview: held } };

/** A read-models file holding a version-3 programme document, labelled with the version given. */
const fileLabelled = (version: string) => {
  const path = join(folder, `read-models-${version}.db`);
  const store = new SqliteReadModelStore(path);
  store.commit(
    (target) => target.put('programme', 'p1', 'p1', version3Programme),
    new Map([['programme', 41n]]),
  );
  const build = store.build();
  store.close();
  const db = new Database(path);
  db.prepare(`UPDATE read_model_info SET value = ? WHERE key = 'version'`).run(version);
  db.close();
  return { path, build };
};

describe('a read-models file from another version', () => {
  it('is kept as it is when it was laid out by this version', () => {
    const { path, build } = fileLabelled(READ_MODEL_VERSION);
    const reopened = new SqliteReadModelStore(path);
    expect(reopened.document('programme', 'p1', 'p1')).toEqual(version3Programme);
    expect(reopened.checkpoint('programme')).toBe(41n);
    expect(reopened.build()).toBe(build);
    reopened.close();
  });

  it('is emptied, checkpoints too, and starts a new build when version 3 laid it out', () => {
    const { path, build } = fileLabelled('3');
    const reopened = new SqliteReadModelStore(path);
    expect(reopened.document('programme', 'p1', 'p1')).toBeUndefined();
    expect(reopened.checkpoint('programme')).toBeUndefined();
    expect(reopened.build()).not.toBe(build);
    reopened.close();
  });
});
