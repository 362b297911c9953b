/**
 * The behaviour every event-store adapter owes the ledger. Each adapter's test file calls
 * `describeEventStoreConformance` with a way to open clients onto one shared store.
 * Tests isolate themselves by unique categories and by reading only after the log's current end,
 * so they also hold on a long-lived EventStoreDB server.
 */
import { randomUUID } from 'node:crypto';
import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  type EventStore,
  type EventToAppend,
  type StoredEvent,
} from '../../../src/application/ports/eventStore';
import { InvalidAppendError, RevisionConflictError } from '../../../src/application/ports/eventStoreErrors';
import { waitFor } from '../../support/waitFor';
import { describeEdgeCases } from './eventStoreEdgeCases';

export interface StoreUnderTest {
  /** Opens a client onto the shared store; every client opened is closed after each test. */
  open(): EventStore;
  /**
   * Opens a client told to report append failures as results rather than errors
   * (`throwOnAppendFailure=false` on EventStoreDB); adapters without such an option open as usual.
   */
  openReportingAppendFailures?(): EventStore;
  /** Restarts the server, keeping its data. Absent where the suite cannot restart it. */
  restartServer?(): Promise<void>;
}

export const event = (type: string, data: Record<string, unknown> = {}): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: { correlationId: randomUUID() },
});

const uniqueCategory = () => `conformance${randomUUID().replace(/-/g, '')}`;

export const describeEventStoreConformance = (
  adapter: string,
  storeUnderTest: () => StoreUnderTest,
): void => {
  describe(`${adapter} event store conformance`, () => {
    let opened: EventStore[] = [];
    let store: EventStore;
    let category: string;
    const open = () => {
      const client = storeUnderTest().open();
      opened.push(client);
      return client;
    };
    const stream = (id = randomUUID()) => `${category}-${id}`;

    beforeEach(() => {
      opened = [];
      store = open();
      category = uniqueCategory();
    });
    afterEach(async () => {
      await Promise.all(opened.map((client) => client.close()));
    });

    const conflictOf = async (append: Promise<unknown>): Promise<RevisionConflictError> => {
      const error = await append.then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(RevisionConflictError);
      return error as RevisionConflictError;
    };

    describe('appending and reading a stream', () => {
      it('returns what was appended, with revisions, positions and the recording time', async () => {
        const name = stream();
        const appended = [
          event('BarrierIdentified', { title: 'duplicate recording' }),
          event('BarrierRescoped'),
        ];
        const before = Date.now();
        const result = await store.appendToStream(name, appended, NO_STREAM);
        const read = await store.readStream(name);

        expect(result.nextExpectedRevision).toBe(1n);
        expect(read.streamRevision).toBe(1n);
        expect(read.events.map((e) => [e.id, e.type, e.streamName, e.streamRevision])).toEqual([
          [appended[0]!.id, 'BarrierIdentified', name, 0n],
          [appended[1]!.id, 'BarrierRescoped', name, 1n],
        ]);
        expect(read.events[0]!.data).toEqual({ title: 'duplicate recording' });
        expect(read.events[1]!.metadata).toEqual(appended[1]!.metadata);
        expect(read.events[1]!.globalPosition).toBeGreaterThan(read.events[0]!.globalPosition);
        expect(read.events[1]!.globalPosition).toBe(result.lastPosition);
        expect(read.events[0]!.recordedAt.getTime()).toBeGreaterThanOrEqual(before - 60_000);
        expect(read.events[0]!.recordedAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
      });

      it('reads a stream that does not exist as empty, with the "no stream" revision', async () => {
        expect(await store.readStream(stream())).toEqual({ events: [], streamRevision: NO_STREAM });
        expect(await store.readStream(stream(), { direction: 'backwards', maxCount: 3 })).toEqual({
          events: [],
          streamRevision: NO_STREAM,
        });
      });

      it('reads past the end of a stream as empty but still reports its revision', async () => {
        const name = stream();
        await store.appendToStream(name, [event('A'), event('B')], NO_STREAM);
        expect(await store.readStream(name, { fromRevision: 5n })).toEqual({
          events: [],
          streamRevision: 1n,
        });
      });

      it('reads backwards, from a revision, and within a limit', async () => {
        const name = stream();
        await store.appendToStream(
          name,
          ['A', 'B', 'C', 'D', 'E'].map((type) => event(type)),
          NO_STREAM,
        );
        const types = async (options: Parameters<EventStore['readStream']>[1]) => {
          const read = await store.readStream(name, options);
          expect(read.streamRevision).toBe(4n);
          return read.events.map((e) => `${e.type}${e.streamRevision}`);
        };
        expect(await types({ direction: 'backwards' })).toEqual(['E4', 'D3', 'C2', 'B1', 'A0']);
        expect(await types({ direction: 'backwards', maxCount: 2 })).toEqual(['E4', 'D3']);
        expect(await types({ direction: 'backwards', fromRevision: 2n })).toEqual(['C2', 'B1', 'A0']);
        expect(await types({ fromRevision: 3n })).toEqual(['D3', 'E4']);
        expect(await types({ maxCount: 2 })).toEqual(['A0', 'B1']);
      });

      it('round-trips bigints, unicode and a large payload exactly', async () => {
        const name = stream();
        const data = {
          hoursFreed: 2n ** 70n,
          nested: [{ delta: -5n, label: 'ok' }],
          quote: 'Ωmega “quoted” — 👩🏽‍⚕️ 中文 \u0000 end',
          lookalike: { $bigint: '12', other: true },
          notes: 'x'.repeat(600_000),
        };
        await store.appendToStream(
          name,
          [{ ...event('SurveyRoundRecorded'), data, metadata: { seq: 9n } }],
          ANY,
        );
        const [read] = (await store.readStream(name)).events;
        expect(read!.data).toEqual(data);
        expect(read!.metadata).toEqual({ seq: 9n });
      });
    });

    describe('expected revisions', () => {
      it('"no stream" holds only for a stream with no events', async () => {
        const name = stream();
        await store.appendToStream(name, [event('A')], NO_STREAM);
        const conflict = await conflictOf(store.appendToStream(name, [event('B')], NO_STREAM));
        expect([conflict.streamName, conflict.expected, conflict.actual]).toEqual([name, NO_STREAM, 0n]);
      });

      it('"stream exists" holds only once the stream has events', async () => {
        const name = stream();
        const conflict = await conflictOf(store.appendToStream(name, [event('A')], STREAM_EXISTS));
        expect([conflict.expected, conflict.actual]).toEqual([STREAM_EXISTS, NO_STREAM]);
        await store.appendToStream(name, [event('A')], NO_STREAM);
        await expect(store.appendToStream(name, [event('B')], STREAM_EXISTS)).resolves.toMatchObject({
          nextExpectedRevision: 1n,
        });
      });

      it('"any" appends whatever the stream holds', async () => {
        const name = stream();
        await store.appendToStream(name, [event('A')], ANY);
        await store.appendToStream(name, [event('B')], ANY);
        expect((await store.readStream(name)).streamRevision).toBe(1n);
      });

      it('an exact revision must match the last event, and a stale one names both revisions', async () => {
        const name = stream();
        await store.appendToStream(name, [event('A'), event('B')], NO_STREAM);
        await store.appendToStream(name, [event('C')], 1n);
        const conflict = await conflictOf(store.appendToStream(name, [event('D')], 1n));
        expect([conflict.streamName, conflict.expected, conflict.actual]).toEqual([name, 1n, 2n]);
        expect(conflict.message).toContain(name);
        const missing = await conflictOf(store.appendToStream(stream(), [event('A')], 0n));
        expect(missing.actual).toBe(NO_STREAM);
      });

      it('of two clients writing at the same revision, exactly one wins', async () => {
        const name = stream();
        await store.appendToStream(name, [event('A')], NO_STREAM);
        const writers = [store, open(), open()];
        const outcomes = await Promise.allSettled(
          writers.map((writer, index) => writer.appendToStream(name, [event(`Writer${index}`)], 0n)),
        );
        const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
        expect(won).toHaveLength(1);
        lost.forEach((outcome) =>
          expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(RevisionConflictError),
        );
        expect((await store.readStream(name)).events).toHaveLength(2);
      });
    });

    describe('atomic appends', () => {
      it('writes none of a batch whose expected revision fails', async () => {
        const name = stream();
        await store.appendToStream(name, [event('A')], NO_STREAM);
        await conflictOf(store.appendToStream(name, [event('B'), event('C'), event('D')], NO_STREAM));
        expect((await store.readStream(name)).events.map((e) => e.type)).toEqual(['A']);
      });

      it('writes none of a batch when one event cannot be stored', async () => {
        const name = stream();
        const circular: Record<string, unknown> = {};
        circular.self = circular;
        await expect(store.appendToStream(name, [event('A'), event('B', circular)], ANY)).rejects.toThrow(
          /circular structure/,
        );
        expect(await store.readStream(name)).toEqual({ events: [], streamRevision: NO_STREAM });
      });

      it('refuses an append with no events, or to a system stream', async () => {
        await expect(store.appendToStream(stream(), [], ANY)).rejects.toBeInstanceOf(InvalidAppendError);
        await expect(store.appendToStream('$all', [event('A')], ANY)).rejects.toBeInstanceOf(
          InvalidAppendError,
        );
      });

      it('gives a batch consecutive revisions and increasing positions', async () => {
        const name = stream();
        await store.appendToStream(name, [event('A'), event('B'), event('C')], NO_STREAM);
        const read = (await store.readStream(name)).events;
        expect(read.map((e) => e.streamRevision)).toEqual([0n, 1n, 2n]);
        expect(isIncreasing(read.map((e) => e.globalPosition))).toBe(true);
      });
    });

    describe('reading the log', () => {
      it('returns events of all streams in the order they were appended', async () => {
        const start = await store.lastPosition();
        const [first, second] = [stream(), stream()];
        await store.appendToStream(first, [event('A1')], NO_STREAM);
        await store.appendToStream(second, [event('B1'), event('B2')], NO_STREAM);
        const last = await open().appendToStream(first, [event('A2')], 0n);
        const log = await store.readLog({ after: start, filter: { categories: [category] } });
        expect(log.map((e) => e.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
        expect(isIncreasing(log.map((e) => e.globalPosition))).toBe(true);
        expect(await store.lastPosition()).toBeGreaterThanOrEqual(last.lastPosition);
      });

      it('filters by category and by event type, within a limit and after a position', async () => {
        const start = await store.lastPosition();
        const other = uniqueCategory();
        await store.appendToStream(stream(), [event('Kept'), event('Dropped'), event('Kept')], NO_STREAM);
        await store.appendToStream(`${other}-${randomUUID()}`, [event('Kept')], NO_STREAM);
        const read = (
          filter: { categories?: string[]; eventTypes?: string[] },
          maxCount?: number,
          after = start,
        ) =>
          store
            .readLog({ after, maxCount, filter })
            .then((log) => log.map((e) => `${e.streamName.split('-')[0]}:${e.type}`));

        expect(await read({ categories: [category] })).toEqual([
          `${category}:Kept`,
          `${category}:Dropped`,
          `${category}:Kept`,
        ]);
        expect(await read({ categories: [category], eventTypes: ['Kept'] })).toEqual([
          `${category}:Kept`,
          `${category}:Kept`,
        ]);
        expect(await read({ categories: [category, other], eventTypes: ['Kept'] }, 2)).toEqual([
          `${category}:Kept`,
          `${category}:Kept`,
        ]);
        expect(await read({ categories: [other] })).toEqual([`${other}:Kept`]);
        const [firstOfMine] = await store.readLog({
          after: start,
          maxCount: 1,
          filter: { categories: [category] },
        });
        expect(await read({ categories: [category] }, undefined, firstOfMine!.globalPosition)).toEqual([
          `${category}:Dropped`,
          `${category}:Kept`,
        ]);
      });
    });

    describeEdgeCases({
      storeUnderTest,
      store: () => store,
      open,
      stream,
      conflictOf,
    });

    describe('finding the events of a command', () => {
      const byCommand = (commandId: string, type: string): EventToAppend => ({
        ...event(type),
        metadata: { commandId, correlationId: randomUUID() },
      });

      it('returns every event appended under a command id, in whichever stream, and nothing for an unknown id', async () => {
        const start = await store.lastPosition();
        const [commandId, other] = [randomUUID(), randomUUID()];
        const target = stream();
        await store.appendToStream(stream(), [byCommand(other, 'Elsewhere')], NO_STREAM);
        await store.appendToStream(target, [event('Before')], NO_STREAM);
        const appended = [byCommand(commandId, 'First'), byCommand(commandId, 'Second')];
        await store.appendToStream(target, appended, 0n);
        // A retry of the same append (its answer lost) writes nothing, and indexes nothing twice.
        await open().appendToStream(target, appended, 0n);
        const found = await open().findCommand(commandId);
        expect(found.map((e) => [e.streamName, e.streamRevision, e.type, e.metadata.commandId])).toEqual([
          [target, 1n, 'First', commandId],
          [target, 2n, 'Second', commandId],
        ]);
        expect(isIncreasing(found.map((e) => e.globalPosition))).toBe(true);
        expect(await store.findCommand(randomUUID())).toEqual([]);
        // Whatever keeps the lookup is not part of the log.
        const log = await store.readLog({ after: start });
        expect(log.filter((e) => e.streamName.startsWith(category)).map((e) => e.type)).toEqual([
          'Elsewhere',
          'Before',
          'First',
          'Second',
        ]);
        expect(log.every((e) => e.streamName.startsWith(category) || !e.type.startsWith('$'))).toBe(true);
      });
    });

    describe('subscriptions', () => {
      const collect = (after: bigint | undefined, onEvent?: (e: StoredEvent) => Promise<void>) => {
        const received: StoredEvent[] = [];
        const errors: Error[] = [];
        const subscription = store.subscribe({
          after,
          filter: { categories: [category] },
          onEvent: async (e) => {
            received.push(e);
            await onEvent?.(e);
          },
          onError: (error) => errors.push(error),
        });
        return { received, errors, subscription };
      };

      it('catches up, then goes live, with no gap and no duplicate at the switch', async () => {
        const start = await store.lastPosition();
        const name = stream();
        const historic = Array.from({ length: 30 }, (_, i) => event(`Historic${i}`));
        await store.appendToStream(name, historic, NO_STREAM);
        // The subscriber holds at its first historic event until the concurrent appends are done.
        let historyResumes: () => void = () => undefined;
        const held = new Promise<void>((resolve) => (historyResumes = resolve));
        const { received, errors, subscription } = collect(start, () => held);
        await waitFor(() => received.length === 1);
        // Appended while the subscriber is still working through history, from another client.
        const writer = open();
        const concurrent: EventToAppend[] = [];
        for (let i = 0; i < 20; i += 1) {
          const next = event(`Concurrent${i}`);
          concurrent.push(next);
          await writer.appendToStream(name, [next], BigInt(29 + i));
        }
        historyResumes();
        await waitFor(() => received.length >= 50);
        const live = [event('Live1'), event('Live2')];
        await store.appendToStream(name, live, 49n);
        await waitFor(() => received.length >= 52);
        await subscription.stop();

        expect(errors).toEqual([]);
        expect(received.map((e) => e.id)).toEqual([...historic, ...concurrent, ...live].map((e) => e.id));
        expect(isIncreasing(received.map((e) => e.globalPosition))).toBe(true);
      });

      it('resumes after the last processed position', async () => {
        const start = await store.lastPosition();
        const name = stream();
        await store.appendToStream(
          name,
          ['A', 'B', 'C', 'D'].map((type) => event(type)),
          NO_STREAM,
        );
        const [, second] = await store.readLog({ after: start, filter: { categories: [category] } });
        const { received, subscription } = collect(second!.globalPosition);
        await waitFor(() => received.length >= 2);
        await store.appendToStream(name, [event('E')], 3n);
        await waitFor(() => received.length >= 3);
        await subscription.stop();
        expect(received.map((e) => e.type)).toEqual(['C', 'D', 'E']);
      });

      it('delivers only the filtered categories and event types', async () => {
        const start = await store.lastPosition();
        const received: string[] = [];
        const subscription = store.subscribe({
          after: start,
          filter: { categories: [category], eventTypes: ['Wanted'] },
          onEvent: (e) => void received.push(e.type),
        });
        await store.appendToStream(`${uniqueCategory()}-x`, [event('Wanted')], NO_STREAM);
        await store.appendToStream(
          stream(),
          [event('Unwanted'), event('Wanted'), event('Wanted')],
          NO_STREAM,
        );
        await waitFor(() => received.length >= 2);
        await subscription.stop();
        expect(received).toEqual(['Wanted', 'Wanted']);
      });

      it('stops on a handler error, reports it, and delivers nothing more', async () => {
        const start = await store.lastPosition();
        const name = stream();
        const { received, errors } = collect(start, async (e) => {
          if (e.type === 'Poison') throw new Error('handler failed on Poison');
        });
        await store.appendToStream(name, [event('Fine'), event('Poison'), event('After')], NO_STREAM);
        await waitFor(() => errors.length > 0);
        // Nothing more reaches it: a subscription still running receives the next event, and it did not.
        const witness = collect(start);
        await store.appendToStream(name, [event('Later')], 2n);
        await waitFor(() => witness.received.some((e) => e.type === 'Later'));
        await witness.subscription.stop();
        expect(errors.map((e) => e.message)).toEqual(['handler failed on Poison']);
        expect(received.map((e) => e.type)).toEqual(['Fine', 'Poison']);
      });

      it('delivers nothing after stop() resolves', async () => {
        const start = await store.lastPosition();
        const { received, subscription } = collect(start);
        await store.appendToStream(stream(), [event('Before')], NO_STREAM);
        await waitFor(() => received.length === 1);
        await subscription.stop();
        const witness = collect(start);
        await store.appendToStream(stream(), [event('After')], NO_STREAM);
        await waitFor(() => witness.received.some((e) => e.type === 'After'));
        await witness.subscription.stop();
        expect(received.map((e) => e.type)).toEqual(['Before']);
      });
    });
  });
};

const isIncreasing = (values: bigint[]): boolean =>
  values.every((value, i) => i === 0 || value > values[i - 1]!);
