import { Arg, Args, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import { decisionsIn } from '../../projections/decisions';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput, SmallChangeFilter } from '../inputs/filters';
import { PageArgs } from '../inputs/recording';
import { connectionOf } from '../types/common';
import { SmallChange } from '../types/smallChange';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const SmallChangeConnection = connectionOf(SmallChange, 'SmallChange', 'small change');

@Resolver()
@UseMiddleware(ErrorMapping)
export class SmallChangeResolver {
  @Authorized()
  @Query(() => SmallChangeConnection, {
    description: "A programme's small changes, in the order proposed.",
    complexity: pageCost,
  })
  smallChanges(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('filter', () => SmallChangeFilter, { nullable: true, description: 'Only the items that match.' })
    filter: SmallChangeFilter | undefined,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      pageOfList(
        readModels.smallChanges(programmeId, filter ?? {}).map(decisionsIn(readModels, programmeId).resolved),
        (change) => change.smallChangeId,
        'smallChange',
        page,
      ),
    );
  }

  @Authorized()
  @Query(() => SmallChange, { description: 'One small change, from proposal to its end state.' })
  smallChange(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('smallChangeId', () => ID, { description: 'The small change.' }) smallChangeId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      found(
        decisionsIn(readModels, programmeId).resolved(
          readModels.item('smallChange', programmeId, smallChangeId),
        ),
        'SmallChangeExists',
        `Programme ${programmeId} has no small change ${smallChangeId}`,
      ),
    );
  }
}
