import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import {
  BarrierScope,
  BarrierStatus,
  EventKind,
  ExperimentResult,
  ExperimentStatus,
  ReviewKind,
  SmallChangeStatus,
  type ValueOf,
} from '../types/enums';
import { DateOrDateTimeScalar } from '../types/scalars';
import { AnyOf, LedgerId } from './rules';

@InputType({
  description:
    'A past moment to read as of: exactly one of the two. E.g. `asOf: { recordedAt: "2025-03-01" }` shows what the ledger knew by the end of 1 March 2025; `asOf: { occurredAt: "2025-03-01" }` shows what we now know had happened by then.',
})
export class AsOfInput {
  @Field(() => DateOrDateTimeScalar, {
    nullable: true,
    description: 'As recorded by this moment (a date: by the end of that day): the ledger as it stood then.',
  })
  @IsOptional()
  recordedAt?: string;

  @Field(() => DateOrDateTimeScalar, {
    nullable: true,
    description:
      'As occurred by this moment (a date: by the end of that day), with everything known today, late records included.',
  })
  @IsOptional()
  occurredAt?: string;
}

const ANY = 'Any of these; left out, all.';

@InputType({ description: 'Narrows small changes by team, status and the barrier they ease.' })
export class SmallChangeFilter {
  @Field(() => ID, { nullable: true, description: "Only this team's." })
  @IsOptional()
  @LedgerId()
  teamId?: string;
  @Field(() => [SmallChangeStatus], { nullable: true, description: `Statuses: ${ANY}` })
  @AnyOf()
  statuses?: ValueOf<typeof SmallChangeStatus>[];
  @Field(() => ID, { nullable: true, description: 'Only those easing this barrier.' })
  @IsOptional()
  @LedgerId()
  barrierId?: string;
}

@InputType({ description: 'Narrows experiments by status and result.' })
export class ExperimentFilter {
  @Field(() => [ExperimentStatus], { nullable: true, description: `Statuses: ${ANY}` })
  @AnyOf()
  statuses?: ValueOf<typeof ExperimentStatus>[];
  @Field(() => [ExperimentResult], {
    nullable: true,
    description: 'Only those concluded with any of these results; left out, all.',
  })
  @AnyOf()
  results?: ValueOf<typeof ExperimentResult>[];
}

@InputType({ description: 'Narrows barriers by scope and status.' })
export class BarrierFilter {
  @Field(() => [BarrierScope], { nullable: true, description: `Scopes: ${ANY}` })
  @AnyOf()
  scopes?: ValueOf<typeof BarrierScope>[];
  @Field(() => [BarrierStatus], { nullable: true, description: `Statuses: ${ANY}` })
  @AnyOf()
  statuses?: ValueOf<typeof BarrierStatus>[];
}

@InputType({ description: 'Narrows reviews by kind, team and dates held.' })
export class ReviewFilter {
  @Field(() => [ReviewKind], { nullable: true, description: `Kinds of review: ${ANY}` })
  @AnyOf()
  kinds?: ValueOf<typeof ReviewKind>[];
  @Field(() => ID, { nullable: true, description: "Only this team's reviews." })
  @IsOptional()
  @LedgerId()
  teamId?: string;
  @Field(() => DateOrDateTimeScalar, { nullable: true, description: 'Held on or after.' })
  @IsOptional()
  from?: string;
  @Field(() => DateOrDateTimeScalar, {
    nullable: true,
    description: 'Held on or before (a date includes the whole day).',
  })
  @IsOptional()
  to?: string;
}

@InputType({ description: 'Narrows the journey: by kind of fact, team, phase or occurred dates.' })
export class JourneyFilter {
  @Field(() => [EventKind], { nullable: true, description: `Kinds of fact: ${ANY}` })
  @AnyOf()
  kinds?: ValueOf<typeof EventKind>[];
  @Field(() => ID, { nullable: true, description: 'Only entries concerning this team.' })
  @IsOptional()
  @LedgerId()
  teamId?: string;
  @Field(() => ID, { nullable: true, description: 'Only entries that happened in this phase.' })
  @IsOptional()
  @LedgerId()
  phaseId?: string;
  @Field(() => DateOrDateTimeScalar, { nullable: true, description: 'Occurred on or after.' })
  @IsOptional()
  from?: string;
  @Field(() => DateOrDateTimeScalar, {
    nullable: true,
    description: 'Occurred on or before (a date includes the whole day).',
  })
  @IsOptional()
  to?: string;
}

@InputType({ description: 'Narrows the history: by event type, actor or recorded dates.' })
export class HistoryFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Event types, e.g. ExperimentStoppedEarly: any of these; left out, all.',
  })
  @AnyOf(50)
  types?: string[];
  @Field(() => ID, { nullable: true, description: 'Recorded by this actor.' })
  @IsOptional()
  @LedgerId()
  actorId?: string;
  @Field(() => DateOrDateTimeScalar, { nullable: true, description: 'Recorded on or after.' })
  @IsOptional()
  recordedFrom?: string;
  @Field(() => DateOrDateTimeScalar, {
    nullable: true,
    description: 'Recorded on or before (a date includes the whole day).',
  })
  @IsOptional()
  recordedTo?: string;
}
