import { Field, ID, ObjectType } from 'type-graphql';
import { Person, When } from './common';
import { AffectedKind, InsightKind, ReviewKind } from './enums';

@ObjectType({ description: 'An item a decision affects.' })
export class AffectedItem {
  @Field(() => AffectedKind) kind!: string;
  @Field(() => ID) id!: string;
}

@ObjectType({ description: 'A challenge or opportunity noticed at a review.' })
export class Insight extends When {
  @Field(() => ID) insightId!: string;
  @Field(() => InsightKind) kind!: string;
  @Field() statement!: string;
  @Field(() => [ID]) barrierIds!: string[];
}

@ObjectType({ description: 'What a review decided, why, what it affects and who follows it up.' })
export class Decision extends When {
  @Field(() => ID) decisionId!: string;
  @Field() decision!: string;
  @Field() rationale!: string;
  @Field(() => [AffectedItem]) affects!: AffectedItem[];
  @Field(() => Person, { nullable: true, name: 'followUpOwner' }) followUpOwnerId!: string | null;
  @Field(() => Person, { name: 'recordedBy', description: 'Who recorded the decision.' }) recordedBy!: string;
}

@ObjectType({ description: 'A review, check-in or sensemaking session, with its insights and decisions.' })
export class Review {
  @Field(() => ID) reviewId!: string;
  @Field(() => ID) programmeId!: string;
  @Field(() => ReviewKind) kind!: string;
  @Field() heldAt!: string;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field(() => [Person], { name: 'attendees' }) attendeeIds!: string[];
  @Field(() => [Insight]) insights!: Insight[];
  @Field(() => [Decision]) decisions!: Decision[];
}
