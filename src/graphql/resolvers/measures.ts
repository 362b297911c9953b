import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RECORDING_RIGHTS } from '../auth/rights';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { CorrectMeasurementInput, RecordMeasurementInput, RecordSurveyRoundInput } from '../inputs/evidence';
import { AsOfInput } from '../inputs/filters';
import { PageArgs, RecordingArgs } from '../inputs/recording';
import { itemOf, newItemId, recordItem } from '../recording';
import { connectionOf } from '../types/common';
import { Metric, RunChart, SurveyRound } from '../types/metric';
import { MetricPayload, SurveyRoundPayload } from '../types/payloads';
import { pageOfList } from '../views';
import { AsOfArg, found, pageCost, readAsOf } from './support';

const MetricConnection = connectionOf(Metric, 'Metric', 'metric');
const SurveyRoundConnection = connectionOf(SurveyRound, 'SurveyRound', 'survey round');
const metric = (programmeId: string, metricId: string) => itemOf('metric', programmeId, metricId);

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
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) => readModels.runChart(programmeId, metricId));
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

  @Authorized(RECORDING_RIGHTS.RecordMeasurement)
  @Mutation(() => MetricPayload, { description: 'Record a value of a metric for a period.' })
  recordMeasurement(
    @Arg('input', { description: 'What to record.' }) input: RecordMeasurementInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const measurementId = input.measurementId ?? newItemId(recording, 'measurement');
    return recordItem(
      context,
      { type: 'RecordMeasurement', data: { ...input, measurementId } },
      recording,
      metric(input.programmeId, input.metricId),
    );
  }

  @Authorized(RECORDING_RIGHTS.CorrectMeasurement)
  @Mutation(() => MetricPayload, {
    description: 'Correct a measurement: the old value stays, superseded, with the reason.',
  })
  correctMeasurement(
    @Arg('input', { description: 'What to record.' }) input: CorrectMeasurementInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const measurementId = input.measurementId ?? newItemId(recording, 'measurement');
    return recordItem(
      context,
      { type: 'CorrectMeasurement', data: { ...input, measurementId } },
      recording,
      metric(input.programmeId, input.metricId),
    );
  }

  @Authorized(RECORDING_RIGHTS.RecordSurveyRound)
  @Mutation(() => SurveyRoundPayload, { description: "Record a survey round's aggregate results." })
  recordSurveyRound(
    @Arg('input', { description: 'What to record.' }) input: RecordSurveyRoundInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const surveyRoundId = input.surveyRoundId ?? newItemId(recording, 'surveyRound');
    return recordItem(
      context,
      { type: 'RecordSurveyRound', data: { ...input, surveyRoundId } },
      recording,
      itemOf('surveyRound', input.programmeId, surveyRoundId),
    );
  }
}
