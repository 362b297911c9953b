import { Field, ID, ObjectType } from 'type-graphql';
import { CITED_FEEDBACK_ROUNDS, CitedFeedbackRound } from './citation';
import { Person, When } from './common';
import { AffectedKind, CallerRole, FollowingStepKind, InsightKind, ReviewKind } from './enums';
import { DateOrDateTimeScalar } from './scalars';

@ObjectType({ description: 'An item a decision affects.' })
export class AffectedItem {
  @Field(() => AffectedKind, { description: 'What kind of item it is.' }) kind!: string;
  @Field(() => ID, { description: 'The id of the small change, experiment, element or metric.' }) id!: string;
}

@ObjectType({ description: 'A challenge or opportunity noticed at a review.' })
export class Insight extends When {
  @Field(() => ID, { description: 'The insight id.' }) insightId!: string;
  @Field(() => InsightKind, { description: 'Challenge or opportunity.' }) kind!: string;
  @Field({ description: 'The insight in the words of those who noticed it.' }) statement!: string;
  @Field(() => [ID], { description: 'The barriers it names.' }) barrierIds!: string[];
}

@ObjectType({
  description: 'A step that cites a review decision as its cause, or a staff feedback round as evidence.',
})
export class FollowingStep extends When {
  @Field(() => FollowingStepKind, { description: 'What the step was.' }) step!: string;
  @Field(() => ID, {
    description:
      'The item it changed: the experiment, small change, blueprint element or feedback round; for a decision, its review.',
  })
  itemId!: string;
  @Field({
    description: "The item's title; for a feedback answer what was done; for a decision what was decided.",
  })
  title!: string;
  @Field(() => ID, { description: 'The event that recorded the step.' }) eventId!: string;
}

@ObjectType({ description: 'What a review decided, why, what it affects and who follows it up.' })
export class Decision extends When {
  @Field(() => ID, { description: 'The decision id, which blueprint evidence cites.' }) decisionId!: string;
  @Field({ description: 'What was decided.' }) decision!: string;
  @Field({ description: 'Why.' }) rationale!: string;
  @Field(() => [AffectedItem], { description: 'The items it affects.' }) affects!: AffectedItem[];
  @Field(() => Person, {
    nullable: true,
    name: 'followUpOwner',
    description: 'Who follows it up; null if no one was named.',
  })
  followUpOwnerId!: string | null;
  @Field(() => Person, { name: 'recordedBy', description: 'Who recorded the decision.' }) recordedBy!: string;
  @Field(() => CallerRole, {
    nullable: true,
    description: 'The role they recorded it in; null only while read models built before 0.3.0 are rebuilt.',
  })
  recordedByRole!: string | null;
  @Field(() => [FollowingStep], {
    description: 'What followed from it, oldest first: the steps that cite it as their cause, with dates.',
  })
  followedBy!: FollowingStep[];
  @Field(() => [CitedFeedbackRound], { nullable: true, description: CITED_FEEDBACK_ROUNDS })
  feedbackRounds!: CitedFeedbackRound[] | null;
}

@ObjectType({ description: 'A review, check-in or sensemaking session, with its insights and decisions.' })
export class Review {
  @Field(() => ID, { description: 'The review id.' }) reviewId!: string;
  @Field(() => ID, { description: 'The programme it belongs to.' }) programmeId!: string;
  @Field(() => ReviewKind, { description: 'What kind of meeting it was.' }) kind!: string;
  @Field(() => DateOrDateTimeScalar, { description: 'When it was held.' }) heldAt!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The team it was for; null for a review of the whole programme.',
  })
  teamId!: string | null;
  @Field(() => [Person], { name: 'attendees', description: 'Who attended.' }) attendeeIds!: string[];
  @Field(() => [Insight], { description: 'The insights recorded at it, oldest first.' }) insights!: Insight[];
  @Field(() => [Decision], { description: 'The decisions it recorded, oldest first.' })
  decisions!: Decision[];
}
