import { Arg, Args, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import { READ_ROLES } from '../auth/rights';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput, HistoryFilter, JourneyFilter } from '../inputs/filters';
import { PageArgs } from '../inputs/recording';
import { HistoryConnection, JourneyConnection } from '../types/journey';
import { connectionFrom } from '../views';
import { AsOfArg, pageCost, readAsOf } from './support';

@Resolver()
@UseMiddleware(ErrorMapping)
export class AuditResolver {
  @Authorized()
  @Query(() => JourneyConnection, {
    description:
      'The entire journey of a programme in words a person can read, in the order things happened, with who recorded each step, in which role and when. With asOf, as the ledger knew it (recordedAt) or as it had happened (occurredAt) at a past time.',
    complexity: pageCost,
  })
  async journey(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('filter', () => JourneyFilter, { nullable: true, description: 'Only the items that match.' })
    filter: JourneyFilter | undefined,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    const found = await readAsOf(context, programmeId, asOf, (readModels) =>
      readModels.journey(programmeId, { ...filter }, page),
    );
    return connectionFrom(found);
  }

  @Authorized(READ_ROLES.history)
  @Query(() => HistoryConnection, {
    description:
      'Every event of a programme exactly as stored, with its metadata, in log order (auditors and admins).',
    complexity: pageCost,
  })
  async history(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('filter', () => HistoryFilter, { nullable: true, description: 'Only the items that match.' })
    filter: HistoryFilter | undefined,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    const found = await readAsOf(context, programmeId, asOf, (readModels) =>
      readModels.history(programmeId, { ...filter }, page),
    );
    return connectionFrom(found);
  }
}
