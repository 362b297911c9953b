import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { When } from './common';
import { Audience, Direction, MeasurementSourceKind } from './enums';
import { BaselineSource, ChangeAroundKind, RunsLimits, SignalDirection, SignalRule } from './runChartEnums';
import { DateOrDateTimeScalar, DateScalar } from './scalars';

@ObjectType({ description: 'Where a measurement came from.' })
export class MeasurementSource {
  @Field(() => MeasurementSourceKind, { description: 'What kind of source it was.' }) kind!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The survey round, when the source is one; null otherwise.',
  })
  id?: string;
  @Field({ nullable: true, description: 'The source in words, when one was given.' }) description?: string;
}

@ObjectType({ description: 'The measurement a correction replaces, and why.' })
export class CorrectionOf {
  @Field(() => ID, { description: 'The measurement replaced.' }) measurementId!: string;
  @Field({ description: 'Why it was wrong.' }) reason!: string;
}

@ObjectType({
  description: 'A value of a metric for a period. Corrections never edit: the old value stays, superseded.',
})
export class Measurement extends When {
  @Field(() => ID, { description: 'The measurement id.' }) measurementId!: string;
  @Field(() => DateScalar, { description: 'The first day of the period measured.' }) periodStart!: string;
  @Field(() => DateScalar, { description: 'The last day of the period measured.' }) periodEnd!: string;
  @Field(() => Float, { description: "The value, in the metric's unit." }) value!: number;
  @Field(() => MeasurementSource, { nullable: true, description: 'Where it came from; null if not said.' })
  source!: MeasurementSource | null;
  @Field(() => CorrectionOf, {
    nullable: true,
    description: 'The value it corrects; null for a first value.',
  })
  corrects!: CorrectionOf | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The correction that replaced this value; null while in force.',
  })
  supersededBy!: string | null;
  @Field({ description: 'True for a baseline: a measurement of the time before the programme started.' })
  baseline!: boolean;
  @Field(() => ID, {
    nullable: true,
    description:
      'The team (or cohort) measured; null for a measurement of the whole programme (as every measurement recorded before teams could be named).',
  })
  teamId!: string | null;
}

@ObjectType({ description: 'Something the programme measures, with its baseline, target and measurements.' })
export class Metric {
  @Field(() => ID, { description: 'The metric id.' }) metricId!: string;
  @Field(() => ID, { description: 'The programme it belongs to.' }) programmeId!: string;
  @Field(() => ID, { description: 'The outcome it measures.' }) outcomeId!: string;
  @Field({ description: 'The metric name, e.g. "% of time with families".' }) name!: string;
  @Field({ description: 'The unit its values are in, e.g. "%" or "hours a week".' }) unit!: string;
  @Field(() => Direction, { description: 'Which way is better.' }) direction!: string;
  @Field(() => Float, { description: 'The value before the programme, in the unit.' }) baseline!: number;
  @Field(() => Float, { description: 'The value aimed for, in the unit.' }) target!: number;
  @Field({ description: 'How often it is measured, e.g. "fortnightly".' }) cadence!: string;
  @Field({ description: 'How we would know: the method, e.g. a fortnightly practitioner survey.' })
  howWouldWeKnow!: string;
  @Field(() => When, { description: 'When it was defined.' }) defined!: When;
  @Field(() => [Measurement], {
    description: 'Every measurement in the order recorded, superseded ones included.',
  })
  measurements!: Measurement[];
}

@ObjectType({ description: 'A point on a run chart: a measurement in force.' })
export class ChartPoint {
  @Field(() => ID, { description: 'The measurement plotted.' }) measurementId!: string;
  @Field(() => DateScalar, { description: 'The first day of its period.' }) periodStart!: string;
  @Field(() => DateScalar, {
    description: 'The last day of its period: where the point sits on the time axis.',
  })
  periodEnd!: string;
  @Field(() => Float, { description: "The value, in the metric's unit." }) value!: number;
}

@ObjectType({ description: 'The centre line of a run chart and where it comes from.' })
export class RunChartBaseline {
  @Field(() => BaselineSource, { description: 'Measured, or the declared baseline.' }) source!: string;
  @Field(() => DateOrDateTimeScalar, {
    nullable: true,
    description: 'When the baseline period ended: the first small change implemented; null before one is.',
  })
  until!: string | null;
  @Field(() => [ChartPoint], { description: 'The points of the baseline period.' }) points!: ChartPoint[];
  @Field(() => Float, {
    description: 'The centre line: the median of those points, or the declared baseline.',
  })
  median!: number;
}

@ObjectType({ description: 'A change recorded around a signal.' })
export class ChangeAround {
  @Field(() => ChangeAroundKind, { description: 'What happened.' }) kind!: string;
  @Field(() => ID, { description: 'The small change or experiment; for a blueprint version, its number.' })
  id!: string;
  @Field({ description: 'Its title, e.g. "Blueprint version 2" for a version.' }) title!: string;
  @Field(() => DateOrDateTimeScalar, { description: 'When it happened.' }) on!: string;
}

@ObjectType({
  description: 'The runs rule in numbers: how many runs the series has, and how many chance gives.',
})
export class RunsCount {
  @Field(() => Int, { description: 'Runs about the median: one or more consecutive points on one side.' })
  runs!: number;
  @Field(() => Int, { description: 'Points not on the median: only these make or break a run.' })
  usefulObservations!: number;
  @Field(() => Int, { description: 'Fewer runs than this are too few.' }) fewest!: number;
  @Field(() => Int, { description: 'More runs than this are too many.' }) most!: number;
  @Field(() => RunsLimits, { description: 'Where the two limits come from.' }) limits!: string;
}

@ObjectType({
  description:
    'A run-chart signal of non-random change: a shift, a trend, too few or too many runs, or an astronomical point, with the changes around it.',
})
export class Signal {
  @Field(() => SignalRule, { description: 'Shift, trend, runs or astronomical point.' }) rule!: string;
  @Field(() => SignalDirection, {
    description: 'Above or below the median, rising or falling, too few or too many runs.',
  })
  direction!: string;
  @Field(() => [ChartPoint], {
    description: 'The points that make the signal; for the runs rule, every point not on the median.',
  })
  points!: ChartPoint[];
  @Field(() => RunsCount, {
    nullable: true,
    description:
      'For the runs rule, the count of runs and the limits it fell outside; null for the other rules.',
  })
  runs?: RunsCount | null;
  @Field(() => DateScalar, { description: "The first day of its first point's period." }) from!: string;
  @Field(() => DateScalar, { description: "The last day of its last point's period." }) to!: string;
  @Field(() => [ChangeAround], {
    description: 'Changes recorded from 28 days before its first point to its last: what may explain it.',
  })
  changesAround!: ChangeAround[];
}

@ObjectType({ description: "A metric's run chart: points, baseline median and signals." })
export class RunChart {
  @Field(() => Metric, { description: 'The metric charted.' }) metric!: Metric;
  @Field(() => ID, {
    nullable: true,
    description:
      "The team (or cohort) charted; null for the whole programme's chart, which plots the measurements that name no team.",
  })
  teamId!: string | null;
  @Field(() => [ChartPoint], {
    description:
      'Every measurement in force of the team charted (or of the whole programme), in period order.',
  })
  points!: ChartPoint[];
  @Field(() => RunChartBaseline, { description: 'The centre line.' }) baseline!: RunChartBaseline;
  @Field(() => [Signal], {
    description:
      'The signals found, in order of their first point; too few or too many runs, which reads the whole series, last.',
  })
  signals!: Signal[];
  @Field(() => RunsCount, {
    nullable: true,
    description:
      'The runs rule over the whole series, signal or not: the runs about the centre line and the limits chance sets; null with fewer than 10 points off the centre line.',
  })
  runs?: RunsCount | null;
}

@ObjectType({ description: 'An aggregate score for one metric in a survey round.' })
export class MetricScore {
  @Field(() => ID, { description: 'The metric scored.' }) metricId!: string;
  @Field(() => Float, { description: "The aggregate score, in the metric's unit." }) score!: number;
}

@ObjectType({ description: 'A survey round: aggregate results only, quotes anonymised.' })
export class SurveyRound {
  @Field(() => ID, { description: 'The survey round id.' }) surveyRoundId!: string;
  @Field(() => ID, { description: 'The programme it belongs to.' }) programmeId!: string;
  @Field(() => Audience, { description: 'Who answered.' }) audience!: string;
  @Field(() => Int, { description: 'How many answered.' }) respondents!: number;
  @Field(() => [MetricScore], { description: 'Aggregate scores per metric.' }) scores!: MetricScore[];
  @Field(() => [String], { description: 'Themes drawn from the answers.' }) themes!: string[];
  @Field(() => [String], { description: 'Quotes with anything identifying removed.' })
  anonymisedQuotes!: string[];
  @Field({ description: 'True for a baseline round, held before the programme started.' }) baseline!: boolean;
  @Field(() => When, { description: 'When it was held and recorded.' }) recorded!: When;
}
