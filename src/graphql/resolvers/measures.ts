import { Arg, Args, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput } from '../inputs/filters';
import { PageArgs } from '../inputs/recording';
import { connectionOf } from '../types/common';
import { Metric, RunChart, SurveyRound } from '../types/metric';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const MetricConnection = connectionOf(Metric, 'Metric', 'metric');
const SurveyRoundConnection = connectionOf(SurveyRound, 'SurveyRound', 'survey round');

@Resolver()
@UseMiddleware(ErrorMapping)
export class MeasuresResolver {
  @Authorized()
  @Query(() => MetricConnection, {
    description: "A programme's metrics with every measurement.",
    complexity: pageCost,
  })
  metrics(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      pageOfList(readModels.metrics(programmeId), (item) => item.metricId, 'metric', page),
    );
  }

  @Authorized()
  @Query(() => Metric, { description: 'One metric with every measurement, superseded ones included.' })
  metric(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('metricId', () => ID, { description: 'The metric.' }) metricId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      found(
        readModels.item('metric', programmeId, metricId),
        'MetricExists',
        `Programme ${programmeId} has no metric ${metricId}`,
      ),
    );
  }

  @Authorized()
  @Query(() => RunChart, {
    description:
      "A metric's run chart: baseline median, shifts, trends, too few or too many runs and astronomical points, and the changes recorded around each signal.",
  })
  runChart(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('metricId', () => ID, { description: 'The metric.' }) metricId: string,
    @Arg('teamId', () => ID, {
      nullable: true,
      description:
        "A team (or cohort) enrolled in the programme: its own measurements and small changes. Left out, the whole programme's chart: the measurements that name no team.",
    })
    teamId: string | undefined,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      readModels.runChart(programmeId, metricId, teamId ?? null),
    );
  }

  @Authorized()
  @Query(() => SurveyRoundConnection, {
    description: "A programme's survey rounds, in date order: aggregates only.",
    complexity: pageCost,
  })
  surveyRounds(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      pageOfList(readModels.surveyRounds(programmeId), (round) => round.surveyRoundId, 'surveyRound', page),
    );
  }
}
