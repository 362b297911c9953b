/**
 * The calls the fake client hands out: a read, which holds its call open until it is read to the
 * end or cancelled (breaking out of the loop leaves it open, as with the real client), and a
 * catch-up subscription the test can end or fail as the server would.
 */
import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import type {
  ReadCall,
  SubscriptionCall,
} from '../../../src/infrastructure/eventStore/eventStoreDb/sharedClient';
import type { FakeRecord } from './fakeEventStoreDb';

export class FakeRead<E> implements ReadCall<E> {
  closed = false;
  constructor(
    private readonly items: readonly E[],
    private readonly failure?: Error,
  ) {}
  async cancel(): Promise<void> {
    this.closed = true;
  }
  [Symbol.asyncIterator](): AsyncIterator<E> {
    let next = 0;
    return {
      next: async () => {
        await Promise.resolve();
        if (this.closed) return { done: true, value: undefined };
        if (this.failure) {
          this.closed = true;
          throw this.failure;
        }
        if (next < this.items.length) return { done: false, value: this.items[next++]! };
        this.closed = true;
        return { done: true, value: undefined };
      },
      // Like a Readable's iterator: stops reading, but the call underneath stays open.
      return: async () => ({ done: true, value: undefined }),
    };
  }
}

export class FakeSubscription implements SubscriptionCall<AllStreamResolvedEvent> {
  private readonly queue: AllStreamResolvedEvent[] = [];
  private wake: (() => void) | undefined;
  private ended = false;
  private failure: Error | undefined;
  unsubscribed = 0;

  constructor(private readonly accepts: (record: FakeRecord) => boolean) {}

  offer(record: FakeRecord): void {
    if (this.ended || !this.accepts(record)) return;
    this.queue.push({ event: record, commitPosition: record.position.commit } as AllStreamResolvedEvent);
    this.wake?.();
  }
  /** The server closes the call without an error. */
  end(): void {
    this.ended = true;
    this.wake?.();
  }
  /** The call fails (a lost connection, a restart). */
  fail(error: Error): void {
    this.failure = error;
    this.ended = true;
    this.wake?.();
  }
  async unsubscribe(): Promise<void> {
    this.unsubscribed += 1;
    this.end();
  }
  async *[Symbol.asyncIterator](): AsyncIterator<AllStreamResolvedEvent> {
    for (;;) {
      const next = this.queue.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
