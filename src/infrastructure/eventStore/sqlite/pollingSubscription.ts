/**
 * A subscription that reads the log in batches after the last delivered position. Because every
 * delivery comes from a read by position, there is no gap and no duplicate between catching up
 * and going live. Appends in this process wake it at once; appends by another process on the same
 * file are found by a slow poll.
 */
import { EventEmitter } from 'node:events';
import {
  reportSubscriptionFailure,
  type LogSubscription,
  type StoredEvent,
  type SubscribeOptions,
} from '../../../application/ports/eventStore';

/** Emits the database file's key after every committed append in this process. */
export const appendSignals = new EventEmitter();
appendSignals.setMaxListeners(0);

interface PollingOptions extends SubscribeOptions {
  readonly signalKey: string;
  readonly pollIntervalMs: number;
  readonly readBatch: (after: bigint | undefined) => StoredEvent[];
  readonly onStopped: () => void;
}

export const pollingSubscription = (options: PollingOptions): LogSubscription => {
  let stopped = false;
  let wake: (() => void) | undefined;

  const waitForAppend = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        appendSignals.off(options.signalKey, done);
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, options.pollIntervalMs);
      appendSignals.on(options.signalKey, done);
      wake = done;
    });

  const run = async (): Promise<void> => {
    let after = options.after;
    // Let the caller finish wiring up before the first delivery.
    await Promise.resolve();
    while (!stopped) {
      const batch = options.readBatch(after);
      if (batch.length === 0) {
        // Registered synchronously after an empty read, so no append in this process can slip between.
        await waitForAppend();
        continue;
      }
      for (const event of batch) {
        if (stopped) return;
        await options.onEvent(event);
        after = event.globalPosition;
      }
    }
  };

  const running = run()
    .catch((error: unknown) => {
      stopped = true;
      reportSubscriptionFailure(error, options.onError);
    })
    .finally(options.onStopped);

  return {
    async stop() {
      stopped = true;
      wake?.();
      await running;
    },
  };
};
