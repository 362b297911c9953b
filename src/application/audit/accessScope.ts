/**
 * Who the request being served is for, wherever the code that serves it runs: the personal-data
 * register's reads are recorded against the caller that caused them (see recordingReads).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AccessActor } from './accessRecorder';

export interface RequestScope {
  /** Filled in once the caller is known (after authentication). */
  actor: AccessActor | undefined;
  readonly operation: () => string | null;
}

export const accessScope = new AsyncLocalStorage<RequestScope>();
