/**
 * Statements whose SQL is put together per request (a list's filters, an IN list of ids) prepared
 * once per distinct text and kept: preparing one cost about as much as running it. The least
 * recently used are dropped beyond a bound, so no caller can grow the cache without end.
 */
import type Database from 'better-sqlite3';

export const KEPT_STATEMENTS = 200;

export const preparedStatements = (db: Database.Database, bound = KEPT_STATEMENTS) => {
  const kept = new Map<string, Database.Statement>();
  return (sql: string): Database.Statement => {
    let statement = kept.get(sql);
    if (statement) kept.delete(sql);
    else statement = db.prepare(sql);
    kept.set(sql, statement);
    if (kept.size > bound) kept.delete(kept.keys().next().value!);
    return statement;
  };
};
