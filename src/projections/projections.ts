import { historyProjection } from './historyProjection';
import { programmeProjection } from './programmeProjection';
import type { Projection } from '../application/ports/readModelStore';

/** Every projection the ledger keeps. Each has its own checkpoint. */
export const LEDGER_PROJECTIONS: readonly Projection[] = [programmeProjection, historyProjection];
