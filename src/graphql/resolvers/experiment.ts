import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RECORDING_RIGHTS } from '../auth/rights';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput, ExperimentFilter } from '../inputs/filters';
import { PageArgs, RecordingArgs } from '../inputs/recording';
import {
  AdaptExperimentInput,
  ConcludeExperimentInput,
  DesignExperimentInput,
  ExperimentRef,
  StopExperimentInput,
} from '../inputs/work';
import { newItemId, itemOf, recordItem } from '../recording';
import { connectionOf } from '../types/common';
import { Experiment } from '../types/experiment';
import { ExperimentPayload } from '../types/payloads';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const ExperimentConnection = connectionOf(Experiment, 'Experiment', 'experiment');
const experiment = (programmeId: string, experimentId: string) =>
  itemOf('experiment', programmeId, experimentId);

@Resolver()
@UseMiddleware(ErrorMapping)
export class ExperimentResolver {
  @Authorized()
  @Query(() => ExperimentConnection, {
    description: "A programme's experiments: which failed, and what was learnt.",
    complexity: pageCost,
  })
  experiments(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('filter', () => ExperimentFilter, { nullable: true, description: 'Only the items that match.' })
    filter: ExperimentFilter | undefined,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      pageOfList(
        readModels.experiments(programmeId, filter ?? {}),
        (item) => item.experimentId,
        'experiment',
        page,
      ),
    );
  }

  @Authorized()
  @Query(() => Experiment, { description: 'One experiment, from design to conclusion.' })
  experiment(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('experimentId', () => ID, { description: 'The experiment.' }) experimentId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      found(
        readModels.item('experiment', programmeId, experimentId),
        'ExperimentExists',
        `Programme ${programmeId} has no experiment ${experimentId}`,
      ),
    );
  }

  @Authorized(RECORDING_RIGHTS.DesignExperiment)
  @Mutation(() => ExperimentPayload, {
    description: 'Design an experiment: hypothesis, measures, planned start and review date.',
  })
  designExperiment(
    @Arg('input', { description: 'What to record.' }) input: DesignExperimentInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const experimentId = input.experimentId ?? newItemId(recording, 'experiment');
    const hypothesis = { ...input.hypothesis };
    return recordItem(
      context,
      { type: 'DesignExperiment', data: { ...input, experimentId, hypothesis } },
      recording,
      experiment(input.programmeId, experimentId),
    );
  }

  @Authorized(RECORDING_RIGHTS.StartExperiment)
  @Mutation(() => ExperimentPayload, { description: 'Start a designed experiment.' })
  startExperiment(
    @Arg('input', { description: 'What to record.' }) input: ExperimentRef,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'StartExperiment', data: { ...input } },
      recording,
      experiment(input.programmeId, input.experimentId),
    );
  }

  @Authorized(RECORDING_RIGHTS.AdaptExperiment)
  @Mutation(() => ExperimentPayload, { description: 'Adapt a running experiment, saying why.' })
  adaptExperiment(
    @Arg('input', { description: 'What to record.' }) input: AdaptExperimentInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'AdaptExperiment', data: { ...input } },
      recording,
      experiment(input.programmeId, input.experimentId),
    );
  }

  @Authorized(RECORDING_RIGHTS.ConcludeExperiment)
  @Mutation(() => ExperimentPayload, {
    description: 'Conclude an experiment: result, learning and next step.',
  })
  concludeExperiment(
    @Arg('input', { description: 'What to record.' }) input: ConcludeExperimentInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'ConcludeExperiment', data: { ...input } },
      recording,
      experiment(input.programmeId, input.experimentId),
    );
  }

  @Authorized(RECORDING_RIGHTS.StopExperiment)
  @Mutation(() => ExperimentPayload, {
    description: 'Stop an experiment early, saying why and what was learnt.',
  })
  stopExperiment(
    @Arg('input', { description: 'What to record.' }) input: StopExperimentInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'StopExperiment', data: { ...input } },
      recording,
      experiment(input.programmeId, input.experimentId),
    );
  }
}
