/**
 * Opens the ledger for a command that reads. When no ledger is serving, the read models are
 * brought up to the end of the log first; when one is, its read models are read as they stand
 * (it keeps them current) without taking them over.
 */
import type { LedgerConfig } from '../infrastructure/config';
import { silentLogger } from '../infrastructure/logger';
import { ReadModelsInUseError } from '../infrastructure/readModels/readModelLock';
import { openLedger, type Ledger } from '../composition/openLedger';

const open = (config: LedgerConfig): { ledger: Ledger; own: boolean } => {
  try {
    return { ledger: openLedger(config, { log: silentLogger }), own: true };
  } catch (error) {
    if (!(error instanceof ReadModelsInUseError)) throw error;
    return { ledger: openLedger(config, { log: silentLogger, shareReadModels: true }), own: false };
  }
};

export const withLedger = async <T>(
  config: LedgerConfig,
  read: (ledger: Ledger) => Promise<T>,
): Promise<T> => {
  const { ledger, own } = open(config);
  try {
    if (own) await ledger.runner.catchUp();
    return await read(ledger);
  } finally {
    await ledger.close();
  }
};
