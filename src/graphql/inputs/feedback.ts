/** Inputs for staff feedback rounds: aggregate answers only, quotes anonymised, people as counts. */
import { LIMITS } from '../../domain/shared/limits';
import { IsBoolean, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { FeedbackItemKind, Level, type ValueOf } from '../types/enums';
import { CitedDecisionField, DecisionCitationInput } from './citation';
import { CorrectDateInput } from './correction';
import { LedgerId, MADE, NestedList, PROGRAMME, Text, TextList } from './rules';

@InputType({ description: 'An item staff were asked about.' })
export class FeedbackItemInput {
  @Field(() => FeedbackItemKind, { description: 'What kind of item.' })
  kind!: ValueOf<typeof FeedbackItemKind>;
  @Field(() => ID, {
    nullable: true,
    description:
      'The small change, experiment or blueprint element (rule FeedbackItemNamed); left out for the vision.',
  })
  @IsOptional()
  @LedgerId()
  id?: string;
}

@InputType({ description: 'How many people of one team and level were asked: a count, never names.' })
export class AskedGroupInput {
  @Field(() => ID, { nullable: true, description: 'Their team; left out for people not in one team.' })
  @IsOptional()
  @LedgerId()
  teamId?: string;
  @Field(() => Level, { description: 'Their level.' }) level!: ValueOf<typeof Level>;
  @Field(() => Int, { description: 'How many were asked: 1 to 100000.' })
  @IsInt()
  @Min(1)
  @Max(100000)
  count!: number;
}

@InputType({ description: 'The average score staff gave one question.' })
export class FeedbackScoreInput {
  @Field({
    description: `The question, e.g. "My workload is manageable" (up to ${LIMITS.statement} characters).`,
  })
  @Text(LIMITS.statement)
  question!: string;
  @Field(() => Float, { description: 'The average score, from 0 to outOf (rule ScoreOnItsScale).' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number;
  @Field(() => Float, { description: 'The top of the scale, e.g. 5.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  outOf!: number;
}

@InputType({ description: 'Something a change did that nobody meant it to, as staff flagged it.' })
export class UnintendedConsequenceInput {
  @Field(() => ID, { description: 'Its id within the round, to answer or close it by later.' })
  @LedgerId()
  consequenceId!: string;
  @Field({ description: 'What staff noticed, e.g. "visit notes typed up in the evening".' })
  @Text()
  description!: string;
  @Field({
    nullable: true,
    description: 'True when it falls on staff themselves: workload, work-life balance.',
  })
  @IsOptional()
  @IsBoolean()
  onStaff?: boolean;
  @Field(() => FeedbackItemInput, {
    nullable: true,
    description: 'The item it came from, when staff named one.',
  })
  @IsOptional()
  @ValidateNested()
  item?: FeedbackItemInput;
}

@InputType({
  description:
    'A round of staff feedback: when (occurredAt), in which phase, about which items, how many were asked and answered, what they said. Aggregates only; nothing about a child or family.',
})
export class RecordFeedbackRoundInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() feedbackRoundId?: string;
  @Field(() => ID, {
    description:
      'The phase it was held in: a phase of the programme that has started (rule FeedbackInStartedPhase).',
  })
  @LedgerId()
  phaseId!: string;
  @Field(() => [FeedbackItemInput], { description: 'What staff were asked about (1 to 50).' })
  @NestedList()
  items!: FeedbackItemInput[];
  @Field(() => [AskedGroupInput], { description: 'Who was asked, by team and level (1 to 50 groups).' })
  @NestedList()
  asked!: AskedGroupInput[];
  @Field(() => Int, {
    description: 'How many answered: no more than were asked (rule AnsweredNoMoreThanAsked).',
  })
  @IsInt()
  @Min(0)
  answered!: number;
  @Field(() => [String], { description: 'Themes in what they said (up to 50, each up to 500 characters).' })
  @TextList(50, LIMITS.statement)
  themes!: string[];
  @Field(() => [String], {
    description:
      'Quotes with anything identifying removed (up to 50, each up to 1000 characters; rule QuotesAnonymised).',
  })
  @TextList(50, 1000)
  anonymisedQuotes!: string[];
  @Field(() => [FeedbackScoreInput], { description: 'Average scores per question (up to 50).' })
  @NestedList()
  scores!: FeedbackScoreInput[];
  @Field(() => [UnintendedConsequenceInput], {
    description: 'Unintended consequences staff flagged (up to 50), each with an id of its own.',
  })
  @NestedList()
  consequences!: UnintendedConsequenceInput[];
}

@InputType({ description: '"You said, we did": what was done in answer to a feedback round.' })
export class RespondToFeedbackInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The feedback round answered.' }) @LedgerId() feedbackRoundId!: string;
  @Field(() => ID, { nullable: true, description: MADE }) @IsOptional() @LedgerId() responseId?: string;
  @Field({ description: 'What was done, in words staff will recognise.' }) @Text() whatWeDid!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The unintended consequence answered, when it is one (rule ConsequenceInRound).',
  })
  @IsOptional()
  @LedgerId()
  consequenceId?: string;
  @CitedDecisionField() decision?: DecisionCitationInput;
}

@InputType({ description: 'An unintended consequence no longer happening, and how it was put right.' })
export class CloseUnintendedConsequenceInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The feedback round that flagged it.' })
  @LedgerId()
  feedbackRoundId!: string;
  @Field(() => ID, { description: 'The consequence (rules ConsequenceInRound, ConsequenceOpen).' })
  @LedgerId()
  consequenceId!: string;
  @Field({ description: 'How it was put right, or why it no longer applies.' }) @Text() resolution!: string;
}

@InputType({ description: 'A step of a feedback round recorded with the wrong date.' })
export class CorrectFeedbackRoundDateInput extends CorrectDateInput {
  @Field(() => ID, { description: 'The feedback round.' }) @LedgerId() feedbackRoundId!: string;
}
