/** A review decision cited by what followed from it, and what a failure taught: optional fields of several inputs. */
import { IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IdList, LedgerId, Text } from './rules';

export const CITED_DECISION =
  'The review decision that caused this, when there was one: the decision then lists it among what followed from it (rule DecisionInReview: it must be recorded at that review of this programme).';

@InputType({ description: 'A decision recorded at a review of this programme.' })
export class DecisionCitationInput {
  @Field(() => ID, { description: 'The review the decision was taken at.' }) @LedgerId() reviewId!: string;
  @Field(() => ID, { description: 'The decision.' }) @LedgerId() decisionId!: string;
}

const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/** An optional `decision` field citing the review decision behind the step. */
export const CitedDecisionField = () =>
  all(
    Field(() => DecisionCitationInput, { nullable: true, description: CITED_DECISION }),
    IsOptional(),
    ValidateNested(),
  );

export const CITED_FEEDBACK_ROUNDS_INPUT =
  'The staff feedback rounds it answers or rests on, as evidence (up to 50; left out, none): each round then lists it among what cited it (rule FeedbackRoundInProgramme: each must be a round recorded in this programme).';

/** An optional `feedbackRoundIds` field citing staff feedback rounds as evidence. */
export const CitedFeedbackRoundsField = () =>
  all(
    Field(() => [ID], { nullable: true, description: CITED_FEEDBACK_ROUNDS_INPUT }),
    IsOptional(),
    IdList(0, 50),
  );

/** An optional text field of what a failure taught, or what was done next. */
export const OptionalText = (description: string) =>
  all(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    Text(),
  );

export const LEARNING =
  'What the programme learnt from it (up to 2000 characters); left out, none is recorded.';
export const NEXT_STEP = 'What was done next (up to 2000 characters); left out, none is recorded.';
