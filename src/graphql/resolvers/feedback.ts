import { Arg, Args, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import { feedbackRoundOf, feedbackRoundsOf, staffFeedbackGapsOf } from '../../projections/staffFeedback';
import { failuresOf } from '../../projections/failures';
import type { LedgerContext } from '../context';
import type { ValueOf } from '../types/enums';
import { Failure, FailureKind } from '../types/failure';
import { ErrorMapping } from '../errors';
import { AsOfInput } from '../inputs/filters';
import { PageArgs } from '../inputs/recording';
import { connectionOf } from '../types/common';
import { FeedbackRound, StaffFeedbackGaps } from '../types/feedback';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const FailureConnection = connectionOf(Failure, 'Failure', 'failure');
const FeedbackRoundConnection = connectionOf(FeedbackRound, 'FeedbackRound', 'feedback round');

@Resolver()
@UseMiddleware(ErrorMapping)
export class FeedbackResolver {
  @Authorized()
  @Query(() => FeedbackRoundConnection, {
    description:
      'A programme\'s staff feedback rounds, oldest first, each with what was done in answer ("you said, we did"), including rounds with no answer yet.',
    complexity: pageCost,
  })
  feedbackRounds(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      pageOfList(feedbackRoundsOf(readModels, programmeId), (r) => r.feedbackRoundId, 'feedbackRound', page),
    );
  }

  @Authorized()
  @Query(() => FeedbackRound, { description: 'One staff feedback round and what was done in answer.' })
  feedbackRound(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('feedbackRoundId', () => ID, { description: 'The feedback round.' }) feedbackRoundId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      found(
        feedbackRoundOf(readModels, programmeId, feedbackRoundId),
        'FeedbackRoundExists',
        `Programme ${programmeId} has no feedback round ${feedbackRoundId}`,
      ),
    );
  }

  @Authorized()
  @Query(() => FailureConnection, {
    description:
      'Every failure of a programme, in the order it occurred, with why, what was learnt and what was done next: experiments not supported or stopped, small changes declined or reverted, escalations closed without result, barriers not resolved.',
    complexity: pageCost,
  })
  failures(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('kinds', () => [FailureKind], {
      nullable: true,
      description: 'Only these kinds; left out, every kind.',
    })
    kinds: ValueOf<typeof FailureKind>[] | undefined,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      pageOfList(failuresOf(readModels, programmeId, kinds ?? []), (f) => f.eventId, 'failure', page),
    );
  }

  @Authorized()
  @Query(() => StaffFeedbackGaps, {
    description:
      'Where staff have not been heard: started phases and items no feedback round asked about, and the unintended consequences still open.',
  })
  staffFeedback(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) => staffFeedbackGapsOf(readModels, programmeId));
  }
}
