import { Arg, Args, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput, BarrierFilter } from '../inputs/filters';
import { PageArgs } from '../inputs/recording';
import { Barrier } from '../types/barrier';
import { connectionOf } from '../types/common';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const BarrierConnection = connectionOf(Barrier, 'Barrier', 'barrier');

@Resolver()
@UseMiddleware(ErrorMapping)
export class BarrierResolver {
  @Authorized()
  @Query(() => BarrierConnection, {
    description: "A programme's barriers, local and national.",
    complexity: pageCost,
  })
  barriers(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('filter', () => BarrierFilter, { nullable: true, description: 'Only the items that match.' })
    filter: BarrierFilter | undefined,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      pageOfList(readModels.barriers(programmeId, filter ?? {}), (item) => item.barrierId, 'barrier', page),
    );
  }

  @Authorized()
  @Query(() => Barrier, { description: 'One barrier, with how it was rescoped or resolved.' })
  barrier(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('barrierId', () => ID, { description: 'The barrier.' }) barrierId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      found(
        readModels.item('barrier', programmeId, barrierId),
        'BarrierExists',
        `Programme ${programmeId} has no barrier ${barrierId}`,
      ),
    );
  }
}
