/** What a mutation's payload shows: the item the command changed, as the read models now read. */
import type { Collection } from '../../application/ports/readModelStore';
import type { LedgerReadModels } from '../../projections/ledgerReadModels';
import { blueprintView, dayOfRead, overviewView } from '../views';

/** The programme's overview. */
export const overviewOf = (readModels: LedgerReadModels, data: { readonly programmeId: string }) =>
  overviewView(readModels.overview(data.programmeId));

/** The working blueprint. */
export const workingBlueprintOf = (readModels: LedgerReadModels, data: { readonly programmeId: string }) =>
  blueprintView(readModels.blueprint(data.programmeId), dayOfRead());

/** One document of the programme, named by a field of the command's data. */
export const itemNamedBy =
  <F extends string>(collection: Collection, field: F) =>
  (readModels: LedgerReadModels, data: { readonly programmeId: string } & { readonly [K in F]: string }) =>
    readModels.item(collection, data.programmeId, data[field]);

/** The journey entry whose occurred date a correction moved. */
export const correctedEntryOf = async (
  readModels: LedgerReadModels,
  data: { readonly programmeId: string; readonly eventId: string },
) => {
  const page = await readModels.journey(data.programmeId, { eventIds: [data.eventId] }, { first: 1 });
  return page.items[0]?.node ?? null;
};
