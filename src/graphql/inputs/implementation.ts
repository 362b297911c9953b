/** Inputs for blueprint elements' implementation and for participants' team moves. */
import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../../domain/shared/limits';
import { DateScalar } from '../types/scalars';
import { LedgerId, PROGRAMME, Rationale, REQUIRED_RATIONALE, Text } from './rules';

@InputType({ description: 'A blueprint element whose implementation moves on a step.' })
export class ElementImplementationRef {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The element of the working blueprint.' }) @LedgerId() elementId!: string;
}

@InputType({
  description: "Who owns an element's implementation, and when it is planned to start and be done.",
})
export class PlanElementImplementationInput extends ElementImplementationRef {
  @Field(() => ID, {
    description:
      'The participant who owns the implementation: in the programme now (rule ParticipantActive).',
  })
  @LedgerId()
  ownerId!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day it is planned to start; left out if not known.',
  })
  @IsOptional()
  plannedStartOn?: string;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day it is planned to be implemented by, not before the planned start (rule PlannedDatesInOrder); left out if not known.',
  })
  @IsOptional()
  plannedImplementedBy?: string;
  @Field({
    nullable: true,
    description:
      'Why the plan changes: optional the first time, required when the element was planned before (rule RationaleRequired).',
  })
  @IsOptional()
  @Text()
  rationale?: string;
}

@InputType({ description: "An element's implementation paused, and why." })
export class PauseElementImplementationInput extends ElementImplementationRef {
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it is paused') })
  @Rationale()
  rationale!: string;
}

@InputType({ description: "A paused element's implementation resumed." })
export class ResumeElementImplementationInput extends ElementImplementationRef {
  @Field({ nullable: true, description: 'Why it resumes now, if worth saying (up to 2000 characters).' })
  @IsOptional()
  @Text()
  rationale?: string;
}

@InputType({ description: 'An element implemented, and what was implemented.' })
export class CompleteElementImplementationInput extends ElementImplementationRef {
  @Field({ description: 'What was implemented (up to 2000 characters).' }) @Text() summary!: string;
}

@InputType({ description: 'An element retired: why, what was learnt and what was done next.' })
export class RetireBlueprintElementInput extends ElementImplementationRef {
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it is retired') })
  @Rationale()
  rationale!: string;
  @Field({ description: 'What the programme learnt from it (up to 2000 characters).' })
  @Text()
  learning!: string;
  @Field({ description: 'What was done next, e.g. another element added instead (up to 2000 characters).' })
  @Text()
  nextStep!: string;
}

@InputType({ description: 'A participant moving to another team of the programme.' })
export class MoveParticipantToTeamInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'Who moves: a participant still in the programme.' })
  @LedgerId()
  participantId!: string;
  @Field(() => ID, {
    description: 'The team they move to: enrolled, and not the one they are in (rule MoveToAnotherTeam).',
  })
  @LedgerId()
  teamId!: string;
  @Field({ nullable: true, description: `Why, if worth recording (up to ${LIMITS.statement} characters).` })
  @IsOptional()
  @Text(LIMITS.statement)
  reason?: string;
}
