/**
 * What projections read of an `EventRedacted` event (stream `redaction-<eventId>`, written by the
 * audit service): not a ledger event (it is no fact about the programme's items), but the journey
 * tells it. A record only when it names its programme, the event and the fields.
 */
import type { StoredEvent } from '../application/ports/eventStore';
import { isEventMetadata, type EventMetadata } from '../domain/shared/metadata';

export const EVENT_REDACTED = 'EventRedacted';
/** The stream category of redactions (`redaction-<eventId>`). */
export const REDACTION_CATEGORY = 'redaction';

export interface RedactionRecord {
  readonly eventId: string;
  readonly position: bigint;
  readonly metadata: EventMetadata;
  readonly programmeId: string;
  /** The event whose fields were redacted. */
  readonly redactedEventId: string;
  /** JSON pointers into its data, e.g. "/description". */
  readonly fields: readonly string[];
  readonly rationale: string;
  /** The redacted event's type and stream; absent from redactions recorded before they were kept. */
  readonly redactedEventType?: string;
  readonly redactedStream?: string;
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export const toRedactionRecord = (stored: StoredEvent): RedactionRecord | undefined => {
  const data = stored.data as Record<string, unknown>;
  if (stored.type !== EVENT_REDACTED || !isEventMetadata(stored.metadata)) return undefined;
  const { programmeId, eventId, fields, rationale, eventType, stream } = data;
  if (typeof programmeId !== 'string' || typeof eventId !== 'string' || !isStrings(fields)) return undefined;
  return {
    eventId: stored.id,
    position: stored.globalPosition,
    metadata: stored.metadata,
    programmeId,
    redactedEventId: eventId,
    fields,
    rationale: typeof rationale === 'string' ? rationale : '',
    ...(typeof eventType === 'string' ? { redactedEventType: eventType } : {}),
    ...(typeof stream === 'string' ? { redactedStream: stream } : {}),
  };
};
