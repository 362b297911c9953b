/**
 * The read-model port. Projections write documents and journal rows through a ProjectionTarget
 * inside one transaction; queries read them back. The SQLite adapter keeps them in a file (the
 * live read models) or in memory (a fold for time travel); both run the same projection code.
 */
import type { EventMetadata } from '../../domain/shared/metadata';
import type { EventKind, LedgerRecord } from '../../projections/ledgerRecord';
import type { RedactionRecord } from '../../projections/redactionRecord';

export type Collection =
  | 'programme'
  | 'smallChange'
  | 'experiment'
  | 'barrier'
  | 'review'
  | 'metric'
  | 'blueprint'
  | 'blueprintVersion'
  | 'surveyRound'
  | 'feedbackRound';

/** An item a journey entry concerns. `label` is what a reader sees; participants are named at read time. */
export interface Link {
  readonly kind: string;
  readonly id: string;
  readonly label?: string;
}

/** A journey entry as stored: its phase is not stored but derived when read (phases may start late). */
export interface JourneyEntry {
  readonly position: bigint;
  /** The event it tells: a correction of its date points here. */
  readonly eventId: string;
  readonly programmeId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actorId: string;
  readonly actorRole: string;
  readonly kind: EventKind;
  readonly eventType: string;
  readonly teamId: string | null;
  readonly summary: string;
  readonly rationale: string | null;
  readonly links: readonly Link[];
}

export interface HistoryEntry {
  readonly position: bigint;
  readonly programmeId: string;
  readonly eventId: string;
  readonly streamName: string;
  readonly streamRevision: bigint;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: EventMetadata;
}

/** What a projection writes to. Reads see the writes made earlier in the same transaction. */
export interface ProjectionTarget {
  get<T>(collection: Collection, programmeId: string, id: string): T | undefined;
  put<T>(collection: Collection, programmeId: string, id: string, document: T): void;
  /** Every document of the collection in the programme as this commit sees it, in the order first written. */
  all<T>(collection: Collection, programmeId: string): T[];
  addJourneyEntry(entry: JourneyEntry): void;
  /** A corrected occurred date: the entries of these events take their place at the correct time. */
  moveJourneyEntries(programmeId: string, eventIds: readonly string[], occurredAt: string): void;
  addHistoryEntry(entry: HistoryEntry): void;
}

/** A projection: how one record changes the read models. Deterministic; it never reads the clock. */
export interface Projection {
  readonly name: string;
  apply(record: LedgerRecord, target: ProjectionTarget): void;
  /** A field of an event redacted (the journey tells it); projections without it pass it by. */
  applyRedaction?(record: RedactionRecord, target: ProjectionTarget): void;
}

/** Pages go forwards from an opaque, stable cursor (none, or null, for the first page); `first` is the page size. */
export interface PageRequest {
  readonly after?: string | null;
  readonly first: number;
}

export interface Page<T> {
  readonly items: readonly { readonly cursor: string; readonly node: T }[];
  readonly hasNextPage: boolean;
  /** Whether items of the list (with its filter) come before this page. */
  readonly hasPreviousPage: boolean;
  /** How many items the whole list holds with its filter, whatever page this is. */
  readonly totalCount: number;
}

/**
 * A page whose totalCount is counted when first read, not before: counting a long list costs as
 * much as reading a page of it, and most requests for a page do not ask how long the list is.
 */
export const pageCountedOnRead = <T>(page: Omit<Page<T>, 'totalCount'>, count: () => number): Page<T> => {
  let counted: number | undefined;
  return Object.defineProperty({ ...page }, 'totalCount', {
    get: () => (counted ??= count()),
    enumerable: true,
  }) as Page<T>;
};

/**
 * A page counted now, for a page about to outlive the store it counts in (a read as of a past
 * time folds into a scratch store that is closed before the client's fields are resolved).
 */
export const countedNow = <T>(page: Page<T>): Page<T> => ({
  items: page.items,
  hasNextPage: page.hasNextPage,
  hasPreviousPage: page.hasPreviousPage,
  totalCount: page.totalCount,
});

export const isPage = (value: unknown): value is Page<unknown> =>
  typeof value === 'object' && value !== null && 'items' in value && 'totalCount' in value;

/** The same page with its items replaced, its totalCount still counted only when read. */
export const withItems = <T, U>(page: Page<T>, items: Page<U>['items']): Page<U> =>
  pageCountedOnRead(
    { items, hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage },
    () => page.totalCount,
  );

export interface JourneyFilter {
  readonly kinds?: readonly EventKind[];
  readonly teamId?: string;
  /** Occurred on one of the days of a phase (from its first day, before `untilDay`). */
  readonly phase?: { readonly fromDay: string; readonly untilDay: string | null };
  /** Occurred on or after this date (or timestamp). */
  readonly from?: string;
  /** Occurred on or before this date (a date includes the whole day). */
  readonly to?: string;
  /** Only the entries of the events at these log positions (what a live update has just applied). */
  readonly positions?: readonly bigint[];
  /** Only the entries of these events. */
  readonly eventIds?: readonly string[];
}

export interface HistoryFilter {
  readonly types?: readonly string[];
  readonly actorId?: string;
  /** Recorded on or after this timestamp (or date). */
  readonly recordedFrom?: string;
  /** Recorded on or before this timestamp (a date includes the whole day). */
  readonly recordedTo?: string;
  /** Occurred on or before this timestamp (a date includes the whole day): for time travel. */
  readonly occurredTo?: string;
}

export interface ReadModelStore {
  /** The last position a projection has applied, or undefined when it has applied nothing. */
  checkpoint(projection: string): bigint | undefined;
  /** Runs the writes and moves the checkpoints in one transaction: all of it is kept, or none. */
  commit(writes: (target: ProjectionTarget) => void, checkpoints: ReadonlyMap<string, bigint>): void;
  document<T>(collection: Collection, programmeId: string, id: string): T | undefined;
  documents<T>(collection: Collection, programmeId: string): T[];
  /**
   * A value computed from a programme's documents (its overview), kept between reads until any
   * document of the programme changes. `compute` must read only that programme's documents.
   */
  derived<T>(name: string, programmeId: string, compute: () => T): T;
  programmeIds(): string[];
  journey(programmeId: string, filter: JourneyFilter, page: PageRequest): Page<JourneyEntry>;
  history(programmeId: string, filter: HistoryFilter, page: PageRequest): Page<HistoryEntry>;
  /** Drops every read model and checkpoint. */
  reset(): void;
  close(): void;
}
