/** Drops every read model and rebuilds it from the event log. */
import type { EventStore } from '../application/ports/eventStore';
import { ProjectionRunner, type CatchUpProgress } from './projectionRunner';
import type { Projection, ReadModelStore } from '../application/ports/readModelStore';

export interface RebuildResult {
  readonly events: number;
  readonly seconds: number;
}

export const rebuildReadModels = async (
  store: EventStore,
  readModels: ReadModelStore,
  projections: readonly Projection[],
  onProgress?: (progress: CatchUpProgress) => void,
): Promise<RebuildResult> => {
  const started = process.hrtime.bigint();
  readModels.reset();
  const runner = new ProjectionRunner(store, readModels, projections, { batchSize: 1000, onProgress });
  const events = await runner.catchUp();
  return { events, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
};
