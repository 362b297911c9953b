/** The pieces of the read models' list queries: a WHERE clause built a condition at a time, cursors. */
import type { HistoryFilter, JourneyFilter } from '../../application/ports/readModelStore';
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

/** The journey rows of a programme that a filter selects. */
export const journeyConditions = (programmeId: string, filter: JourneyFilter): Conditions => {
  const where = conditions('programme_id = ?', programmeId);
  if (filter.kinds?.length) where.add(`kind IN (${filter.kinds.map(() => '?').join(', ')})`, ...filter.kinds);
  if (filter.teamId) where.add('team_id = ?', filter.teamId);
  if (filter.phase) {
    where.add('substr(occurred_at, 1, 10) >= ?', filter.phase.fromDay);
    if (filter.phase.untilDay !== null) where.add('substr(occurred_at, 1, 10) < ?', filter.phase.untilDay);
  }
  if (filter.from) where.add('occurred_at >= ?', filter.from);
  if (filter.to) where.add(notAfter('occurred_at'), filter.to, filter.to);
  if (filter.positions) {
    where.add(`position IN (${filter.positions.map(() => '?').join(', ') || 'NULL'})`, ...filter.positions);
  }
  if (filter.eventIds) {
    where.add(`event_id IN (${filter.eventIds.map(() => '?').join(', ') || 'NULL'})`, ...filter.eventIds);
  }
  return where;
};

/** The history rows of a programme that a filter selects. */
export const historyConditions = (programmeId: string, filter: HistoryFilter): Conditions => {
  const where = conditions('programme_id = ?', programmeId);
  if (filter.types?.length)
    where.add(`event_type IN (${filter.types.map(() => '?').join(', ')})`, ...filter.types);
  if (filter.actorId) where.add('actor_id = ?', filter.actorId);
  if (filter.recordedFrom) where.add('recorded_at >= ?', filter.recordedFrom);
  if (filter.recordedTo) where.add(notAfter('recorded_at'), filter.recordedTo, filter.recordedTo);
  if (filter.occurredTo) where.add(notAfter('occurred_at'), filter.occurredTo, filter.occurredTo);
  return where;
};
