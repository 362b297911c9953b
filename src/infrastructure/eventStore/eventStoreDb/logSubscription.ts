/**
 * Following the log with a catch-up subscription to $all.
 *
 * A subscription ends in exactly one of three ways: stop() (nothing reported), its handler throws,
 * or the server ends it, with an error (a lost connection, a restart) or without one. The last
 * two are reported through onError, so the caller (the projection runner) resubscribes after the
 * last position processed; a call the server closed quietly is never taken for "no more events".
 */
import { START, excludeSystemEvents, streamNameFilter } from '@eventstore/db-client';
import {
  matchesFilter,
  reportSubscriptionFailure,
  type LogSubscription,
  type SubscribeOptions,
} from '../../../application/ports/eventStore';
import { StoreUnavailableError } from '../../../application/ports/eventStoreErrors';
import { translateClientError } from './clientErrors';
import { isLedgerRecord, positionAfter, toStoredEvent } from './records';
import type { EventStoreDbClient } from './sharedClient';

export const SUBSCRIPTION_ENDED =
  'EventStoreDB ended the subscription to the log without an error (a restart or a closed connection); resubscribe after the last position processed';

/**
 * Opens the subscription. `onEnded` runs once it has ended, however it ended, so its owner can
 * forget it: a failed subscription must not stay on the owner's list of subscriptions to stop.
 */
export const followLog = (
  client: EventStoreDbClient,
  { after, filter, onEvent, onError }: SubscribeOptions,
  onEnded: () => void,
): LogSubscription => {
  // One server-side filter is allowed: categories go to the server as stream-name prefixes;
  // event types, when also given, are checked here, as are the register's streams.
  const serverFilter = filter?.categories
    ? streamNameFilter({ prefixes: filter.categories.map((category) => `${category}-`) })
    : excludeSystemEvents();
  const call = client.subscribeToAll({
    fromPosition: after === undefined ? START : positionAfter(after),
    filter: serverFilter,
  });
  let lastDelivered = after;
  let stopping = false;
  const deliverAll = async () => {
    for await (const resolved of call) {
      if (stopping) return;
      const recorded = resolved.event;
      if (!recorded || !isLedgerRecord(recorded)) continue;
      const event = toStoredEvent(recorded, resolved.commitPosition);
      if (lastDelivered !== undefined && event.globalPosition <= lastDelivered) continue;
      if (!matchesFilter(event, filter)) continue;
      await onEvent(event);
      lastDelivered = event.globalPosition;
    }
    if (!stopping) throw new StoreUnavailableError(SUBSCRIPTION_ENDED);
  };
  const running = deliverAll()
    .catch(async (error: unknown) => {
      if (stopping) return; // the client may report its own cancellation as an error
      stopping = true;
      await call.unsubscribe().catch(() => undefined);
      reportSubscriptionFailure(translateClientError(error, 'follow the log'), onError);
    })
    .finally(onEnded);
  return {
    stop: async () => {
      if (!stopping) {
        stopping = true;
        await call.unsubscribe().catch(() => undefined);
      }
      await running;
    },
  };
};
