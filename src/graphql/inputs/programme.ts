import { IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DIRECTIONS } from '../../domain/programme/events';
import { Direction, Level, ParticipantRole, TeamKind, type ValueOf } from '../types/enums';
import { BusinessTime, IdList, LedgerId, NestedList, Rationale, Text, TextList } from './rules';

@InputType({ description: 'A stage of the programme.' })
export class PhaseInput {
  @Field(() => ID) @LedgerId() phaseId!: string;
  @Field() @Text(200) name!: string;
}

@InputType({ description: 'e.g. 10 small changes within 8 weeks of the small-changes phase starting.' })
export class SmallChangeTargetInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(1000) count!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(520) withinWeeks!: number;
}

@InputType({ description: 'A new change programme.' })
export class LaunchProgrammeInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to have one made.' })
  @IsOptional()
  @LedgerId()
  programmeId?: string;
  @Field() @Text(200) name!: string;
  @Field() @Text(200) localAuthority!: string;
  @Field() @Text() scope!: string;
  @Field() @BusinessTime() startDate!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(120) plannedDurationMonths!: number;
  @Field(() => [PhaseInput], {
    nullable: true,
    description: 'Leave out for the default five-stage template.',
  })
  @IsOptional()
  @NestedList(20)
  phases?: PhaseInput[];
  @Field(() => SmallChangeTargetInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  smallChangeTarget?: SmallChangeTargetInput;
}

@InputType({ description: 'The problem, the intended change and the assumptions behind it.' })
export class DefineTheoryOfChangeInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field() @Text() problem!: string;
  @Field() @Text() intendedChange!: string;
  @Field(() => [String]) @TextList() assumptions!: string[];
  @Field({ nullable: true, description: 'Why, when it replaces an earlier theory.' })
  @IsOptional()
  @Rationale()
  rationale?: string;
}

@InputType({ description: 'The vision statement and the participants who wrote it together.' })
export class SetVisionInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field() @Text() statement!: string;
  @Field(() => [ID], { description: 'Participants who wrote it together.' })
  @IdList(1)
  coAuthorIds!: string[];
}

@InputType({ description: 'A revised vision statement, its co-authors and why it changed.' })
export class ReviseVisionInput extends SetVisionInput {
  @Field() @Rationale() rationale!: string;
}

@InputType({ description: 'A simple rule to guide everyday decisions.' })
export class AdoptSimpleRuleInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field() @Text(500) rule!: string;
}

@InputType({ description: 'A team joining the programme.' })
export class EnrolTeamInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: 'Leave out to have one made.' })
  @IsOptional()
  @LedgerId()
  teamId?: string;
  @Field() @Text(200) name!: string;
  @Field(() => TeamKind) kind!: ValueOf<typeof TeamKind>;
}

@InputType({
  description: 'Someone joins. Their name goes to the personal-data register, never into an event.',
})
export class JoinParticipantInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: 'Leave out to have one made.' })
  @IsOptional()
  @LedgerId()
  participantId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @LedgerId() teamId?: string;
  @Field(() => ParticipantRole) role!: ValueOf<typeof ParticipantRole>;
  @Field(() => Level) level!: ValueOf<typeof Level>;
  @Field({ description: 'Kept only in the personal-data register.' }) @Text(200) displayName!: string;
  @Field({ nullable: true, description: 'Kept only in the personal-data register.' })
  @IsOptional()
  @Text(200)
  contact?: string;
}

@InputType({ description: 'A participant leaving the programme.' })
export class RecordParticipantLeftInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() participantId!: string;
  @Field({ nullable: true }) @IsOptional() @Text(500) reason?: string;
}

@InputType({ description: 'An outcome the programme aims for.' })
export class DefineOutcomeInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: 'Leave out to have one made.' })
  @IsOptional()
  @LedgerId()
  outcomeId?: string;
  @Field() @Text(500) title!: string;
}

@InputType({ description: 'A metric of an outcome: unit, direction, baseline, target and method.' })
export class DefineMetricInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: 'Leave out to have one made.' })
  @IsOptional()
  @LedgerId()
  metricId?: string;
  @Field(() => ID) @LedgerId() outcomeId!: string;
  @Field() @Text(200) name!: string;
  @Field() @Text(50) unit!: string;
  @Field(() => Direction) @IsIn(DIRECTIONS) direction!: (typeof DIRECTIONS)[number];
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) baseline!: number;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) target!: number;
  @Field({ description: 'e.g. fortnightly.' }) @Text(100) cadence!: string;
  @Field({ description: 'The method: how would we know?' }) @Text() howWouldWeKnow!: string;
}

@InputType({ description: 'The phase addressed.' })
export class PhaseChangeInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field(() => ID) @LedgerId() phaseId!: string;
}

@InputType({ description: 'A phase completed, with what it achieved.' })
export class CompletePhaseInput extends PhaseChangeInput {
  @Field() @Text() summary!: string;
}

@InputType({ description: 'The programme closing, with a summary.' })
export class CloseProgrammeInput {
  @Field(() => ID) @LedgerId() programmeId!: string;
  @Field() @Text() summary!: string;
}
