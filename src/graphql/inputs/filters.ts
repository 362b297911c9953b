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
import { AnyOf, BusinessTime, LedgerId } from './rules';

@InputType({
  description: 'Exactly one of the two: what the ledger knew then, or what we now know had happened by then.',
})
export class AsOfInput {
  @Field({ nullable: true, description: 'As recorded by this time: the ledger as it stood then.' })
  @IsOptional()
  @BusinessTime()
  recordedAt?: string;

  @Field({
    nullable: true,
    description: 'As occurred by this time, with everything known today (late records included).',
  })
  @IsOptional()
  @BusinessTime()
  occurredAt?: string;
}

@InputType({ description: 'Narrows small changes by team, status and the barrier they ease.' })
export class SmallChangeFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @LedgerId() teamId?: string;
  @Field(() => [SmallChangeStatus], { nullable: true, description: 'Any of these.' })
  @AnyOf()
  statuses?: ValueOf<typeof SmallChangeStatus>[];
  @Field(() => ID, { nullable: true, description: 'Only those easing this barrier.' })
  @IsOptional()
  @LedgerId()
  barrierId?: string;
}

@InputType({ description: 'Narrows experiments by status and result.' })
export class ExperimentFilter {
  @Field(() => [ExperimentStatus], { nullable: true })
  @AnyOf()
  statuses?: ValueOf<typeof ExperimentStatus>[];
  @Field(() => [ExperimentResult], { nullable: true, description: 'Concluded with any of these results.' })
  @AnyOf()
  results?: ValueOf<typeof ExperimentResult>[];
}

@InputType({ description: 'Narrows barriers by scope and status.' })
export class BarrierFilter {
  @Field(() => [BarrierScope], { nullable: true })
  @AnyOf()
  scopes?: ValueOf<typeof BarrierScope>[];
  @Field(() => [BarrierStatus], { nullable: true })
  @AnyOf()
  statuses?: ValueOf<typeof BarrierStatus>[];
}

@InputType({ description: 'Narrows reviews by kind, team and dates held.' })
export class ReviewFilter {
  @Field(() => [ReviewKind], { nullable: true })
  @AnyOf()
  kinds?: ValueOf<typeof ReviewKind>[];
  @Field(() => ID, { nullable: true }) @IsOptional() @LedgerId() teamId?: string;
  @Field({ nullable: true, description: 'Held on or after.' }) @IsOptional() @BusinessTime() from?: string;
  @Field({ nullable: true, description: 'Held on or before.' }) @IsOptional() @BusinessTime() to?: string;
}

@InputType({ description: 'Narrows the journey: by kind of fact, team, phase or occurred dates.' })
export class JourneyFilter {
  @Field(() => [EventKind], { nullable: true })
  @AnyOf()
  kinds?: ValueOf<typeof EventKind>[];
  @Field(() => ID, { nullable: true }) @IsOptional() @LedgerId() teamId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @LedgerId() phaseId?: string;
  @Field({ nullable: true, description: 'Occurred on or after.' })
  @IsOptional()
  @BusinessTime()
  from?: string;
  @Field({ nullable: true, description: 'Occurred on or before (a date includes the whole day).' })
  @IsOptional()
  @BusinessTime()
  to?: string;
}

@InputType({ description: 'Narrows the history: by event type, actor or recorded dates.' })
export class HistoryFilter {
  @Field(() => [String], { nullable: true, description: 'Event types, e.g. ExperimentStoppedEarly.' })
  @AnyOf(50)
  types?: string[];
  @Field(() => ID, { nullable: true, description: 'Recorded by this actor.' })
  @IsOptional()
  @LedgerId()
  actorId?: string;
  @Field({ nullable: true, description: 'Recorded on or after.' })
  @IsOptional()
  @BusinessTime()
  recordedFrom?: string;
  @Field({ nullable: true, description: 'Recorded on or before (a date includes the whole day).' })
  @IsOptional()
  @BusinessTime()
  recordedTo?: string;
}
