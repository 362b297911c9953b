/**
 * A corrected occurred date, applied to a read-model document. Every occurred date a document
 * keeps sits beside the id of the event it came from, in one of two shapes:
 * - a `When` (`{ eventId, occurredAt, recordedAt }`), with any of the step's own dated fields
 *   beside it (`implementedAt`, `reviewedAt`, `concludedAt`, `stoppedAt`, `closedAt`);
 * - a field `xAt` (or `x`) beside `xEventId` (`startedAt` beside `startedEventId`).
 * Redating moves every date that came from the corrected events, and nothing else.
 */

import type { OccurredDateCorrected } from '../domain/shared/dateCorrection';

const STEP_DATES = ['occurredAt', 'implementedAt', 'reviewedAt', 'concludedAt', 'stoppedAt', 'closedAt'];
const EVENT_ID_SUFFIX = 'EventId';

type Json = unknown;

const redateObject = (value: Record<string, Json>, moved: ReadonlySet<string>, to: string) => {
  const copy: Record<string, Json> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = redateValue(field, moved, to);
  if (typeof value.eventId === 'string' && moved.has(value.eventId))
    for (const key of STEP_DATES) if (key in copy) copy[key] = to;
  for (const [key, field] of Object.entries(value)) {
    if (!key.endsWith(EVENT_ID_SUFFIX) || typeof field !== 'string' || !moved.has(field)) continue;
    const name = key.slice(0, -EVENT_ID_SUFFIX.length);
    copy[`${name}At` in value ? `${name}At` : name] = to;
  }
  return copy;
};

const redateValue = (value: Json, moved: ReadonlySet<string>, to: string): Json => {
  if (Array.isArray(value)) return value.map((item) => redateValue(item, moved, to));
  if (value && typeof value === 'object') return redateObject(value as Record<string, Json>, moved, to);
  return value;
};

/** The document with every date that came from one of `eventIds` moved to `to`. */
export const redated = <T>(document: T, eventIds: readonly string[], to: string): T =>
  redateValue(document, new Set(eventIds), to) as T;

/** The events a correction moves: the one it corrects, and those dated by it. */
export const movedBy = ({ data }: OccurredDateCorrected): string[] => [data.eventId, ...data.followers];

/** The document as it reads once the correction applies. */
export const correctedBy = <T>(document: T, correction: OccurredDateCorrected): T =>
  redated(document, movedBy(correction), correction.data.correctOccurredAt);
