/**
 * Writing and reading the access record. Refusals and reads of personal data come with requests,
 * many a second at worst: they are buffered and written together a moment later (one transaction
 * for many entries, never on the request's path). Exports, redactions and reads of the record
 * itself are written at once, before the answer. Reading the record is itself recorded.
 */
import type { AccessEntry, AccessKind, ChainedAccessEntry } from '../../domain/audit/accessChain';
import type { JsonObject } from '../../domain/audit/leafEntry';
import type { AccessFilter, AccessRecordStore } from '../ports/accessRecordStore';

/** Who is acting, as the access record names them. */
export interface AccessActor {
  readonly actorId: string | null;
  readonly roles: readonly string[];
  readonly credential: string | null;
  readonly correlationId: string | null;
  readonly address: string | null;
}

export interface AccessPage {
  readonly entries: readonly ChainedAccessEntry[];
  readonly hasNextPage: boolean;
  /** How many entries match the filter, on every page alike. */
  readonly totalCount: number;
}

export class AccessRecorder {
  private buffer: AccessEntry[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: AccessRecordStore,
    private readonly options: {
      readonly clock?: () => Date;
      readonly flushMs?: number;
      readonly onError?: (error: unknown) => void;
    } = {},
  ) {}

  private entry(kind: AccessKind, actor: AccessActor, details: AccessEntry['details']): AccessEntry {
    return { kind, at: (this.options.clock ?? (() => new Date()))().toISOString(), ...actor, details };
  }

  /** Recorded within a moment, with others; the caller does not wait. */
  record(kind: AccessKind, actor: AccessActor, details: AccessEntry['details']): void {
    if (this.mergedIntoLast(kind, actor, details)) return;
    this.buffer.push(this.entry(kind, actor, details));
    this.timer ??= setTimeout(() => this.flushQuietly(), this.options.flushMs ?? 200);
    this.timer.unref?.();
  }

  /** One request's reads of personal data make one entry, listing everyone read. */
  private mergedIntoLast(kind: AccessKind, actor: AccessActor, details: AccessEntry['details']): boolean {
    const last = this.buffer.at(-1);
    if (kind !== 'personalDataRead' || last?.kind !== kind || !actor.correlationId) return false;
    if (last.correlationId !== actor.correlationId) return false;
    const ids = new Set([
      ...(last.details.participantIds as string[]),
      ...(details.participantIds as string[]),
    ]);
    this.buffer[this.buffer.length - 1] = { ...last, details: { ...last.details, participantIds: [...ids] } };
    return true;
  }

  /** Recorded before this returns (with everything buffered before it). */
  recordNow(kind: AccessKind, actor: AccessActor, details: AccessEntry['details']): void {
    this.buffer.push(this.entry(kind, actor, details));
    this.flush();
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const entries = this.buffer;
    this.buffer = [];
    try {
      this.store.append(entries);
    } catch (error) {
      // Kept for the next attempt: the record must not lose what it was given.
      this.buffer = [...entries, ...this.buffer];
      throw error;
    }
  }

  private flushQuietly(): void {
    try {
      this.flush();
    } catch (error) {
      (this.options.onError ?? console.error)(error);
      this.timer ??= setTimeout(() => this.flushQuietly(), 1000);
      this.timer.unref?.();
    }
  }

  /** The entries that match, oldest first, after a sequence; the read is recorded first. */
  read(reader: AccessActor, filter: AccessFilter, after: number, first: number): AccessPage {
    const asked: JsonObject = {
      ...(filter.actorId === undefined ? {} : { actorId: filter.actorId }),
      ...(filter.kinds ? { kinds: [...filter.kinds] } : {}),
      ...(filter.from === undefined ? {} : { from: filter.from }),
      ...(filter.to === undefined ? {} : { to: filter.to }),
    };
    this.recordNow('accessRecordRead', reader, { filter: asked, after, first });
    const found = this.store.find(filter, after, first);
    return {
      entries: found.slice(0, first),
      hasNextPage: found.length > first,
      totalCount: this.store.count(filter),
    };
  }

  close(): void {
    this.flushQuietly();
  }
}
