/** Inputs for the everyday work: barriers, small changes, reviews and experiments. */
import { IsNumber, IsOptional, Max, Min, ValidateNested, IsArray, ArrayMaxSize } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import {
  AffectedKind,
  BarrierKind,
  BarrierScope,
  BarrierSourceKind,
  ExperimentResult,
  InsightKind,
  NextStep,
  ReviewKind,
  Verdict,
  type ValueOf,
} from '../types/enums';
import { BusinessTime, IdList, LedgerId, Rationale, Text } from './rules';

const MADE = 'Leave out to have one made.';

@InputType({ description: 'Where a barrier was first noticed.' })
export class BarrierSourceInput {
  @Field(() => BarrierSourceKind) kind!: ValueOf<typeof BarrierSourceKind>;
  @Field(() => ID, { nullable: true, description: 'The small change, review or survey round.' })
  @IsOptional()
  @LedgerId()
  id?: string;
}

@InputType()
export class IdentifyBarrierInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() barrierId?: string;
  @Field() @Text(200) title!: string;
  @Field() @Text() description!: string;
  @Field(() => BarrierKind) kind!: ValueOf<typeof BarrierKind>;
  @Field(() => BarrierScope) scope!: ValueOf<typeof BarrierScope>;
  @Field(() => BarrierSourceInput) @ValidateNested() source!: BarrierSourceInput;
  @Field(() => [ID]) @IdList(1) identifiedBy!: string[];
}

@InputType()
export class BarrierRef {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() barrierId!: string;
}

@InputType()
export class RescopeBarrierInput extends BarrierRef {
  @Field(() => BarrierScope) scope!: ValueOf<typeof BarrierScope>;
  @Field() @Rationale() rationale!: string;
}

@InputType()
export class ResolveBarrierInput extends BarrierRef {
  @Field() @Text() resolution!: string;
}

@InputType()
export class ProposeSmallChangeInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() smallChangeId?: string;
  @Field(() => ID) @LedgerId() teamId!: string;
  @Field() @Text(200) title!: string;
  @Field() @Text() description!: string;
  @Field(() => [ID]) @IdList(1) proposedBy!: string[];
  @Field(() => [ID], { description: 'The barriers it would ease (at least one).' })
  @IdList(1)
  barrierIds!: string[];
}

@InputType()
export class SmallChangeRef {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() smallChangeId!: string;
}

@InputType()
export class AgreeSmallChangeInput extends SmallChangeRef {
  @Field(() => [ID]) @IdList(1) agreedBy!: string[];
}

@InputType()
export class DeclineSmallChangeInput extends SmallChangeRef {
  @Field(() => [ID]) @IdList(1) declinedBy!: string[];
  @Field() @Rationale() rationale!: string;
}

@InputType()
export class ImplementSmallChangeInput extends SmallChangeRef {
  @Field() @Text() whatChanged!: string;
}

@InputType()
export class ReviewSmallChangeInput extends SmallChangeRef {
  @Field(() => Float) @IsNumber({ allowNaN: false }) @Min(0) @Max(168) hoursFreedPerWeek!: number;
  @Field() @Text() practitionersNoticed!: string;
  @Field({ description: 'What families noticed, in aggregate: never anything identifying.' })
  @Text()
  familiesNoticed!: string;
  @Field(() => Verdict) verdict!: ValueOf<typeof Verdict>;
}

@InputType()
export class AdaptSmallChangeInput extends SmallChangeRef {
  @Field() @Text() whatChanged!: string;
  @Field() @Rationale() rationale!: string;
}

@InputType()
export class RevertSmallChangeInput extends SmallChangeRef {
  @Field() @Rationale() rationale!: string;
}

@InputType()
export class EscalateSmallChangeInput extends SmallChangeRef {
  @Field(() => ID, { nullable: true, description: `The national barrier it raises. ${MADE}` })
  @IsOptional()
  @LedgerId()
  nationalBarrierId?: string;
  @Field() @Text(200) nationalBarrierTitle!: string;
  @Field(() => [ID]) @IdList(1) escalatedBy!: string[];
  @Field() @Rationale() rationale!: string;
}

@InputType()
export class HoldReviewInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() reviewId?: string;
  @Field(() => ReviewKind) kind!: ValueOf<typeof ReviewKind>;
  @Field(() => ID, { nullable: true }) @IsOptional() @LedgerId() teamId?: string;
  @Field(() => [ID]) @IdList(1) attendeeIds!: string[];
}

@InputType()
export class RecordInsightInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() reviewId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() insightId?: string;
  @Field(() => InsightKind) kind!: ValueOf<typeof InsightKind>;
  @Field() @Text() statement!: string;
  @Field(() => [ID]) @IdList() barrierIds!: string[];
}

@InputType({ description: 'An item a decision affects.' })
export class AffectedItemInput {
  @Field(() => AffectedKind) kind!: ValueOf<typeof AffectedKind>;
  @Field(() => ID) @LedgerId() id!: string;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() reviewId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() decisionId?: string;
  @Field() @Text() decision!: string;
  @Field() @Rationale() rationale!: string;
  @Field(() => [AffectedItemInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  affects!: AffectedItemInput[];
  @Field(() => ID, { nullable: true }) @IsOptional() @LedgerId() followUpOwnerId?: string;
}

@InputType({ description: 'If we do this, we expect that, because of this.' })
export class HypothesisInput {
  @Field() @Text() ifWe!: string;
  @Field() @Text() weExpect!: string;
  @Field() @Text() because!: string;
}

@InputType()
export class DesignExperimentInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() experimentId?: string;
  @Field() @Text(200) title!: string;
  @Field(() => HypothesisInput) @ValidateNested() hypothesis!: HypothesisInput;
  @Field(() => [ID]) @IdList() barrierIds!: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @LedgerId() blueprintElementId?: string;
  @Field(() => [ID], { description: 'The metrics it will be measured by.' }) @IdList() measureIds!: string[];
  @Field() @BusinessTime() plannedStart!: string;
  @Field() @BusinessTime() reviewDate!: string;
}

@InputType()
export class ExperimentRef {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() experimentId!: string;
}

@InputType()
export class AdaptExperimentInput extends ExperimentRef {
  @Field() @Text() change!: string;
  @Field() @Rationale() rationale!: string;
}

@InputType()
export class ConcludeExperimentInput extends ExperimentRef {
  @Field(() => ExperimentResult) result!: ValueOf<typeof ExperimentResult>;
  @Field() @Text() learning!: string;
  @Field(() => NextStep) nextStep!: ValueOf<typeof NextStep>;
}

@InputType()
export class StopExperimentInput extends ExperimentRef {
  @Field() @Rationale() rationale!: string;
  @Field() @Text() learning!: string;
}
