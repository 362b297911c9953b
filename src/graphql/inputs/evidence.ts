/** Inputs for the blueprint, measurements and survey rounds: what the programme learns from. */
import { IsBoolean, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Audience, ElementKind, EvidenceKind, MeasurementSourceKind, type ValueOf } from '../types/enums';
import { BusinessTime, IdList, LedgerId, NestedList, Rationale, Text, TextList } from './rules';

const MADE = 'Leave out to have one made.';

@InputType({ description: 'A new local blueprint and its co-owners.' })
export class DraftBlueprintInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => [ID]) @IdList(1) coOwnerIds!: string[];
}

@InputType({ description: "A blueprint started from another programme's published version." })
export class DeriveBlueprintInput extends DraftBlueprintInput {
  @Field(() => ID, { description: 'The programme whose published blueprint this one starts from.' })
  @LedgerId()
  sourceProgrammeId!: string;
  @Field(() => Int) @IsInt() @Min(1) sourceVersion!: number;
}

@InputType({ description: 'A participant becoming a co-owner of the blueprint.' })
export class AddBlueprintCoOwnerInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() participantId!: string;
}

@InputType({ description: 'What a blueprint change rests on.' })
export class EvidenceInput {
  @Field(() => EvidenceKind) kind!: ValueOf<typeof EvidenceKind>;
  @Field(() => ID, { description: 'The experiment, review, survey round or small change.' })
  @LedgerId()
  id!: string;
  @Field(() => ID, { nullable: true, description: 'For a review decision.' })
  @IsOptional()
  @LedgerId()
  decisionId?: string;
}

@InputType({ description: 'An element of the blueprint.' })
export class BlueprintElementInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ElementKind) kind!: ValueOf<typeof ElementKind>;
  @Field() @Text(200) title!: string;
  @Field() @Text() description!: string;
  @Field(() => [ID]) @IdList() barrierIds!: string[];
  @Field(() => [ID], { description: 'Co-owners of this element, at any level.' })
  @IdList()
  ownerIds!: string[];
  @Field(() => [EvidenceInput], { nullable: true })
  @IsOptional()
  @NestedList()
  evidence?: EvidenceInput[];
}

@InputType({ description: 'A new element of the working blueprint, with the evidence behind it.' })
export class AddBlueprintElementInput extends BlueprintElementInput {
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() elementId?: string;
  @Field({ nullable: true }) @IsOptional() @Text() rationale?: string;
}

@InputType({ description: 'A revised element, with the rationale and evidence for the change.' })
export class ReviseBlueprintElementInput extends BlueprintElementInput {
  @Field(() => ID) @LedgerId() elementId!: string;
  @Field() @Rationale() rationale!: string;
}

@InputType({ description: 'An element removed from the working blueprint, with the rationale.' })
export class RemoveBlueprintElementInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() elementId!: string;
  @Field() @Rationale() rationale!: string;
  @Field(() => [EvidenceInput], { nullable: true })
  @IsOptional()
  @NestedList()
  evidence?: EvidenceInput[];
}

@InputType({ description: 'The working blueprint published as the next version, and who endorsed it.' })
export class PublishBlueprintVersionInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field() @Text() summary!: string;
  @Field(() => [ID]) @IdList(1) endorsedBy!: string[];
}

@InputType({ description: 'Where a measurement came from.' })
export class MeasurementSourceInput {
  @Field(() => MeasurementSourceKind) kind!: ValueOf<typeof MeasurementSourceKind>;
  @Field(() => ID, { nullable: true, description: 'The survey round, when the source is one.' })
  @IsOptional()
  @LedgerId()
  id?: string;
  @Field({ nullable: true }) @IsOptional() @Text(500) description?: string;
}

@InputType({ description: 'A value of a metric for a period, and where it came from.' })
export class RecordMeasurementInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() metricId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() measurementId?: string;
  @Field() @BusinessTime() periodStart!: string;
  @Field() @BusinessTime() periodEnd!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
  @Field(() => MeasurementSourceInput) @ValidateNested() source!: MeasurementSourceInput;
  @Field({
    nullable: true,
    description:
      "True for a baseline: a measurement of the time before the programme started (its period starts before the programme's start date). Only a baseline may come before the start.",
  })
  @IsOptional()
  @IsBoolean()
  baseline?: boolean;
}

@InputType({ description: 'A corrected value: the old one stays, marked as superseded.' })
export class CorrectMeasurementInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() metricId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() measurementId?: string;
  @Field(() => ID, { description: 'The measurement this replaces.' }) @LedgerId() supersedes!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
  @Field() @Rationale() reason!: string;
  @Field({ nullable: true, description: 'Leave out to keep the period of the value replaced.' })
  @IsOptional()
  @BusinessTime()
  periodStart?: string;
  @Field({ nullable: true }) @IsOptional() @BusinessTime() periodEnd?: string;
}

@InputType({ description: 'An aggregate score for one metric.' })
export class MetricScoreInput {
  @Field(() => ID) @LedgerId() metricId!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) score!: number;
}

@InputType({ description: 'Aggregate results only: no answer of any one person; quotes anonymised.' })
export class RecordSurveyRoundInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() surveyRoundId?: string;
  @Field(() => Audience) audience!: ValueOf<typeof Audience>;
  @Field(() => Int) @IsInt() @Min(0) @Max(100000) respondents!: number;
  @Field(() => [MetricScoreInput])
  @NestedList()
  scores!: MetricScoreInput[];
  @Field(() => [String]) @TextList(50, 500) themes!: string[];
  @Field(() => [String]) @TextList(50, 1000) anonymisedQuotes!: string[];
  @Field({
    nullable: true,
    description:
      "True for a baseline round, held before the programme's start date (e.g. a survey of children and families before the start). Only a baseline may come before the start.",
  })
  @IsOptional()
  @IsBoolean()
  baseline?: boolean;
}
