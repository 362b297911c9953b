/** The pieces of the read models' list queries: a WHERE clause built a condition at a time, cursors. */
import { ValidationError } from '../../domain/shared/errors';

export interface JourneyRow {
  position: bigint;
  body: string;
}
export interface HistoryRow {
  position: bigint;
  body: string;
}

/** "On or before" a date includes the whole day: compare only as much of the stored time as was given. */
export const notAfter = (column: string) => `substr(${column}, 1, length(?)) <= ?`;

/** A WHERE clause built up one condition at a time, with its parameters in order. */
export const conditions = (first: string, ...firstParams: unknown[]) => {
  const parts = [first];
  const params = [...firstParams];
  return {
    params,
    add: (condition: string, ...values: unknown[]) => {
      parts.push(condition);
      params.push(...values);
    },
    sql: () => parts.join(' AND '),
  };
};
export type Conditions = ReturnType<typeof conditions>;

export const positionIn = (cursorPart: string): bigint => {
  if (!/^\d+$/.test(cursorPart)) throw new ValidationError('CursorFromThisList', 'The cursor is damaged');
  return BigInt(cursorPart);
};
