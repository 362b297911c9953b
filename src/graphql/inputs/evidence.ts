/** Inputs for the blueprint, measurements and survey rounds: what the programme learns from. */
import { LIMITS } from '../../domain/shared/limits';
import { IsBoolean, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Audience, ElementKind, EvidenceKind, MeasurementSourceKind, type ValueOf } from '../types/enums';
import { DateScalar } from '../types/scalars';
import {
  IdList,
  LedgerId,
  MADE,
  NestedList,
  PROGRAMME,
  Rationale,
  REQUIRED_RATIONALE,
  Text,
  TextList,
} from './rules';

const EVIDENCE =
  'What the change rests on (up to 50): experiment conclusions, review decisions, survey rounds, small-change reviews.';

@InputType({ description: 'A new local blueprint and its co-owners.' })
export class DraftBlueprintInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => [ID], {
    description:
      'Its co-owners (at least one), participants of the programme: only co-owners may endorse a version, so include people at two levels or more, a practitioner among them.',
  })
  @IdList(1)
  coOwnerIds!: string[];
}

@InputType({ description: "A blueprint started from another programme's published version." })
export class DeriveBlueprintInput extends DraftBlueprintInput {
  @Field(() => ID, { description: 'The programme whose published blueprint this one starts from.' })
  @LedgerId()
  sourceProgrammeId!: string;
  @Field(() => Int, { description: 'The published version to start from (1 or more).' })
  @IsInt()
  @Min(1)
  sourceVersion!: number;
}

@InputType({ description: 'A participant becoming a co-owner of the blueprint.' })
export class AddBlueprintCoOwnerInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The participant, once a co-owner able to endorse versions.' })
  @LedgerId()
  participantId!: string;
}

@InputType({ description: 'What a blueprint change rests on.' })
export class EvidenceInput {
  @Field(() => EvidenceKind, { description: 'What kind of evidence.' }) kind!: ValueOf<typeof EvidenceKind>;
  @Field(() => ID, { description: 'The experiment, review, survey round or small change.' })
  @LedgerId()
  id!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'For a review decision, the decision; left out otherwise.',
  })
  @IsOptional()
  @LedgerId()
  decisionId?: string;
}

@InputType({ description: 'An element of the blueprint.' })
export class BlueprintElementInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ElementKind, { description: 'What kind of part it is.' }) kind!: ValueOf<typeof ElementKind>;
  @Field({ description: `The element in a few words (up to ${LIMITS.title} characters).` })
  @Text(LIMITS.title)
  title!: string;
  @Field({ description: 'What the element is and does.' }) @Text() description!: string;
  @Field(() => [ID], {
    description:
      'The barriers of this programme it addresses; a version is published only when every element has one.',
  })
  @IdList()
  barrierIds!: string[];
  @Field(() => [ID], { description: 'Owners of this element, at any level.' })
  @IdList()
  ownerIds!: string[];
  @Field(() => [EvidenceInput], { nullable: true, description: EVIDENCE })
  @IsOptional()
  @NestedList()
  evidence?: EvidenceInput[];
}

@InputType({ description: 'A new element of the working blueprint, with the evidence behind it.' })
export class AddBlueprintElementInput extends BlueprintElementInput {
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() elementId?: string;
  @Field({
    nullable: true,
    description:
      'Why it is added: optional before version 1 is published, required after it (rule RationaleRequired).',
  })
  @IsOptional()
  @Text()
  rationale?: string;
}

@InputType({ description: 'A revised element, with the rationale and evidence for the change.' })
export class ReviseBlueprintElementInput extends BlueprintElementInput {
  @Field(() => ID, { description: 'The element revised.' }) @LedgerId() elementId!: string;
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it is revised') })
  @Rationale()
  rationale!: string;
}

@InputType({ description: 'An element removed from the working blueprint, with the rationale.' })
export class RemoveBlueprintElementInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The element removed.' }) @LedgerId() elementId!: string;
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it is removed') })
  @Rationale()
  rationale!: string;
  @Field(() => [EvidenceInput], { nullable: true, description: EVIDENCE })
  @IsOptional()
  @NestedList()
  evidence?: EvidenceInput[];
}

@InputType({ description: 'The working blueprint published as the next version, and who endorsed it.' })
export class PublishBlueprintVersionInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field({ description: 'What this version is and what changed in it.' }) @Text() summary!: string;
  @Field(() => [ID], {
    description:
      'The participants endorsing this version. Every endorser must be a co-owner of the blueprint, and together they must span at least two levels, one of them practitioner (rules EndorsersAreCoOwners and VersionEndorsedAcrossLevels).',
  })
  @IdList(1)
  endorsedBy!: string[];
}

@InputType({ description: 'Where a measurement came from.' })
export class MeasurementSourceInput {
  @Field(() => MeasurementSourceKind, { description: 'What kind of source.' })
  kind!: ValueOf<typeof MeasurementSourceKind>;
  @Field(() => ID, { nullable: true, description: 'The survey round, when the source is one.' })
  @IsOptional()
  @LedgerId()
  id?: string;
  @Field({ nullable: true, description: `The source in words (up to ${LIMITS.statement} characters).` })
  @IsOptional()
  @Text(LIMITS.statement)
  description?: string;
}

@InputType({ description: 'A value of a metric for a period, and where it came from.' })
export class RecordMeasurementInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The metric measured.' }) @LedgerId() metricId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() measurementId?: string;
  @Field(() => DateScalar, { description: 'The first day of the period measured.' }) periodStart!: string;
  @Field(() => DateScalar, { description: 'The last day of the period measured.' }) periodEnd!: string;
  @Field(() => Float, { description: "The value, in the metric's unit." })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
  @Field(() => MeasurementSourceInput, { description: 'Where it came from.' })
  @ValidateNested()
  source!: MeasurementSourceInput;
  @Field({
    nullable: true,
    description:
      "True for a baseline: a measurement of the time before the programme started (its period starts before the programme's start date). Only a baseline may come before the start.",
  })
  @IsOptional()
  @IsBoolean()
  baseline?: boolean;
  @Field(() => ID, {
    nullable: true,
    description:
      'The team (or cohort) measured, enrolled in the programme (rule TeamInProgramme); left out for a measurement of the whole programme.',
  })
  @IsOptional()
  @LedgerId()
  teamId?: string;
}

@InputType({ description: 'A corrected value: the old one stays, marked as superseded.' })
export class CorrectMeasurementInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The metric.' }) @LedgerId() metricId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() measurementId?: string;
  @Field(() => ID, { description: 'The measurement this replaces.' }) @LedgerId() supersedes!: string;
  @Field(() => Float, { description: "The right value, in the metric's unit." })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Why the value replaced was wrong: required, up to 2000 characters (missing or blank, refused with rule RationaleRequired).',
  })
  @Rationale()
  reason!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day of the period; left out, that of the value replaced.',
  })
  @IsOptional()
  periodStart?: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The last day of the period; left out, that of the value replaced.',
  })
  @IsOptional()
  periodEnd?: string;
}

@InputType({ description: 'An aggregate score for one metric.' })
export class MetricScoreInput {
  @Field(() => ID, { description: 'The metric scored.' }) @LedgerId() metricId!: string;
  @Field(() => Float, { description: "The aggregate score, in the metric's unit." })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number;
}

@InputType({ description: 'Aggregate results only: no answer of any one person; quotes anonymised.' })
export class RecordSurveyRoundInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() surveyRoundId?: string;
  @Field(() => Audience, { description: 'Who answered.' }) audience!: ValueOf<typeof Audience>;
  @Field(() => Int, { description: 'How many answered: 0 to 100000.' })
  @IsInt()
  @Min(0)
  @Max(100000)
  respondents!: number;
  @Field(() => [MetricScoreInput], { description: 'Aggregate scores per metric (up to 50).' })
  @NestedList()
  scores!: MetricScoreInput[];
  @Field(() => [String], {
    description: 'Themes drawn from the answers (up to 50, each up to 500 characters).',
  })
  @TextList(50, 500)
  themes!: string[];
  @Field(() => [String], {
    description: 'Quotes with anything identifying removed (up to 50, each up to 1000 characters).',
  })
  @TextList(50, 1000)
  anonymisedQuotes!: string[];
  @Field({
    nullable: true,
    description:
      "True for a baseline round, held before the programme's start date (e.g. a survey of children and families before the start). Only a baseline may come before the start.",
  })
  @IsOptional()
  @IsBoolean()
  baseline?: boolean;
}
