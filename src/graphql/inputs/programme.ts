import { LIMITS } from '../../domain/shared/limits';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DIRECTIONS } from '../../domain/programme/events';
import { Direction, Level, ParticipantRole, TeamKind, type ValueOf } from '../types/enums';
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

@InputType({ description: 'A stage of the programme.' })
export class PhaseInput {
  @Field(() => ID, { description: 'Its id, e.g. smallChanges.' }) @LedgerId() phaseId!: string;
  @Field({ description: `Its name, up to ${LIMITS.name} characters.` }) @Text(LIMITS.name) name!: string;
}

@InputType({ description: 'E.g. 10 small changes within 8 weeks of the small-changes phase starting.' })
export class SmallChangeTargetInput {
  @Field(() => Int, { description: 'How many small changes: 1 to 1000.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  count!: number;
  @Field(() => Int, {
    description:
      'Within how many weeks (1 to 520) of the start of the phase with id smallChanges (with its own phases, the second phase).',
  })
  @IsInt()
  @Min(1)
  @Max(520)
  withinWeeks!: number;
}

@InputType({ description: 'A new change programme.' })
export class LaunchProgrammeInput {
  @Field(() => ID, { nullable: true, description: MADE })
  @IsOptional()
  @LedgerId()
  programmeId?: string;
  @Field({ description: `Its name, up to ${LIMITS.name} characters.` }) @Text(LIMITS.name) name!: string;
  @Field({ description: `The local authority running it, up to ${LIMITS.name} characters.` })
  @Text(LIMITS.name)
  localAuthority!: string;
  @Field({ description: 'Which services and teams it covers.' }) @Text() scope!: string;
  @Field(() => DateScalar, { description: 'The day it starts.' }) startDate!: string;
  @Field(() => Int, { description: 'How long it is planned to run: 1 to 120 months.' })
  @IsInt()
  @Min(1)
  @Max(120)
  plannedDurationMonths!: number;
  @Field(() => [PhaseInput], {
    nullable: true,
    description: 'Its own phases, in order (up to 20); left out, the default five-stage template.',
  })
  @IsOptional()
  @NestedList(20)
  phases?: PhaseInput[];
  @Field(() => SmallChangeTargetInput, {
    nullable: true,
    description: 'Its small-change target, if it sets one.',
  })
  @IsOptional()
  @ValidateNested()
  smallChangeTarget?: SmallChangeTargetInput;
}

@InputType({ description: 'The problem, the intended change and the assumptions behind it.' })
export class DefineTheoryOfChangeInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field({ description: 'The problem the programme addresses.' }) @Text() problem!: string;
  @Field({ description: 'The change it intends to bring about.' }) @Text() intendedChange!: string;
  @Field(() => [String], { description: 'The assumptions behind it (up to 50).' })
  @TextList()
  assumptions!: string[];
  @Field({
    nullable: true,
    description:
      'Why it replaces an earlier theory: required then (rule RationaleRequired), optional for the first one.',
  })
  @IsOptional()
  @Rationale()
  rationale?: string;
}

@InputType({ description: 'The vision statement and the participants who wrote it together.' })
export class SetVisionInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field({ description: 'The vision, in the words of its authors.' }) @Text() statement!: string;
  @Field(() => [ID], { description: 'Participants who wrote it together (at least one).' })
  @IdList(1)
  coAuthorIds!: string[];
}

@InputType({ description: 'A revised vision statement, its co-authors and why it changed.' })
export class ReviseVisionInput extends SetVisionInput {
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('the vision changed') })
  @Rationale()
  rationale!: string;
}

@InputType({ description: 'A simple rule to guide everyday decisions.' })
export class AdoptSimpleRuleInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field({ description: `The rule, e.g. "Measure what matters" (up to ${LIMITS.statement} characters).` })
  @Text(LIMITS.statement)
  rule!: string;
}

@InputType({ description: 'A team joining the programme.' })
export class EnrolTeamInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE })
  @IsOptional()
  @LedgerId()
  teamId?: string;
  @Field({ description: `The team name, up to ${LIMITS.name} characters.` })
  @Text(LIMITS.name)
  name!: string;
  @Field(() => TeamKind, { description: 'What kind of team it is.' }) kind!: ValueOf<typeof TeamKind>;
}

@InputType({
  description: 'Someone joins. Their name goes to the personal-data register, never into an event.',
})
export class JoinParticipantInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, {
    nullable: true,
    description: `${MADE} For someone who will record, the actor id of their API key or token.`,
  })
  @IsOptional()
  @LedgerId()
  participantId?: string;
  @Field(() => ID, { nullable: true, description: 'Their team; left out for someone not in one team.' })
  @IsOptional()
  @LedgerId()
  teamId?: string;
  @Field(() => ParticipantRole, { description: 'Their job in the programme.' })
  role!: ValueOf<typeof ParticipantRole>;
  @Field(() => Level, { description: 'How senior they are.' }) level!: ValueOf<typeof Level>;
  @Field({
    description: `Their name (up to ${LIMITS.title} characters): kept only in the personal-data register.`,
  })
  @Text(LIMITS.title)
  displayName!: string;
  @Field({
    nullable: true,
    description: `How to reach them (up to ${LIMITS.title} characters): kept only in the personal-data register.`,
  })
  @IsOptional()
  @Text(LIMITS.title)
  contact?: string;
}

@InputType({ description: 'A participant leaving the programme.' })
export class RecordParticipantLeftInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'Who is leaving.' }) @LedgerId() participantId!: string;
  @Field({
    nullable: true,
    description: `Why, if they want it recorded (up to ${LIMITS.statement} characters).`,
  })
  @IsOptional()
  @Text(LIMITS.statement)
  reason?: string;
}

@InputType({ description: 'An outcome the programme aims for.' })
export class DefineOutcomeInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE })
  @IsOptional()
  @LedgerId()
  outcomeId?: string;
  @Field({ description: 'The outcome in words, up to 500 characters.' })
  @Text(LIMITS.statement)
  title!: string;
}

@InputType({ description: 'A metric of an outcome: unit, direction, baseline, target and method.' })
export class DefineMetricInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE })
  @IsOptional()
  @LedgerId()
  metricId?: string;
  @Field(() => ID, { description: 'The outcome it measures.' }) @LedgerId() outcomeId!: string;
  @Field({ description: `Its name, up to ${LIMITS.name} characters.` }) @Text(LIMITS.name) name!: string;
  @Field({ description: `The unit of its values, e.g. "%" (up to ${LIMITS.unit} characters).` })
  @Text(LIMITS.unit)
  unit!: string;
  @Field(() => Direction, { description: 'Which way is better.' })
  @IsIn(DIRECTIONS)
  direction!: (typeof DIRECTIONS)[number];
  @Field(() => Float, { description: 'The value before the programme, in the unit.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline!: number;
  @Field(() => Float, { description: 'The value aimed for, in the unit.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target!: number;
  @Field({ description: 'How often it is measured, e.g. fortnightly.' }) @Text(LIMITS.short) cadence!: string;
  @Field({ description: 'The method: how would we know?' }) @Text() howWouldWeKnow!: string;
}

@InputType({ description: 'The phase addressed.' })
export class PhaseChangeInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The phase, by its id.' }) @LedgerId() phaseId!: string;
}

@InputType({ description: 'A phase completed, with what it achieved.' })
export class CompletePhaseInput extends PhaseChangeInput {
  @Field({ description: 'What the phase achieved.' }) @Text() summary!: string;
}

@InputType({ description: 'The programme closing, with a summary.' })
export class CloseProgrammeInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field({ description: 'What the programme achieved.' }) @Text() summary!: string;
}
