/**
 * A scratch store whose history rows are folded only when a reader asks for the history: most
 * reads as of a past time (an overview, a journey page) never do, and those rows cost as much to
 * write as the rest of the fold.
 */
import type { LedgerRecord } from './ledgerRecord';
import type { Projection, ReadModelStore } from '../application/ports/readModelStore';
import { foldRecords } from './timeTravel';

export const historyWhenRead = (
  store: ReadModelStore,
  projections: readonly Projection[],
  records: () => readonly LedgerRecord[],
): ReadModelStore => {
  let folded = projections.length === 0;
  return {
    checkpoint: (projection) => store.checkpoint(projection),
    commit: (writes, checkpoints) => store.commit(writes, checkpoints),
    document: (collection, programmeId, id) => store.document(collection, programmeId, id),
    documents: (collection, programmeId) => store.documents(collection, programmeId),
    derived: (name, programmeId, compute) => store.derived(name, programmeId, compute),
    programmeIds: () => store.programmeIds(),
    journey: (programmeId, filter, page) => store.journey(programmeId, filter, page),
    history: (programmeId, filter, page) => {
      if (!folded) foldRecords(store, projections, records());
      folded = true;
      return store.history(programmeId, filter, page);
    },
    reset: () => store.reset(),
    close: () => store.close(),
  };
};
