/**
 * Storage faults: the disk is full, read-only or failing, or another process holds the file past
 * the wait. They are not the caller's mistake and not a bug: they are answered as
 * STORAGE_UNAVAILABLE ("try again later, with the same command id"), and /ready turns not-ready
 * while they last, so a load balancer or an operator sees them.
 */
import type { EventStore } from '../application/ports/eventStore';
import { StoreUnavailableError } from '../application/ports/eventStoreErrors';

/** SQLite result codes (better-sqlite3 puts them in `code`) and system errors that mean storage, not input. */
const SQLITE_FAULTS = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|BUSY|LOCKED|PROTOCOL|NOLFS)/;
const SYSTEM_FAULTS = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EFBIG']);

export const isStorageFault = (error: unknown): boolean => {
  if (error instanceof StoreUnavailableError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (SQLITE_FAULTS.test(code) || SYSTEM_FAULTS.has(code));
};

const cause = (error: unknown): string => {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG')
    return 'its disk is full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'its storage is read-only';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'another process is holding the ledger file';
  return 'its storage is failing';
};

/** The fault as the error the API reports: why, in a person's words, never the driver's internals. */
export const storageUnavailable = (error: unknown, doing: string): StoreUnavailableError =>
  error instanceof StoreUnavailableError
    ? error
    : new StoreUnavailableError(`The ledger could not ${doing}: ${cause(error)}`, { cause: error });

export interface StorageFault {
  readonly reason: string;
  /** When it was last seen (ISO time). */
  readonly at: string;
}

/**
 * The last storage fault seen while writing events, for /ready. A fault is reported for `holdMs`
 * after it was last seen, unless a write succeeds first: then traffic comes back and finds out
 * whether the space has returned, rather than the ledger staying out of service with nobody trying.
 */
export class StorageHealth {
  private fault: (StorageFault & { until: number }) | undefined;

  constructor(
    private readonly holdMs = 30_000,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  faulted(error: unknown): void {
    const now = this.clock();
    this.fault = { reason: cause(error), at: now.toISOString(), until: now.getTime() + this.holdMs };
  }

  recovered(): void {
    this.fault = undefined;
  }

  /** The fault still in force, if any. */
  current(): StorageFault | undefined {
    if (!this.fault || this.clock().getTime() > this.fault.until) return undefined;
    return { reason: this.fault.reason, at: this.fault.at };
  }
}

/**
 * The event store with storage faults named: a driver's disk error becomes StoreUnavailableError,
 * and appends tell `health` whether the storage is taking writes.
 */
export const watchStorage = (store: EventStore, health: StorageHealth): EventStore => {
  const guarded =
    <A extends unknown[], R>(doing: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        throw isStorageFault(error) ? storageUnavailable(error, doing) : error;
      }
    };
  return {
    appendToStream: async (streamName, events, expected) => {
      try {
        const result = await store.appendToStream(streamName, events, expected);
        health.recovered();
        return result;
      } catch (error) {
        if (!isStorageFault(error)) throw error;
        health.faulted(error);
        throw storageUnavailable(error, 'record it');
      }
    },
    readStream: guarded('read the ledger', (name, options) => store.readStream(name, options)),
    readLog: guarded('read the ledger', (options) => store.readLog(options)),
    findCommand: guarded('read the ledger', (commandId) => store.findCommand(commandId)),
    lastPosition: guarded('read the ledger', () => store.lastPosition()),
    subscribe: (options) => store.subscribe(options),
    close: () => store.close(),
  };
};
