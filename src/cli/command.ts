import type { LedgerConfig } from '../infrastructure/config';
import type { CliIo } from './io';

/** One command of the `ledger` tool. */
export interface LedgerCommand {
  readonly name: string;
  /** The first line is the synopsis; the rest explain it. */
  readonly usage: readonly string[];
  run(args: readonly string[], config: LedgerConfig, io: CliIo): Promise<void>;
}
