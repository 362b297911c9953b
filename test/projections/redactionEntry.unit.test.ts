/**
 * A redaction's journey entry, from the EventRedacted event as stored: in words, with the rationale,
 * and for a redaction recorded before the event kept which entry it was, a reading that still makes sense.
 */
import type { StoredEvent } from '../../src/application/ports/eventStore';
import { redactionJourneyEntry, toRedactionRecord } from '../../src/projections/journey/redaction';

const stored = (data: Record<string, unknown>): StoredEvent => ({
  id: 'redaction-event-1',
  type: 'EventRedacted',
  data,
  metadata: {
    actorId: 'admin-1',
    actorRole: 'admin',
    occurredAt: '2025-03-14T10:00:00.000Z',
    recordedAt: '2025-03-14T10:00:00.000Z',
    correlationId: 'c1',
    causationId: 'c1',
    commandId: 'c1',
    schemaVersion: 1,
  },
  streamName: 'redaction-e7',
  streamRevision: 0n,
  globalPosition: 42n,
  recordedAt: new Date('2025-03-14T10:00:00.000Z'),
});

const entryOf = (data: Record<string, unknown>) => {
  const record = toRedactionRecord(stored(data));
  return record && redactionJourneyEntry(record);
};

describe("a redaction's journey entry", () => {
  it('names each field in words, the entry by its event type, and keeps the rationale', () => {
    expect(
      entryOf({
        programmeId: 'p1',
        eventId: 'e7',
        fields: ['/hypothesis/ifWe', '/quotes/2'],
        rationale: 'A name typed where it should not be',
        eventType: 'ExperimentDesigned',
        stream: 'experiment-x1',
      }),
    ).toEqual({
      position: 42n,
      eventId: 'redaction-event-1',
      programmeId: 'p1',
      occurredAt: '2025-03-14T10:00:00.000Z',
      recordedAt: '2025-03-14T10:00:00.000Z',
      actorId: 'admin-1',
      actorRole: 'admin',
      kind: 'experiment',
      eventType: 'EventRedacted',
      teamId: null,
      summary:
        'Redacted: the "hypothesis if we" and "quotes 3" fields of the "experiment designed" entry now read "[redacted]".',
      rationale: 'A name typed where it should not be',
      links: [{ kind: 'event', id: 'e7' }],
    });
  });

  it('reads a redaction recorded without the entry it concerned as one of the programme', () => {
    expect(
      entryOf({ programmeId: 'p1', eventId: 'e7', fields: ['/description'], rationale: 'Typed by mistake' }),
    ).toMatchObject({
      kind: 'programme',
      summary: 'Redacted: the "description" field of an earlier entry now reads "[redacted]".',
      links: [{ kind: 'event', id: 'e7' }],
    });
  });

  it('is no entry for an event that is not a redaction of a programme', () => {
    expect(entryOf({ eventId: 'e7', fields: ['/description'], rationale: 'x' })).toBeUndefined();
    expect(
      toRedactionRecord({ ...stored({ programmeId: 'p1', eventId: 'e7', fields: [] }), type: 'Other' }),
    ).toBeUndefined();
  });
});
