/**
 * Reads as of a past time from kept bases: a base is a scratch read-model store holding the fold
 * of a part of a programme's history that every later answer of its kind also folds first, so an
 * answer folds only the records after it, inside a transaction that is rolled back afterwards
 * (the base stays as it was). What "as of" means stays in `timeTravel.ts`; the answers are those
 * of the full refold (`foldAsOf`), and a property test holds them equal.
 *
 * - Recorded axis: a base holds the programme's history up to a log position, all of it recorded
 *   by the instant asked about (the log only grows past it). It serves any later instant by which
 *   every event up to that position had been recorded, folding the events after it recorded by then.
 * - Occurred axis: which events count, and their dates, depend on every correction ever recorded,
 *   so a base serves exactly its own instant, and only while each event recorded since it was made
 *   is neither a date correction nor an event that occurred by that instant (such an event leaves
 *   the answer unchanged). Otherwise the programme is folded anew.
 * - A rebuild of the live read models (after a redaction) starts a new build: older bases are dropped.
 *
 * The history rows of a fold are written only when the answer reads the history.
 */
import { requireDate } from '../domain/shared/validation';
import type { LedgerRecord } from './ledgerRecord';
import type { Projection, ReadModelStore } from '../application/ports/readModelStore';
import { HISTORY_PROJECTION } from './historyProjection';
import {
  asOccurred,
  byPosition,
  foldRecords,
  firstAfter,
  historyUpTo,
  launchesOf,
  notAfter,
  recordedInstant,
  recordOf,
  recordsAsOf,
  sourcesOf,
  type AsOf,
} from './timeTravel';
import { historyWhenRead } from './lazyHistory';

/** A scratch store whose writes can be made tentatively: undone after the work. */
export interface RewindableStore extends ReadModelStore {
  tentatively<T>(work: () => Promise<T>): Promise<T>;
}

export interface AsOfBasesOptions {
  /** A fresh, empty store for one base (or one throwaway fold). */
  readonly open: () => RewindableStore;
  /** Which build of the live read models is being read: a rebuild starts a new one. */
  readonly build: () => string;
  readonly projections: readonly Projection[];
  /** How many bases are kept at most (the least recently used goes first). */
  readonly keep?: number;
  /** The most records an answer folds onto a base; past it, a new base is folded. */
  readonly tail?: number;
  /** How many records a base is folded with per commit. */
  readonly chunk?: number;
}

interface Base {
  readonly store: RewindableStore;
  readonly programmeId: string;
  readonly build: string;
  /** The instant of an occurred-axis base; undefined for a recorded-axis base. */
  readonly occurredAt: string | undefined;
  /** The last position of the programme's history it covers (undefined: none of it). */
  position: bigint | undefined;
  /** Recorded axis: the latest recorded time of the events it holds. */
  readonly latestRecorded: string;
  /** The programmes whose launch it holds for a derived blueprint. */
  readonly sources: ReadonlySet<string>;
  queue: Promise<unknown>;
  pending: number;
  used: number;
}

/** What an answer folds: a base, and the records to fold onto it. */
interface Plan {
  readonly base: Base;
  readonly tail: readonly LedgerRecord[];
}

const after = (position: bigint | undefined, other: bigint) => position === undefined || other > position;
const latestFirst = (a: Base, b: Base) => {
  const [x, y] = [a.position ?? -1n, b.position ?? -1n];
  return x > y ? -1 : x < y ? 1 : 0;
};

export class AsOfBases {
  private readonly bases: Base[] = [];
  private uses = 0;
  private readonly eager: readonly Projection[];
  private readonly lazy: readonly Projection[];

  constructor(private readonly options: AsOfBasesOptions) {
    this.eager = options.projections.filter((projection) => projection.name !== HISTORY_PROJECTION);
    this.lazy = options.projections.filter((projection) => projection.name === HISTORY_PROJECTION);
  }

  /** Answers a read of the programme as of the instant; `read` gets a store holding the past. */
  async read<T>(
    live: ReadModelStore,
    programmeId: string,
    instant: AsOf,
    read: (past: ReadModelStore) => Promise<T>,
  ): Promise<T> {
    const plan = this.planFor(live, programmeId, instant);
    if (!plan) return this.throwaway(live, programmeId, instant, read);
    const { base, tail } = plan;
    base.pending += 1;
    base.used = this.uses += 1;
    const work = () =>
      base.store.tentatively(async () => {
        foldRecords(base.store, this.eager, tail);
        const records = () => recordsAsOf(live, programmeId, instant);
        return read(historyWhenRead(base.store, this.lazy, records));
      });
    const answer = base.queue.then(work, work);
    base.queue = answer.then(
      () => (base.pending -= 1),
      () => (base.pending -= 1),
    );
    return answer;
  }

  /** Every base is dropped (the store closing). */
  close(): void {
    for (const base of this.bases.splice(0)) void base.queue.then(() => base.store.close());
  }

  private planFor(live: ReadModelStore, programmeId: string, instant: AsOf): Plan | undefined {
    const build = this.options.build();
    for (const stale of this.bases.filter((base) => base.build !== build)) this.drop(stale);
    if ('recordedAt' in instant) {
      const at = recordedInstant(instant.recordedAt);
      return this.onRecordedBase(live, programmeId, at) ?? this.newRecordedBase(live, programmeId, at, build);
    }
    const at = requireDate(instant.occurredAt, 'as of occurred time');
    return this.onOccurredBase(live, programmeId, at) ?? this.newOccurredBase(live, programmeId, at, build);
  }

  /** The latest recorded-axis base every event of which had been recorded by the instant, with the rest. */
  private onRecordedBase(live: ReadModelStore, programmeId: string, at: string): Plan | undefined {
    const base = this.bases
      .filter((b) => b.programmeId === programmeId && b.occurredAt === undefined)
      .filter((b) => notAfter(b.latestRecorded, at))
      .sort(latestFirst)[0];
    if (!base) return undefined;
    const tail = historyUpTo(live, programmeId, { recordedTo: at }, base.position).map((e) => recordOf(e));
    // A long tail calls for a new base, unless the event next after this one was recorded after
    // the instant: then no base could hold more of it (the log's recorded times go back there).
    const next =
      tail.length > (this.options.tail ?? 1000) ? firstAfter(live, programmeId, base.position) : undefined;
    if (next && next.position === tail[0]?.position) return undefined;
    return this.withLaunches(live, base, tail);
  }

  /**
   * The tail with the launches of the programmes its derived blueprints came from. A launch the
   * base does not hold must come after it in the log, or the base cannot be used: the refold
   * would have folded that launch before some of the base's events.
   */
  private withLaunches(live: ReadModelStore, base: Base, tail: LedgerRecord[]): Plan | undefined {
    const sources = [...sourcesOf(tail)].filter((source) => !base.sources.has(source));
    const launches = launchesOf(live, sources);
    if (launches.some((launch) => !after(base.position, launch.position))) return undefined;
    return { base, tail: [...tail, ...launches].sort(byPosition) };
  }

  /** Folds the programme's history up to the last event before the first one recorded after the instant. */
  private newRecordedBase(live: ReadModelStore, programmeId: string, at: string, build: string) {
    const all = historyUpTo(live, programmeId, {});
    const first = all.findIndex((entry) => !notAfter(entry.metadata.recordedAt, at));
    const held = (first === -1 ? all : all.slice(0, first)).map((e) => recordOf(e));
    const latestRecorded = held.reduce(
      (latest, record) => (record.metadata.recordedAt > latest ? record.metadata.recordedAt : latest),
      '',
    );
    const base = this.keepBase({ programmeId, build, occurredAt: undefined, latestRecorded }, held, live);
    const rest = first === -1 ? [] : all.slice(first).filter((e) => notAfter(e.metadata.recordedAt, at));
    return this.withLaunches(
      live,
      base,
      rest.map((e) => recordOf(e)),
    );
  }

  /** The base of exactly this instant, if every event recorded since it was folded leaves it as it is. */
  private onOccurredBase(live: ReadModelStore, programmeId: string, at: string): Plan | undefined {
    const base = this.bases.find((b) => b.programmeId === programmeId && b.occurredAt === at);
    if (!base) return undefined;
    const since = historyUpTo(live, programmeId, {}, base.position);
    const unchanged = since.every(
      (entry) => entry.type !== 'OccurredDateCorrected' && !notAfter(entry.metadata.occurredAt, at),
    );
    if (!unchanged) {
      this.drop(base);
      return undefined;
    }
    base.position = since.at(-1)?.position ?? base.position;
    return { base, tail: [] };
  }

  private newOccurredBase(live: ReadModelStore, programmeId: string, at: string, build: string) {
    const all = historyUpTo(live, programmeId, {});
    const chosen = asOccurred(all, at);
    const records = [...chosen, ...launchesOf(live, sourcesOf(chosen))].sort(byPosition);
    const base = this.keepBase({ programmeId, build, occurredAt: at, latestRecorded: '' }, records, live);
    base.position = all.at(-1)?.position;
    return { base, tail: [] };
  }

  private keepBase(
    about: Pick<Base, 'programmeId' | 'build' | 'occurredAt' | 'latestRecorded'>,
    records: readonly LedgerRecord[],
    live: ReadModelStore,
  ): Base {
    const store = this.options.open();
    const sources = sourcesOf(records);
    const held =
      about.occurredAt === undefined ? [...records, ...launchesOf(live, sources)].sort(byPosition) : records;
    // In several commits: a commit keeps every document it writes in memory until it ends.
    const chunk = this.options.chunk ?? 2000;
    for (let from = 0; from < held.length; from += chunk)
      foldRecords(store, this.eager, held.slice(from, from + chunk));
    const own = records.filter((record) => record.event.data.programmeId === about.programmeId);
    const base: Base = {
      ...about,
      store,
      position: own.at(-1)?.position,
      sources,
      queue: Promise.resolve(),
      pending: 0,
      used: (this.uses += 1),
    };
    this.bases.push(base);
    this.evict();
    return base;
  }

  private evict(): void {
    const idle = this.bases.filter((base) => base.pending === 0).sort((a, b) => a.used - b.used);
    for (const base of idle.slice(0, Math.max(0, this.bases.length - (this.options.keep ?? 4))))
      this.drop(base);
  }

  private drop(base: Base): void {
    this.bases.splice(this.bases.indexOf(base), 1);
    void base.queue.then(() => base.store.close());
  }

  /** No base can serve it: the full refold into a store of its own. */
  private async throwaway<T>(
    live: ReadModelStore,
    programmeId: string,
    instant: AsOf,
    read: (past: ReadModelStore) => Promise<T>,
  ): Promise<T> {
    const scratch = this.options.open();
    try {
      const records = recordsAsOf(live, programmeId, instant);
      foldRecords(scratch, this.eager, records);
      return await read(historyWhenRead(scratch, this.lazy, () => records));
    } finally {
      scratch.close();
    }
  }
}
