/** What a mutation's payload shows: the item the command changed, as the read models now read. */
import type { Collection } from '../../application/ports/readModelStore';
import type { LedgerReadModels } from '../../projections/ledgerReadModels';
import { decisionsIn } from '../../projections/decisions';
import type { ReviewDocument } from '../../projections/reviews';
import { feedbackRoundOf } from '../../projections/staffFeedback';
import { blueprintView, dayOfRead, overviewView } from '../views';

/** The programme's overview. */
export const overviewOf = (readModels: LedgerReadModels, data: { readonly programmeId: string }) =>
  overviewView(readModels.overview(data.programmeId));

/** The working blueprint. */
export const workingBlueprintOf = (readModels: LedgerReadModels, data: { readonly programmeId: string }) =>
  blueprintView(readModels.blueprint(data.programmeId), dayOfRead());

/** One document of the programme, named by a field of the command's data, with decisions cited both ways. */
export const itemNamedBy =
  <F extends string>(collection: Collection, field: F) =>
  (readModels: LedgerReadModels, data: { readonly programmeId: string } & { readonly [K in F]: string }) => {
    const item = readModels.item(collection, data.programmeId, data[field]);
    const decisions = decisionsIn(readModels, data.programmeId);
    if (item && collection === 'review') return decisions.withFollowers([item as ReviewDocument])[0];
    return decisions.resolved(item);
  };

/** A feedback round as it reads, with the decisions it cites resolved. */
export const feedbackRoundAnswer = (
  readModels: LedgerReadModels,
  data: { readonly programmeId: string; readonly feedbackRoundId: string },
) => feedbackRoundOf(readModels, data.programmeId, data.feedbackRoundId);

/** The journey entry whose occurred date a correction moved. */
export const correctedEntryOf = async (
  readModels: LedgerReadModels,
  data: { readonly programmeId: string; readonly eventId: string },
) => {
  const page = await readModels.journey(data.programmeId, { eventIds: [data.eventId] }, { first: 1 });
  return page.items[0]?.node ?? null;
};
