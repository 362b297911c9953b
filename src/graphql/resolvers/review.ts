import { Arg, Args, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import { decisionsIn } from '../../projections/decisions';
import type { ReviewDocument } from '../../projections/reviews';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput, ReviewFilter } from '../inputs/filters';
import { PageArgs } from '../inputs/recording';
import { connectionOf } from '../types/common';
import { Review } from '../types/review';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const ReviewConnection = connectionOf(Review, 'Review', 'review');

@Resolver()
@UseMiddleware(ErrorMapping)
export class ReviewResolver {
  @Authorized()
  @Query(() => ReviewConnection, {
    description: "A programme's reviews, oldest first, with insights and decisions.",
    complexity: pageCost,
  })
  reviews(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('filter', () => ReviewFilter, { nullable: true, description: 'Only the items that match.' })
    filter: ReviewFilter | undefined,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      pageOfList(
        decisionsIn(readModels, programmeId).withFollowers(readModels.reviews(programmeId, filter ?? {})),
        (item) => item.reviewId,
        'review',
        page,
      ),
    );
  }

  @Authorized()
  @Query(() => Review, { description: 'One review with its insights and decisions.' })
  review(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('reviewId', () => ID, { description: 'The review.' }) reviewId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(
      context,
      programmeId,
      asOf,
      (readModels) =>
        decisionsIn(readModels, programmeId).withFollowers([
          found(
            readModels.item<ReviewDocument>('review', programmeId, reviewId),
            'ReviewExists',
            `Programme ${programmeId} has no review ${reviewId}`,
          ),
        ])[0],
    );
  }
}
