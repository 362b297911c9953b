/**
 * The deliveries of a programme's written outputs, kept on the programme document so the overview
 * reads them with everything else. Programme documents written before deliveries existed have none.
 */
import type { WrittenOutputEvent, WrittenOutputKind } from '../../domain/writtenOutput/events';
import { whenOf, type LedgerRecord, type When } from '../ledgerRecord';
import type { ProgrammeDocument } from '../programme';

export interface Delivery extends When {
  readonly output: WrittenOutputKind;
  readonly audience: string;
  readonly reissue: boolean;
  readonly rationale: string | null;
}

/** The programme document with its deliveries (absent on documents from before 0.3: none). */
export type WithDeliveries = ProgrammeDocument & { readonly deliveries?: readonly Delivery[] };

export const deliveriesOf = (programme: ProgrammeDocument): readonly Delivery[] =>
  (programme as WithDeliveries).deliveries ?? [];

export const withDelivery = (
  programme: ProgrammeDocument,
  { data: { output, audience, reissue, rationale } }: WrittenOutputEvent,
  record: LedgerRecord,
): ProgrammeDocument => {
  const delivery: Delivery = { ...whenOf(record), output, audience, reissue, rationale };
  return { ...programme, deliveries: [...deliveriesOf(programme), delivery] } as WithDeliveries;
};
