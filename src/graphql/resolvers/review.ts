import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RECORDING_RIGHTS } from '../auth/rights';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput, ReviewFilter } from '../inputs/filters';
import { PageArgs, RecordingArgs } from '../inputs/recording';
import { HoldReviewInput, RecordDecisionInput, RecordInsightInput } from '../inputs/work';
import { newItemId, itemOf, recordItem } from '../recording';
import { connectionOf } from '../types/common';
import { ReviewPayload } from '../types/payloads';
import { Review } from '../types/review';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const ReviewConnection = connectionOf(Review, 'Review', 'review');
const review = (programmeId: string, reviewId: string) => itemOf('review', programmeId, reviewId);

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
      pageOfList(readModels.reviews(programmeId, filter ?? {}), (item) => item.reviewId, 'review', page),
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
    return readAsOf(context, programmeId, asOf, (readModels) =>
      found(
        readModels.item('review', programmeId, reviewId),
        'ReviewExists',
        `Programme ${programmeId} has no review ${reviewId}`,
      ),
    );
  }

  @Authorized(RECORDING_RIGHTS.HoldReview)
  @Mutation(() => ReviewPayload, { description: 'Record a review, check-in or sensemaking session held.' })
  holdReview(
    @Arg('input', { description: 'What to record.' }) input: HoldReviewInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const reviewId = input.reviewId ?? newItemId(recording, 'review');
    return recordItem(
      context,
      { type: 'HoldReview', data: { ...input, reviewId } },
      recording,
      review(input.programmeId, reviewId),
    );
  }

  @Authorized(RECORDING_RIGHTS.RecordInsight)
  @Mutation(() => ReviewPayload, { description: 'Record a challenge or opportunity noticed at a review.' })
  recordInsight(
    @Arg('input', { description: 'What to record.' }) input: RecordInsightInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const insightId = input.insightId ?? newItemId(recording, 'insight');
    return recordItem(
      context,
      { type: 'RecordInsight', data: { ...input, insightId } },
      recording,
      review(input.programmeId, input.reviewId),
    );
  }

  @Authorized(RECORDING_RIGHTS.RecordDecision)
  @Mutation(() => ReviewPayload, { description: 'Record what a review decided, why, and what it affects.' })
  recordDecision(
    @Arg('input', { description: 'What to record.' }) input: RecordDecisionInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const decisionId = input.decisionId ?? newItemId(recording, 'decision');
    const affects = input.affects.map(({ kind, id }) => ({ kind, id }));
    return recordItem(
      context,
      { type: 'RecordDecision', data: { ...input, decisionId, affects } },
      recording,
      review(input.programmeId, input.reviewId),
    );
  }
}
