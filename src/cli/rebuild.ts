/** `ledger rebuild`: drops the read models and rebuilds them from the event log, with a progress bar. */
import { openForRebuild } from '../composition/openLedger';
import { describeStore } from '../infrastructure/eventStore/openEventStore';
import { progressBar } from '../infrastructure/progressBar';
import { lockReadModels } from '../infrastructure/readModels/readModelLock';
import { LEDGER_PROJECTIONS } from '../projections/projections';
import { rebuildReadModels } from '../projections/rebuild';
import type { LedgerCommand } from './command';
import { UsageError, type CliIo } from './io';
import type { LedgerConfig } from '../infrastructure/config';

/** Rebuilds the read models with a progress bar on stderr; the caller holds their lock. */
export const rebuildWithProgress = async (config: LedgerConfig, io: CliIo): Promise<void> => {
  const { store, readModels, close } = openForRebuild(config);
  try {
    io.stderr.write(`Rebuilding ${config.readModelsPath} from ${describeStore(config.store)}\n`);
    const bar = progressBar(io.stderr);
    const { events, seconds } = await rebuildReadModels(store, readModels, LEDGER_PROJECTIONS, (progress) => {
      const fraction = progress.head ? Number(progress.position) / Number(progress.head) : 1;
      bar.update(fraction, `${progress.applied.toLocaleString('en-GB')} events`);
    });
    const rate = seconds > 0 ? Math.round(events / seconds) : events;
    bar.done(
      `Rebuilt the read models from ${events.toLocaleString('en-GB')} events in ${seconds.toFixed(1)} s (${rate.toLocaleString('en-GB')} events/s)`,
    );
  } finally {
    await close();
  }
};

export const rebuild: LedgerCommand = {
  name: 'rebuild',
  usage: ['rebuild', '  Drops the read models and rebuilds them from the event log. Stop the ledger first.'],
  run: async (args, config, io) => {
    if (args.length > 0) throw new UsageError(`rebuild takes no arguments, not ${args.join(' ')}`);
    const release = lockReadModels(config.readModelsPath);
    try {
      await rebuildWithProgress(config, io);
    } finally {
      release();
    }
  },
};
