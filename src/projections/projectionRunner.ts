/**
 * The projection runner: keeps the read models up with the log. It catches up in batches (one
 * transaction per batch), then follows new events live. Read-model writes and checkpoints commit
 * together, so a restart resumes exactly where the last commit ended: nothing skipped, nothing
 * applied twice.
 */
import { LEDGER_CATEGORIES } from '../domain/ledger';
import type { EventStore, LogSubscription, StoredEvent } from '../application/ports/eventStore';
import { toLedgerRecord, type LedgerRecord } from './ledgerRecord';
import { REDACTION_CATEGORY, toRedactionRecord } from './redactionRecord';
import type { Projection, ReadModelStore } from '../application/ports/readModelStore';

export interface CatchUpProgress {
  /** Events applied so far in this run. */
  readonly applied: number;
  /** The position reached, and the log's last position when the run began. */
  readonly position: bigint;
  readonly head: bigint | undefined;
}

export interface ProjectionRunnerOptions {
  /** Events per transaction while catching up. */
  readonly batchSize?: number;
  readonly onProgress?: (progress: CatchUpProgress) => void;
  /** Wait before retrying after the store or a projection fails (doubles up to 30 s). */
  readonly retryMs?: number;
  readonly log?: (message: string) => void;
}

export interface ProjectionStatus {
  /** The position every projection has reached (the lowest checkpoint). */
  readonly position: bigint | undefined;
  /** Ledger events in the log after that position, counted up to `limit`. */
  readonly eventsBehind: number;
  readonly caughtUp: boolean;
  /** Why the runner is retrying, when it is. */
  readonly failure: string | null;
}

const FILTER = { categories: [...LEDGER_CATEGORIES, REDACTION_CATEGORY] };

export class ProjectionRunner {
  private subscription: LogSubscription | undefined;
  private stopped = true;
  private failure: string | null = null;
  private waiters: { position: bigint; failFast: boolean; resolve: (reached: boolean) => void }[] = [];
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<(records: readonly LedgerRecord[]) => void>();

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {}

  /** Whether it follows the log (started and not stopped since). */
  get following(): boolean {
    return !this.stopped;
  }

  /** The lowest checkpoint: every read model shows at least the events up to here. */
  position(): bigint | undefined {
    let lowest: bigint | undefined;
    for (const { name } of this.projections) {
      const checkpoint = this.readModels.checkpoint(name);
      if (checkpoint === undefined) return undefined;
      if (lowest === undefined || checkpoint < lowest) lowest = checkpoint;
    }
    return lowest;
  }

  /** Applies the events one transaction for the batch; each projection skips what it has already applied. */
  apply(events: readonly StoredEvent[]): void {
    const last = events.at(-1);
    if (!last) return;
    const checkpoints = new Map(this.projections.map(({ name }) => [name, this.readModels.checkpoint(name)]));
    const applied: LedgerRecord[] = [];
    this.readModels.commit(
      (target) => {
        for (const stored of events) {
          const record = toLedgerRecord(stored);
          const redaction = record ? undefined : toRedactionRecord(stored);
          let appliedHere = false;
          for (const projection of this.projections) {
            const checkpoint = checkpoints.get(projection.name);
            if (checkpoint !== undefined && stored.globalPosition <= checkpoint) continue;
            if (record) projection.apply(record, target);
            else if (redaction) projection.applyRedaction?.(redaction, target);
            appliedHere = true;
          }
          if (record && appliedHere && this.listeners.size > 0) applied.push(record);
        }
      },
      new Map(
        [...checkpoints].map(([name, checkpoint]) => [
          name,
          checkpoint !== undefined && checkpoint > last.globalPosition ? checkpoint : last.globalPosition,
        ]),
      ),
    );
    this.release();
    if (applied.length > 0) for (const listener of this.listeners) listener(applied);
  }

  /**
   * Calls `listener` after each commit with the records it applied, once they are readable (live
   * updates follow this). Returns the function that stops listening.
   */
  onApplied(listener: (records: readonly LedgerRecord[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads and applies everything after the checkpoints, in batches, until the end of the log. */
  async catchUp(): Promise<number> {
    const batchSize = this.options.batchSize ?? 500;
    const head = await this.store.lastPosition();
    let applied = 0;
    for (;;) {
      const after = this.position();
      const events = await this.store.readLog({ after, maxCount: batchSize, filter: FILTER });
      this.apply(events);
      applied += events.length;
      const position = this.position();
      if (position !== undefined) this.options.onProgress?.({ applied, position, head });
      if (events.length < batchSize) return applied;
    }
  }

  /** Catches up, then follows the log live until stopped; retries after failures. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.run();
  }

  private async run(attempt = 0): Promise<void> {
    try {
      await this.catchUp();
      if (this.stopped) return;
      this.failure = null;
      this.subscription = this.store.subscribe({
        after: this.position(),
        filter: FILTER,
        onEvent: (event) => this.apply([event]),
        onError: (error) => this.retry(error, 0),
      });
    } catch (error) {
      this.retry(error, attempt);
    }
  }

  private retry(error: unknown, attempt: number): void {
    const message = (error as Error | null)?.message;
    this.failure = typeof message === 'string' ? message : String(error);
    this.subscription = undefined;
    // Writers waiting to read their own change hear at once that the read models are behind.
    const [giveUp, keepWaiting] = partition(this.waiters, (waiter) => waiter.failFast);
    this.waiters = keepWaiting;
    for (const waiter of giveUp) waiter.resolve(false);
    if (this.stopped) return;
    const wait = Math.min((this.options.retryMs ?? 1000) * 2 ** attempt, 30_000);
    (this.options.log ?? console.error)(`Read models stopped (${this.failure}); retrying in ${wait} ms`);
    this.retryTimer = setTimeout(() => void this.run(attempt + 1), wait);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.subscription?.stop();
    this.subscription = undefined;
    for (const waiter of this.waiters.splice(0)) waiter.resolve(false);
  }

  /**
   * Resolves true once the read models show the event at `position`, or false after `timeoutMs`.
   * With `failFast`, also false as soon as the runner is failing (a full disk, say): a writer is not
   * kept waiting for read models that are retrying.
   */
  waitFor(position: bigint, timeoutMs = 5000, options: { failFast?: boolean } = {}): Promise<boolean> {
    const reached = this.position();
    if (reached !== undefined && reached >= position) return Promise.resolve(true);
    const failFast = options.failFast === true;
    if (failFast && this.failure !== null) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter = {
        position,
        failFast,
        resolve: (ok: boolean) => {
          clearTimeout(timer);
          resolve(ok);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private release(): void {
    const reached = this.position();
    if (reached === undefined) return;
    const [done, waiting] = partition(this.waiters, (waiter) => waiter.position <= reached);
    this.waiters = waiting;
    for (const waiter of done) waiter.resolve(true);
  }

  /** How far behind the log the read models are, counting at most `limit` events. */
  async status(limit = 1000): Promise<ProjectionStatus> {
    const position = this.position();
    const behind = await this.store.readLog({ after: position, maxCount: limit, filter: FILTER });
    return { position, eventsBehind: behind.length, caughtUp: behind.length === 0, failure: this.failure };
  }
}

const partition = <T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] => [
  items.filter(test),
  items.filter((item) => !test(item)),
];
