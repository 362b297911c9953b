/** Inputs for the everyday work: barriers, small changes, reviews and experiments. */
import { IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
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
import { BusinessTime, IdList, LedgerId, NestedList, Rationale, Text } from './rules';

const MADE = 'Leave out to have one made.';

@InputType({ description: 'Where a barrier was first noticed.' })
export class BarrierSourceInput {
  @Field(() => BarrierSourceKind) kind!: ValueOf<typeof BarrierSourceKind>;
  @Field(() => ID, { nullable: true, description: 'The small change, review or survey round.' })
  @IsOptional()
  @LedgerId()
  id?: string;
}

@InputType({ description: 'A barrier to spending time with families, and who identified it.' })
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

@InputType({ description: 'The barrier addressed.' })
export class BarrierRef {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() barrierId!: string;
}

@InputType({ description: 'A barrier moving between local and national scope, with the reason.' })
export class RescopeBarrierInput extends BarrierRef {
  @Field(() => BarrierScope) scope!: ValueOf<typeof BarrierScope>;
  @Field() @Rationale() rationale!: string;
}

@InputType({ description: 'How a barrier was resolved.' })
export class ResolveBarrierInput extends BarrierRef {
  @Field() @Text() resolution!: string;
}

@InputType({ description: 'A small change a team proposes, who proposed it and the barriers it would ease.' })
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

@InputType({ description: 'The small change addressed.' })
export class SmallChangeRef {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() smallChangeId!: string;
}

@InputType({ description: 'Who agreed a proposed small change.' })
export class AgreeSmallChangeInput extends SmallChangeRef {
  @Field(() => [ID]) @IdList(1) agreedBy!: string[];
}

@InputType({ description: 'Who declined a proposed small change, and why.' })
export class DeclineSmallChangeInput extends SmallChangeRef {
  @Field(() => [ID]) @IdList(1) declinedBy!: string[];
  @Field() @Rationale() rationale!: string;
}

@InputType({ description: 'What changed in practice when the small change was implemented.' })
export class ImplementSmallChangeInput extends SmallChangeRef {
  @Field() @Text() whatChanged!: string;
}

@InputType({ description: 'What a review of an implemented small change found.' })
export class ReviewSmallChangeInput extends SmallChangeRef {
  @Field(() => Float) @IsNumber({ allowNaN: false }) @Min(0) @Max(168) hoursFreedPerWeek!: number;
  @Field() @Text() practitionersNoticed!: string;
  @Field({ description: 'What families noticed, in aggregate: never anything identifying.' })
  @Text()
  familiesNoticed!: string;
  @Field(() => Verdict) verdict!: ValueOf<typeof Verdict>;
}

@InputType({ description: 'A change to a small change, with the rationale.' })
export class AdaptSmallChangeInput extends SmallChangeRef {
  @Field() @Text() whatChanged!: string;
  @Field() @Rationale() rationale!: string;
}

@InputType({ description: 'Why a small change is being reverted.' })
export class RevertSmallChangeInput extends SmallChangeRef {
  @Field() @Rationale() rationale!: string;
}

@InputType({ description: 'A small change that needs national change, and the national barrier it raises.' })
export class EscalateSmallChangeInput extends SmallChangeRef {
  @Field(() => ID, { nullable: true, description: `The national barrier it raises. ${MADE}` })
  @IsOptional()
  @LedgerId()
  nationalBarrierId?: string;
  @Field() @Text(200) nationalBarrierTitle!: string;
  @Field(() => [ID]) @IdList(1) escalatedBy!: string[];
  @Field() @Rationale() rationale!: string;
}

@InputType({ description: 'A review, check-in or sensemaking session held, and who attended.' })
export class HoldReviewInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() reviewId?: string;
  @Field(() => ReviewKind) kind!: ValueOf<typeof ReviewKind>;
  @Field(() => ID, { nullable: true }) @IsOptional() @LedgerId() teamId?: string;
  @Field(() => [ID]) @IdList(1) attendeeIds!: string[];
}

@InputType({ description: 'A challenge or opportunity noticed at a review.' })
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

@InputType({ description: 'What a review decided, why, what it affects and who follows it up.' })
export class RecordDecisionInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() reviewId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() decisionId?: string;
  @Field() @Text() decision!: string;
  @Field() @Rationale() rationale!: string;
  @Field(() => [AffectedItemInput])
  @NestedList()
  affects!: AffectedItemInput[];
  @Field(() => ID, { nullable: true }) @IsOptional() @LedgerId() followUpOwnerId?: string;
}

@InputType({ description: 'If we do this, we expect that, because of this.' })
export class HypothesisInput {
  @Field() @Text() ifWe!: string;
  @Field() @Text() weExpect!: string;
  @Field() @Text() because!: string;
}

@InputType({ description: 'An experiment: its hypothesis, what it tests and how it will be measured.' })
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

@InputType({ description: 'The experiment addressed.' })
export class ExperimentRef {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() experimentId!: string;
}

@InputType({ description: 'A change to a running experiment, with the rationale.' })
export class AdaptExperimentInput extends ExperimentRef {
  @Field() @Text() change!: string;
  @Field() @Rationale() rationale!: string;
}

@InputType({ description: "An experiment's result, what was learnt and the next step." })
export class ConcludeExperimentInput extends ExperimentRef {
  @Field(() => ExperimentResult) result!: ValueOf<typeof ExperimentResult>;
  @Field() @Text() learning!: string;
  @Field(() => NextStep) nextStep!: ValueOf<typeof NextStep>;
}

@InputType({ description: 'Why an experiment stopped early and what was learnt.' })
export class StopExperimentInput extends ExperimentRef {
  @Field() @Rationale() rationale!: string;
  @Field() @Text() learning!: string;
}
