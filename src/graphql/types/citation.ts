import { Field, ID, ObjectType } from 'type-graphql';
import { CallerRole, ReviewKind } from './enums';
import { Person } from './common';
import { DateOrDateTimeScalar, DateTimeScalar } from './scalars';

@ObjectType({ description: 'A staff feedback round that a step cites as evidence.' })
export class CitedFeedbackRound {
  @Field(() => ID, { description: 'The feedback round id.' }) feedbackRoundId!: string;
  @Field({
    description: 'False when the cited round is not in the ledger as read (e.g. as of an earlier time).',
  })
  found!: boolean;
  @Field(() => DateOrDateTimeScalar, {
    nullable: true,
    description: 'When it was held; null when not found.',
  })
  heldAt!: string | null;
}

export const CITED_FEEDBACK_ROUNDS =
  'The staff feedback rounds it cites as evidence, in the order given; empty when none (as in every step recorded before they could be cited), null only while read models built earlier are rebuilt.';

@ObjectType({ description: 'The review a cited decision was taken at.' })
export class CitedReview {
  @Field(() => ID, { description: 'The review id.' }) reviewId!: string;
  @Field(() => ReviewKind, { description: 'What kind of meeting it was.' }) kind!: string;
  @Field(() => DateOrDateTimeScalar, { description: 'When it was held.' }) heldAt!: string;
}

@ObjectType({
  description:
    'A review decision that something cites as its cause: what was decided, who recorded it, in which role, at which review.',
})
export class CitedDecision {
  @Field(() => ID, { description: 'The review the decision was taken at.' }) reviewId!: string;
  @Field(() => ID, { description: 'The decision id.' }) decisionId!: string;
  @Field({
    description: 'False when the cited decision is not in the ledger as read (e.g. as of an earlier time).',
  })
  found!: boolean;
  @Field(() => String, { nullable: true, description: 'What was decided; null when not found.' })
  decision!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was decided; null when not found.' })
  rationale!: string | null;
  @Field(() => Person, {
    nullable: true,
    name: 'recordedBy',
    description: 'Who recorded the decision, named through the register; null when not found.',
  })
  recordedBy!: string | null;
  @Field(() => CallerRole, {
    nullable: true,
    description: 'The role they recorded it in; null when not found.',
  })
  recordedByRole!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the ledger recorded the decision.' })
  recordedAt!: string | null;
  @Field(() => CitedReview, {
    nullable: true,
    description: 'The review it was taken at; null when not found.',
  })
  review!: CitedReview | null;
}
