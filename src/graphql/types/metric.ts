import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { When } from './common';
import { Audience, Direction, MeasurementSourceKind } from './enums';

@ObjectType({ description: 'Where a measurement came from.' })
export class MeasurementSource {
  @Field(() => MeasurementSourceKind) kind!: string;
  @Field(() => ID, { nullable: true, description: 'The survey round, when the source is one.' }) id?: string;
  @Field({ nullable: true }) description?: string;
}

@ObjectType({ description: 'The measurement a correction replaces, and why.' })
export class CorrectionOf {
  @Field(() => ID) measurementId!: string;
  @Field() reason!: string;
}

@ObjectType({
  description: 'A value of a metric for a period. Corrections never edit: the old value stays, superseded.',
})
export class Measurement extends When {
  @Field(() => ID) measurementId!: string;
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field(() => Float) value!: number;
  @Field(() => MeasurementSource, { nullable: true }) source!: MeasurementSource | null;
  @Field(() => CorrectionOf, { nullable: true }) corrects!: CorrectionOf | null;
  @Field(() => ID, { nullable: true, description: 'The correction that replaced this value, if any.' })
  supersededBy!: string | null;
  @Field({ description: 'True for a baseline: a measurement of the time before the programme started.' })
  baseline!: boolean;
}

@ObjectType({ description: 'Something the programme measures, with its baseline, target and measurements.' })
export class Metric {
  @Field(() => ID) metricId!: string;
  @Field(() => ID) programmeId!: string;
  @Field(() => ID) outcomeId!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => Direction) direction!: string;
  @Field(() => Float) baseline!: number;
  @Field(() => Float) target!: number;
  @Field() cadence!: string;
  @Field({ description: 'How we would know: the method.' }) howWouldWeKnow!: string;
  @Field(() => When) defined!: When;
  @Field(() => [Measurement], {
    description: 'Every measurement in the order recorded, superseded ones included.',
  })
  measurements!: Measurement[];
}

@ObjectType({ description: 'A point on a run chart: a measurement in force.' })
export class ChartPoint {
  @Field(() => ID) measurementId!: string;
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: 'The centre line of a run chart and where it comes from.' })
export class RunChartBaseline {
  @Field({
    description: 'measurements (points before the first small change was implemented) or declaredBaseline.',
  })
  source!: string;
  @Field(() => String, { nullable: true, description: 'When the baseline period ended.' }) until!:
    string | null;
  @Field(() => [ChartPoint]) points!: ChartPoint[];
  @Field(() => Float) median!: number;
}

@ObjectType({ description: 'A change recorded around a signal.' })
export class ChangeAround {
  @Field({
    description:
      'smallChangeImplemented, experimentStarted, experimentConcluded, experimentStoppedEarly or blueprintVersionPublished.',
  })
  kind!: string;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() on!: string;
}

@ObjectType({
  description: 'A run-chart signal of non-random change: a shift or a trend, with the changes around it.',
})
export class Signal {
  @Field({
    description: 'shift (6+ points on one side of the median) or trend (5+ points rising or falling).',
  })
  rule!: string;
  @Field({ description: 'above, below, rising or falling.' }) direction!: string;
  @Field(() => [ChartPoint]) points!: ChartPoint[];
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [ChangeAround]) changesAround!: ChangeAround[];
}

@ObjectType({ description: "A metric's run chart: points, baseline median and signals." })
export class RunChart {
  @Field(() => Metric) metric!: Metric;
  @Field(() => [ChartPoint]) points!: ChartPoint[];
  @Field(() => RunChartBaseline) baseline!: RunChartBaseline;
  @Field(() => [Signal]) signals!: Signal[];
}

@ObjectType({ description: 'An aggregate score for one metric in a survey round.' })
export class MetricScore {
  @Field(() => ID) metricId!: string;
  @Field(() => Float) score!: number;
}

@ObjectType({ description: 'A survey round: aggregate results only, quotes anonymised.' })
export class SurveyRound {
  @Field(() => ID) surveyRoundId!: string;
  @Field(() => ID) programmeId!: string;
  @Field(() => Audience) audience!: string;
  @Field(() => Int) respondents!: number;
  @Field(() => [MetricScore]) scores!: MetricScore[];
  @Field(() => [String]) themes!: string[];
  @Field(() => [String]) anonymisedQuotes!: string[];
  @Field({ description: 'True for a baseline round, held before the programme started.' }) baseline!: boolean;
  @Field(() => When) recorded!: When;
}
