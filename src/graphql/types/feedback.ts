import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CitedDecision } from './citation';
import { FollowingStep } from './review';
import { Person, When } from './common';
import { FeedbackItemKind, Level } from './enums';
import { payloadOf } from './payloads';
import { DateOrDateTimeScalar } from './scalars';

@ObjectType({ description: 'An item staff were asked about.' })
export class FeedbackItem {
  @Field(() => FeedbackItemKind, { description: 'What kind of item.' }) kind!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The small change, experiment or element; null for the vision.',
  })
  id!: string | null;
}

@ObjectType({ description: 'How many people of one team and level were asked.' })
export class AskedGroup {
  @Field(() => ID, { nullable: true, description: 'Their team; null for people not in one team.' })
  teamId!: string | null;
  @Field(() => Level, { description: 'Their level.' }) level!: string;
  @Field(() => Int, { description: 'How many were asked.' }) count!: number;
}

@ObjectType({ description: 'The average score staff gave one question.' })
export class FeedbackScore {
  @Field({ description: 'The question.' }) question!: string;
  @Field(() => Float, { description: 'The average score.' }) score!: number;
  @Field(() => Float, { description: 'The top of the scale.' }) outOf!: number;
}

@ObjectType({ description: 'How an unintended consequence was closed.' })
export class ConsequenceClosure extends When {
  @Field({ description: 'How it was put right, or why it no longer applies.' }) resolution!: string;
}

@ObjectType({ description: 'Something a change did that nobody meant it to, as staff flagged it.' })
export class UnintendedConsequence {
  @Field(() => ID, { description: 'Its id within the round.' }) consequenceId!: string;
  @Field({ description: 'What staff noticed.' }) description!: string;
  @Field({ description: 'True when it falls on staff themselves: workload, work-life balance.' })
  onStaff!: boolean;
  @Field(() => FeedbackItem, {
    nullable: true,
    description: 'The item it came from; null when none was named.',
  })
  item!: FeedbackItem | null;
  @Field(() => ConsequenceClosure, {
    nullable: true,
    description: 'How it was closed; null while it is open.',
  })
  closed!: ConsequenceClosure | null;
}

@ObjectType({ description: '"We did": one thing done in answer to a feedback round.' })
export class FeedbackResponse extends When {
  @Field(() => ID, { description: 'The response id.' }) responseId!: string;
  @Field({ description: 'What was done.' }) whatWeDid!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The unintended consequence it answers; null when it answers the round as a whole.',
  })
  consequenceId!: string | null;
  @Field(() => CitedDecision, {
    nullable: true,
    description: 'The review decision behind it; null if none was cited.',
  })
  decision!: CitedDecision | null;
  @Field(() => Person, { name: 'recordedBy', description: 'Who recorded it.' }) recordedBy!: string;
}

@ObjectType({
  description:
    'A round of staff feedback: what staff were asked about, how many answered, what they said, the unintended consequences they flagged, and what was done in answer ("you said, we did").',
})
export class FeedbackRound {
  @Field(() => ID, { description: 'The feedback round id.' }) feedbackRoundId!: string;
  @Field(() => ID, { description: 'The programme it belongs to.' }) programmeId!: string;
  @Field(() => DateOrDateTimeScalar, { description: 'When it was held.' }) heldAt!: string;
  @Field(() => ID, { description: 'The phase it was held in.' }) phaseId!: string;
  @Field(() => [FeedbackItem], { description: 'What staff were asked about.' }) items!: FeedbackItem[];
  @Field(() => [AskedGroup], { description: 'Who was asked, by team and level.' }) asked!: AskedGroup[];
  @Field(() => Int, { description: 'How many answered.' }) answered!: number;
  @Field(() => [String], { description: 'Themes in what they said.' }) themes!: string[];
  @Field(() => [String], { description: 'Quotes with anything identifying removed.' })
  anonymisedQuotes!: string[];
  @Field(() => [FeedbackScore], { description: 'Average scores per question.' }) scores!: FeedbackScore[];
  @Field(() => [UnintendedConsequence], {
    description: 'The unintended consequences flagged, open or closed.',
  })
  consequences!: UnintendedConsequence[];
  @Field(() => [FeedbackResponse], {
    description: 'What was done in answer, oldest first; empty when nothing has been done yet.',
  })
  responses!: FeedbackResponse[];
  @Field({ description: 'True once something done in answer has been recorded ("you said, we did").' })
  answeredByUs!: boolean;
  @Field(() => [FollowingStep], {
    description:
      'What cites it as evidence, oldest first: review decisions, small changes adapted or reverted, blueprint changes (with dates and event ids).',
  })
  citedBy!: FollowingStep[];
  @Field(() => When, { description: 'When it was held and recorded.' }) recorded!: When;
}

export const FeedbackRoundPayload = payloadOf(FeedbackRound, 'feedbackRound', 'feedback round');

@ObjectType({ description: 'An item of the programme staff could be asked about, with its name.' })
export class NamedItem extends FeedbackItem {
  @Field({ description: 'What people call it: its title, or the vision statement.' }) title!: string;
}

@ObjectType({ description: 'A phase of the programme.' })
export class PhaseNamed {
  @Field(() => ID, { description: 'The phase id.' }) phaseId!: string;
  @Field({ description: 'Its name.' }) name!: string;
}

@ObjectType({ description: 'An unintended consequence still open, with the round that flagged it.' })
export class OpenConsequence extends UnintendedConsequence {
  @Field(() => ID, { description: 'The feedback round that flagged it.' }) feedbackRoundId!: string;
  @Field(() => DateOrDateTimeScalar, { description: 'When that round was held.' }) heldAt!: string;
}

@ObjectType({ description: 'Where staff have not been heard, and what they flagged that is still open.' })
export class StaffFeedbackGaps {
  @Field(() => [PhaseNamed], {
    description: 'Phases that have started, in order, with no feedback round held in them.',
  })
  phasesWithoutFeedback!: PhaseNamed[];
  @Field(() => [NamedItem], {
    description:
      'Items no feedback round has asked about: the vision, small changes, experiments, blueprint elements.',
  })
  itemsWithoutFeedback!: NamedItem[];
  @Field(() => [OpenConsequence], {
    description: 'Unintended consequences not yet closed, oldest round first.',
  })
  openConsequences!: OpenConsequence[];
}
