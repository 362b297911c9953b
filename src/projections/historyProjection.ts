/** The auditor's history: every event of a programme, across all its streams, with its full metadata. */
import type { Projection } from '../application/ports/readModelStore';

export const HISTORY_PROJECTION = 'history';

export const historyProjection: Projection = {
  name: HISTORY_PROJECTION,
  apply(record, target) {
    target.addHistoryEntry({
      position: record.position,
      programmeId: record.event.data.programmeId,
      eventId: record.eventId,
      streamName: record.streamName,
      streamRevision: record.streamRevision,
      type: record.event.type,
      data: record.event.data as unknown as Record<string, unknown>,
      metadata: record.metadata,
    });
  },
};
