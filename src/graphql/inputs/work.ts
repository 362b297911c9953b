/** Inputs for the everyday work: barriers, small changes, reviews and experiments. */
import { LIMITS } from '../../domain/shared/limits';
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
import { DateScalar } from '../types/scalars';
import {
  CitedDecisionField,
  CitedFeedbackRoundsField,
  DecisionCitationInput,
  LEARNING,
  NEXT_STEP,
  OptionalText,
} from './citation';
import { IdList, LedgerId, MADE, NestedList, PROGRAMME, Rationale, REQUIRED_RATIONALE, Text } from './rules';

@InputType({ description: 'Where a barrier was first noticed.' })
export class BarrierSourceInput {
  @Field(() => BarrierSourceKind, { description: 'What kind of source.' })
  kind!: ValueOf<typeof BarrierSourceKind>;
  @Field(() => ID, {
    nullable: true,
    description: 'The small change, review or survey round, if there is one.',
  })
  @IsOptional()
  @LedgerId()
  id?: string;
}

@InputType({ description: 'A barrier to spending time with families, and who identified it.' })
export class IdentifyBarrierInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() barrierId?: string;
  @Field({ description: `The barrier in a few words (up to ${LIMITS.title} characters).` })
  @Text(LIMITS.title)
  title!: string;
  @Field({ description: 'What gets in the way, and how.' }) @Text() description!: string;
  @Field(() => BarrierKind, { description: 'What kind of obstacle it is.' }) kind!: ValueOf<
    typeof BarrierKind
  >;
  @Field(() => BarrierScope, { description: 'Local (the authority can change it) or national.' })
  scope!: ValueOf<typeof BarrierScope>;
  @Field(() => BarrierSourceInput, { description: 'Where it was first noticed.' })
  @ValidateNested()
  source!: BarrierSourceInput;
  @Field(() => [ID], { description: 'The participants who identified it (at least one).' })
  @IdList(1)
  identifiedBy!: string[];
}

@InputType({ description: 'The barrier addressed.' })
export class BarrierRef {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The barrier.' }) @LedgerId() barrierId!: string;
}

@InputType({ description: 'A barrier moving between local and national scope, with the reason.' })
export class RescopeBarrierInput extends BarrierRef {
  @Field(() => BarrierScope, { description: 'Its new scope.' }) scope!: ValueOf<typeof BarrierScope>;
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('its scope changes') })
  @Rationale()
  rationale!: string;
}

@InputType({ description: 'How a barrier was resolved.' })
export class ResolveBarrierInput extends BarrierRef {
  @Field({ description: 'What resolved it.' }) @Text() resolution!: string;
}

@InputType({ description: 'A small change a team proposes, who proposed it and the barriers it would ease.' })
export class ProposeSmallChangeInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() smallChangeId?: string;
  @Field(() => ID, { description: 'The team that will make it.' }) @LedgerId() teamId!: string;
  @Field({ description: `The change in a few words (up to ${LIMITS.title} characters).` })
  @Text(LIMITS.title)
  title!: string;
  @Field({ description: 'What the change is.' }) @Text() description!: string;
  @Field(() => [ID], { description: 'The participants proposing it (at least one).' })
  @IdList(1)
  proposedBy!: string[];
  @Field(() => [ID], { description: 'The barriers it would ease (at least one).' })
  @IdList(1)
  barrierIds!: string[];
}

@InputType({ description: 'The small change addressed.' })
export class SmallChangeRef {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The small change.' }) @LedgerId() smallChangeId!: string;
}

@InputType({ description: 'Who agreed a proposed small change.' })
export class AgreeSmallChangeInput extends SmallChangeRef {
  @Field(() => [ID], { description: 'The participants agreeing it (at least one).' })
  @IdList(1)
  agreedBy!: string[];
}

@InputType({ description: 'Who declined a proposed small change, and why.' })
export class DeclineSmallChangeInput extends SmallChangeRef {
  @Field(() => [ID], { description: 'The participants declining it (at least one).' })
  @IdList(1)
  declinedBy!: string[];
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it is declined') })
  @Rationale()
  rationale!: string;
  @CitedDecisionField() decision?: DecisionCitationInput;
  @OptionalText(LEARNING) learning?: string;
  @OptionalText(NEXT_STEP) nextStep?: string;
}

@InputType({ description: 'What changed in practice when the small change was implemented.' })
export class ImplementSmallChangeInput extends SmallChangeRef {
  @Field({ description: 'What exactly changed.' }) @Text() whatChanged!: string;
}

@InputType({ description: 'What a review of an implemented small change found.' })
export class ReviewSmallChangeInput extends SmallChangeRef {
  @Field(() => Float, { description: 'Hours a week freed for direct work with families: 0 to 168.' })
  @IsNumber({ allowNaN: false })
  @Min(0)
  @Max(168)
  hoursFreedPerWeek!: number;
  @Field({ description: 'What practitioners noticed.' }) @Text() practitionersNoticed!: string;
  @Field({ description: 'What families noticed, in aggregate: never anything identifying.' })
  @Text()
  familiesNoticed!: string;
  @Field(() => Verdict, { description: 'Keep, adapt or revert.' }) verdict!: ValueOf<typeof Verdict>;
}

@InputType({ description: 'A change to a small change, with the rationale.' })
export class AdaptSmallChangeInput extends SmallChangeRef {
  @Field({ description: 'What changes this time.' }) @Text() whatChanged!: string;
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it is adapted') })
  @Rationale()
  rationale!: string;
  @CitedDecisionField() decision?: DecisionCitationInput;
  @CitedFeedbackRoundsField() feedbackRoundIds?: string[];
}

@InputType({ description: 'Why a small change is being reverted.' })
export class RevertSmallChangeInput extends SmallChangeRef {
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it is reverted') })
  @Rationale()
  rationale!: string;
  @CitedDecisionField() decision?: DecisionCitationInput;
  @CitedFeedbackRoundsField() feedbackRoundIds?: string[];
  @OptionalText(LEARNING) learning?: string;
  @OptionalText(NEXT_STEP) nextStep?: string;
}

@InputType({ description: 'A small change that needs national change, and the national barrier it raises.' })
export class EscalateSmallChangeInput extends SmallChangeRef {
  @Field(() => ID, { nullable: true, description: `The national barrier it raises. ${MADE}` })
  @IsOptional()
  @LedgerId()
  nationalBarrierId?: string;
  @Field({ description: `The national barrier in a few words (up to ${LIMITS.title} characters).` })
  @Text(LIMITS.title)
  nationalBarrierTitle!: string;
  @Field(() => [ID], { description: 'The participants escalating it (at least one).' })
  @IdList(1)
  escalatedBy!: string[];
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it needs national change') })
  @Rationale()
  rationale!: string;
}

@InputType({ description: 'A review, check-in or sensemaking session held, and who attended.' })
export class HoldReviewInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() reviewId?: string;
  @Field(() => ReviewKind, { description: 'What kind of meeting.' }) kind!: ValueOf<typeof ReviewKind>;
  @Field(() => ID, { nullable: true, description: 'The team it is for; left out for the whole programme.' })
  @IsOptional()
  @LedgerId()
  teamId?: string;
  @Field(() => [ID], { description: 'The participants who attended (at least one).' })
  @IdList(1)
  attendeeIds!: string[];
}

@InputType({ description: 'A challenge or opportunity noticed at a review.' })
export class RecordInsightInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The review it was noticed at.' }) @LedgerId() reviewId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() insightId?: string;
  @Field(() => InsightKind, { description: 'Challenge or opportunity.' }) kind!: ValueOf<typeof InsightKind>;
  @Field({ description: 'The insight in the words of those who noticed it.' }) @Text() statement!: string;
  @Field(() => [ID], { description: 'The barriers it names (may be none).' }) @IdList() barrierIds!: string[];
}

@InputType({ description: 'An item a decision affects.' })
export class AffectedItemInput {
  @Field(() => AffectedKind, { description: 'What kind of item.' }) kind!: ValueOf<typeof AffectedKind>;
  @Field(() => ID, { description: "The item's id." }) @LedgerId() id!: string;
}

@InputType({ description: 'What a review decided, why, what it affects and who follows it up.' })
export class RecordDecisionInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The review that decided.' }) @LedgerId() reviewId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() decisionId?: string;
  @Field({ description: 'What was decided.' }) @Text() decision!: string;
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it was decided') })
  @Rationale()
  rationale!: string;
  @Field(() => [AffectedItemInput], { description: 'The items it affects (up to 50; may be none).' })
  @NestedList()
  affects!: AffectedItemInput[];
  @Field(() => ID, { nullable: true, description: 'The participant who follows it up, if one is named.' })
  @IsOptional()
  @LedgerId()
  followUpOwnerId?: string;
  @CitedFeedbackRoundsField() feedbackRoundIds?: string[];
}

@InputType({ description: 'If we do this, we expect that, because of this.' })
export class HypothesisInput {
  @Field({ description: 'If we …: what the experiment does.' }) @Text() ifWe!: string;
  @Field({ description: 'We expect …: the effect looked for.' }) @Text() weExpect!: string;
  @Field({ description: 'Because …: why the effect is expected.' }) @Text() because!: string;
}

@InputType({ description: 'An experiment: its hypothesis, what it tests and how it will be measured.' })
export class DesignExperimentInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() experimentId?: string;
  @Field({ description: `The experiment in a few words (up to ${LIMITS.title} characters).` })
  @Text(LIMITS.title)
  title!: string;
  @Field(() => HypothesisInput, { description: 'What it tests.' })
  @ValidateNested()
  hypothesis!: HypothesisInput;
  @Field(() => [ID], { description: 'The barriers it addresses (may be none).' })
  @IdList()
  barrierIds!: string[];
  @Field(() => ID, { nullable: true, description: 'The blueprint element it tests, if any.' })
  @IsOptional()
  @LedgerId()
  blueprintElementId?: string;
  @Field(() => [ID], { description: 'The metrics it will be measured by (may be none).' })
  @IdList()
  measureIds!: string[];
  @Field(() => DateScalar, { description: 'The day it is planned to start.' }) plannedStart!: string;
  @Field(() => DateScalar, { description: 'The day it is due to be reviewed.' }) reviewDate!: string;
}

@InputType({ description: 'The experiment addressed.' })
export class ExperimentRef {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The experiment.' }) @LedgerId() experimentId!: string;
}

@InputType({ description: 'A change to a running experiment, with the rationale.' })
export class AdaptExperimentInput extends ExperimentRef {
  @Field({ description: 'What changes in the experiment.' }) @Text() change!: string;
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it changes') })
  @Rationale()
  rationale!: string;
}

@InputType({ description: "An experiment's result, what was learnt and the next step." })
export class ConcludeExperimentInput extends ExperimentRef {
  @Field(() => ExperimentResult, { description: 'Whether the evidence supported the hypothesis.' })
  result!: ValueOf<typeof ExperimentResult>;
  @Field({ description: 'What was learnt, whatever the result.' }) @Text() learning!: string;
  @Field(() => NextStep, { description: 'Adopt, adapt or abandon.' }) nextStep!: ValueOf<typeof NextStep>;
}

@InputType({ description: 'Why an experiment stopped early and what was learnt.' })
export class StopExperimentInput extends ExperimentRef {
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it stops early') })
  @Rationale()
  rationale!: string;
  @Field({ description: 'What was learnt all the same.' }) @Text() learning!: string;
  @CitedDecisionField() decision?: DecisionCitationInput;
}
