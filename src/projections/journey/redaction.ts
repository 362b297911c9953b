/**
 * A redaction in the journey: who redacted which fields of which entry, when, and why. The
 * `EventRedacted` event (stream `redaction-<eventId>`, written by the audit service) is not a fact
 * about the programme's items, so it is not a ledger event; the journey tells it all the same, in
 * words, and never with the value that was redacted (the event does not hold it).
 */
import type { JourneyEntry } from '../../application/ports/readModelStore';
import { ITEM_KINDS, type ItemKind } from '../../domain/shared/dateCorrection';
import { EVENT_REDACTED, type RedactionRecord } from '../redactionRecord';
import { listOf, words } from '../words';

export {
  EVENT_REDACTED,
  REDACTION_CATEGORY,
  toRedactionRecord,
  type RedactionRecord,
} from '../redactionRecord';

/** "/hypothesis/ifWe" → "hypothesis if we"; "/quotes/2" → "quotes 3" (counted from one, as people count). */
export const fieldWords = (pointer: string): string =>
  pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((token) => (/^\d+$/.test(token) ? String(Number(token) + 1) : words(token)))
    .join(' ');

/** The kind of item the redacted event belongs to, from its stream; a programme when unknown. */
const kindOfStream = (stream: string | undefined): ItemKind => {
  const category = stream?.split('-')[0];
  return (ITEM_KINDS as readonly string[]).includes(category ?? '') ? (category as ItemKind) : 'programme';
};

export const redactionJourneyEntry = (record: RedactionRecord): JourneyEntry => {
  const { metadata, redactedEventType, fields } = record;
  const entry = redactedEventType ? `the "${words(redactedEventType)}" entry` : 'an earlier entry';
  const named = listOf(fields.map((field) => `"${fieldWords(field)}"`));
  return {
    position: record.position,
    eventId: record.eventId,
    programmeId: record.programmeId,
    occurredAt: metadata.occurredAt,
    recordedAt: metadata.recordedAt,
    actorId: metadata.actorId,
    actorRole: metadata.actorRole,
    kind: kindOfStream(record.redactedStream),
    eventType: EVENT_REDACTED,
    teamId: null,
    summary: `Redacted: the ${named} ${fields.length === 1 ? 'field' : 'fields'} of ${entry} now ${
      fields.length === 1 ? 'reads' : 'read'
    } "[redacted]".`,
    rationale: record.rationale || null,
    links: [{ kind: 'event', id: record.redactedEventId }],
  };
};
