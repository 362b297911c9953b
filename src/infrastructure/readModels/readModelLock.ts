/**
 * One ledger process at a time keeps a read-model file: it holds `<file>.lock` with its pid. A
 * rebuild refuses to drop read models that a running ledger is serving. A lock left by a process
 * that has gone (a crash) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PRIVATE_FILE_MODE } from '../ensureFolder';

export class ReadModelsInUseError extends Error {
  constructor(path: string, pid: number) {
    super(`The ledger (process ${pid}) is serving the read models in ${path}; stop it first`);
    this.name = 'ReadModelsInUseError';
  }
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const holderOf = (lockPath: string): number | undefined => {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
};

/** Takes the lock on a read-model file; returns its release. */
export const lockReadModels = (path: string): (() => void) => {
  const lockPath = `${path}.lock`;
  const holder = holderOf(lockPath);
  if (holder !== undefined) throw new ReadModelsInUseError(path, holder);
  writeFileSync(lockPath, String(process.pid), { mode: PRIVATE_FILE_MODE });
  return () => rmSync(lockPath, { force: true });
};
