import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RECORDING_RIGHTS } from '../auth/rights';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput, BarrierFilter } from '../inputs/filters';
import { PageArgs, RecordingArgs } from '../inputs/recording';
import { IdentifyBarrierInput, RescopeBarrierInput, ResolveBarrierInput } from '../inputs/work';
import { newItemId, itemOf, recordItem } from '../recording';
import { Barrier } from '../types/barrier';
import { connectionOf } from '../types/common';
import { BarrierPayload } from '../types/payloads';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const BarrierConnection = connectionOf(Barrier, 'Barrier', 'barrier');
const barrier = (programmeId: string, barrierId: string) => itemOf('barrier', programmeId, barrierId);

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

  @Authorized(RECORDING_RIGHTS.IdentifyBarrier)
  @Mutation(() => BarrierPayload, { description: 'Identify a barrier to spending time with families.' })
  identifyBarrier(
    @Arg('input', { description: 'What to record.' }) input: IdentifyBarrierInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const barrierId = input.barrierId ?? newItemId(recording, 'barrier');
    return recordItem(
      context,
      { type: 'IdentifyBarrier', data: { ...input, barrierId } },
      recording,
      barrier(input.programmeId, barrierId),
    );
  }

  @Authorized(RECORDING_RIGHTS.RescopeBarrier)
  @Mutation(() => BarrierPayload, {
    description: 'Move a barrier between local and national scope, saying why.',
  })
  rescopeBarrier(
    @Arg('input', { description: 'What to record.' }) input: RescopeBarrierInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'RescopeBarrier', data: { ...input } },
      recording,
      barrier(input.programmeId, input.barrierId),
    );
  }

  @Authorized(RECORDING_RIGHTS.ResolveBarrier)
  @Mutation(() => BarrierPayload, { description: 'Record how a barrier was resolved.' })
  resolveBarrier(
    @Arg('input', { description: 'What to record.' }) input: ResolveBarrierInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'ResolveBarrier', data: { ...input } },
      recording,
      barrier(input.programmeId, input.barrierId),
    );
  }
}
