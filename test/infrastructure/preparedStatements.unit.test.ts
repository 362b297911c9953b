/**
 * Lists' SQL is put together per request; preparing it again each time cost as much as running it
 * (issue 14). Each distinct text is prepared once and kept, within a bound.
 */
import Database from 'better-sqlite3';
import { preparedStatements } from '../../src/infrastructure/preparedStatements';

const counting = () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (n INTEGER)');
  const prepared: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  return { db, prepared };
};

describe('statements prepared once per distinct SQL', () => {
  it('prepares a text once and gives the same statement back, which still answers', () => {
    const { db, prepared } = counting();
    const statement = preparedStatements(db);
    db.exec('INSERT INTO t VALUES (1), (2), (3)');
    const count = 'SELECT COUNT(*) FROM t WHERE n > ?';
    expect(statement(count).pluck().get(1)).toBe(2);
    expect(statement(count).pluck().get(2)).toBe(1);
    expect(statement('SELECT MAX(n) FROM t').pluck().get()).toBe(3);
    expect(prepared).toEqual([count, 'SELECT MAX(n) FROM t']);
    db.close();
  });

  it('keeps at most the bound, dropping the least recently used', () => {
    const { db, prepared } = counting();
    const statement = preparedStatements(db, 2);
    for (const sql of ['SELECT 1', 'SELECT 2', 'SELECT 1', 'SELECT 3', 'SELECT 1', 'SELECT 2'])
      statement(sql);
    // SELECT 2 was the least recently used when SELECT 3 came, so it is prepared again.
    expect(prepared).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
    db.close();
  });
});
