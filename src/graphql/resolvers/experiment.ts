import { Arg, Args, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import { decisionsIn } from '../../projections/decisions';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput, ExperimentFilter } from '../inputs/filters';
import { PageArgs } from '../inputs/recording';
import { connectionOf } from '../types/common';
import { Experiment } from '../types/experiment';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const ExperimentConnection = connectionOf(Experiment, 'Experiment', 'experiment');

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
        readModels.experiments(programmeId, filter ?? {}).map(decisionsIn(readModels, programmeId).resolved),
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
        decisionsIn(readModels, programmeId).resolved(
          readModels.item('experiment', programmeId, experimentId),
        ),
        'ExperimentExists',
        `Programme ${programmeId} has no experiment ${experimentId}`,
      ),
    );
  }
}
