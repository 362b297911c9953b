/** The barrier read model: scope and status over time, and the small changes that ease it. */
import type { BarrierEvent, BarrierKind, BarrierScope, BarrierSource } from '../domain/barrier/events';
import type { Learning } from '../domain/shared/citation';
import { unhandled } from '../domain/shared/command';
import { whenOf, type LedgerRecord, type When } from './ledgerRecord';
import { correctedBy } from './redate';

export const BARRIER_STATUSES = ['open', 'resolved'] as const;
export type BarrierStatus = (typeof BARRIER_STATUSES)[number];

export interface BarrierDocument {
  readonly barrierId: string;
  readonly programmeId: string;
  readonly title: string;
  readonly description: string;
  readonly kind: BarrierKind;
  readonly scope: BarrierScope;
  readonly status: BarrierStatus;
  readonly source: BarrierSource;
  readonly identifiedBy: readonly string[];
  readonly identified: When;
  readonly rescopings: readonly (When & {
    readonly from: BarrierScope;
    readonly to: BarrierScope;
    readonly rationale: string;
  })[];
  readonly resolution: (When & { readonly resolution: string }) | null;
  /** That the programme could not resolve it, why, what was learnt and done next; null unless recorded. */
  readonly notResolved: (When & Learning & { readonly rationale: string }) | null;
  /** Small changes proposed to ease it. */
  readonly easedBy: readonly string[];
}

export const evolveBarrier = (
  document: BarrierDocument | undefined,
  event: BarrierEvent,
  record: LedgerRecord,
): BarrierDocument | undefined => {
  const when = whenOf(record);
  if (event.type === 'BarrierIdentified') {
    return {
      ...event.data,
      status: 'open',
      identified: when,
      rescopings: [],
      resolution: null,
      notResolved: null,
      easedBy: document?.easedBy ?? [],
    };
  }
  if (!document) return undefined;
  switch (event.type) {
    case 'BarrierRescoped': {
      const { scope, rationale } = event.data;
      const rescoping = { ...when, from: document.scope, to: scope, rationale };
      return { ...document, scope, rescopings: [...document.rescopings, rescoping] };
    }
    case 'BarrierResolved':
      return { ...document, status: 'resolved', resolution: { ...when, resolution: event.data.resolution } };
    case 'BarrierNotResolved': {
      const { rationale, learning, nextStep } = event.data;
      return { ...document, notResolved: { ...when, rationale, learning, nextStep } };
    }
    case 'OccurredDateCorrected':
      return correctedBy(document, event);
    default:
      return unhandled(event);
  }
};

export const easedBy = (document: BarrierDocument, smallChangeId: string): BarrierDocument =>
  document.easedBy.includes(smallChangeId)
    ? document
    : { ...document, easedBy: [...document.easedBy, smallChangeId] };
