import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RECORDING_RIGHTS } from '../auth/rights';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput, SmallChangeFilter } from '../inputs/filters';
import { PageArgs, RecordingArgs } from '../inputs/recording';
import {
  AdaptSmallChangeInput,
  AgreeSmallChangeInput,
  DeclineSmallChangeInput,
  EscalateSmallChangeInput,
  ImplementSmallChangeInput,
  ProposeSmallChangeInput,
  ReviewSmallChangeInput,
  RevertSmallChangeInput,
} from '../inputs/work';
import { newItemId, itemOf, recordItem } from '../recording';
import { connectionOf } from '../types/common';
import { SmallChangePayload } from '../types/payloads';
import { SmallChange } from '../types/smallChange';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const SmallChangeConnection = connectionOf(SmallChange, 'SmallChange', 'small change');
const smallChange = (programmeId: string, smallChangeId: string) =>
  itemOf('smallChange', programmeId, smallChangeId);

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
        readModels.smallChanges(programmeId, filter ?? {}),
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
        readModels.item('smallChange', programmeId, smallChangeId),
        'SmallChangeExists',
        `Programme ${programmeId} has no small change ${smallChangeId}`,
      ),
    );
  }

  @Authorized(RECORDING_RIGHTS.ProposeSmallChange)
  @Mutation(() => SmallChangePayload, { description: 'Propose a small change to practice.' })
  proposeSmallChange(
    @Arg('input', { description: 'What to record.' }) input: ProposeSmallChangeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const smallChangeId = input.smallChangeId ?? newItemId(recording, 'smallChange');
    return recordItem(
      context,
      { type: 'ProposeSmallChange', data: { ...input, smallChangeId } },
      recording,
      smallChange(input.programmeId, smallChangeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.AgreeSmallChange)
  @Mutation(() => SmallChangePayload, { description: 'Agree a proposed small change.' })
  agreeSmallChange(
    @Arg('input', { description: 'What to record.' }) input: AgreeSmallChangeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'AgreeSmallChange', data: { ...input } },
      recording,
      smallChange(input.programmeId, input.smallChangeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.DeclineSmallChange)
  @Mutation(() => SmallChangePayload, { description: 'Decline a proposed small change, saying why.' })
  declineSmallChange(
    @Arg('input', { description: 'What to record.' }) input: DeclineSmallChangeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'DeclineSmallChange', data: { ...input } },
      recording,
      smallChange(input.programmeId, input.smallChangeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.ImplementSmallChange)
  @Mutation(() => SmallChangePayload, { description: 'Record that an agreed small change is now practice.' })
  implementSmallChange(
    @Arg('input', { description: 'What to record.' }) input: ImplementSmallChangeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'ImplementSmallChange', data: { ...input } },
      recording,
      smallChange(input.programmeId, input.smallChangeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.ReviewSmallChange)
  @Mutation(() => SmallChangePayload, {
    description: 'Review an implemented small change: hours freed, what people noticed, the verdict.',
  })
  reviewSmallChange(
    @Arg('input', { description: 'What to record.' }) input: ReviewSmallChangeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'ReviewSmallChange', data: { ...input } },
      recording,
      smallChange(input.programmeId, input.smallChangeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.AdaptSmallChange)
  @Mutation(() => SmallChangePayload, { description: 'Adapt a small change, saying why.' })
  adaptSmallChange(
    @Arg('input', { description: 'What to record.' }) input: AdaptSmallChangeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'AdaptSmallChange', data: { ...input } },
      recording,
      smallChange(input.programmeId, input.smallChangeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.RevertSmallChange)
  @Mutation(() => SmallChangePayload, { description: 'Revert a small change, saying why.' })
  revertSmallChange(
    @Arg('input', { description: 'What to record.' }) input: RevertSmallChangeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'RevertSmallChange', data: { ...input } },
      recording,
      smallChange(input.programmeId, input.smallChangeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.EscalateSmallChange)
  @Mutation(() => SmallChangePayload, {
    description:
      'A small change needs national change: escalate it; the ledger identifies the national barrier.',
  })
  escalateSmallChange(
    @Arg('input', { description: 'What to record.' }) input: EscalateSmallChangeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const nationalBarrierId = input.nationalBarrierId ?? newItemId(recording, 'nationalBarrier');
    return recordItem(
      context,
      { type: 'EscalateSmallChange', data: { ...input, nationalBarrierId } },
      recording,
      smallChange(input.programmeId, input.smallChangeId),
    );
  }
}
