/**
 * What EventStoreDB returns, as the port's StoredEvent, and which of its records belong to the
 * ledger's log at all.
 *
 * The port's global position is the record's commit position. A resume point is rebuilt as
 * {commit, prepare} = {p, p}, which holds for every ordinary (non-transactional) append.
 */
import type { AllStreamResolvedEvent, Position, ResolvedEvent } from '@eventstore/db-client';
import {
  PERSONAL_DATA_CATEGORY,
  streamCategory,
  type StoredEvent,
} from '../../../application/ports/eventStore';
import { fromPlainJson } from '../payloadCodec';

export type Recorded = NonNullable<ResolvedEvent['event']> | NonNullable<AllStreamResolvedEvent['event']>;

export const positionAfter = (after: bigint): Position => ({ commit: after, prepare: after });

/** System records ($-prefixed streams or types) and the register's streams are not the ledger's log. */
export const isLedgerRecord = (recorded: Pick<Recorded, 'streamId' | 'type'>): boolean =>
  !recorded.streamId.startsWith('$') &&
  !recorded.type.startsWith('$') &&
  streamCategory(recorded.streamId) !== PERSONAL_DATA_CATEGORY;

const json = (value: unknown): unknown =>
  value instanceof Uint8Array ? JSON.parse(Buffer.from(value).toString('utf8') || '{}') : value;

export const toStoredEvent = (recorded: Recorded, commitPosition?: bigint): StoredEvent => ({
  id: recorded.id,
  type: recorded.type,
  data: fromPlainJson(json(recorded.data)),
  metadata: fromPlainJson(json(recorded.metadata)),
  streamName: recorded.streamId,
  streamRevision: recorded.revision,
  // Servers before 22.6 omit positions on stream reads; the ledger targets 24.10, which sends them.
  globalPosition: recorded.position?.commit ?? commitPosition ?? -1n,
  recordedAt: recorded.created,
});
