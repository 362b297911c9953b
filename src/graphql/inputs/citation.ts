/** A review decision cited by what followed from it. */
import { Field, ID, InputType } from 'type-graphql';
import { LedgerId } from './rules';

export const CITED_DECISION =
  'The review decision that caused this, when there was one: the decision then lists it among what followed from it (rule DecisionInReview: it must be recorded at that review of this programme).';

@InputType({ description: 'A decision recorded at a review of this programme.' })
export class DecisionCitationInput {
  @Field(() => ID, { description: 'The review the decision was taken at.' }) @LedgerId() reviewId!: string;
  @Field(() => ID, { description: 'The decision.' }) @LedgerId() decisionId!: string;
}
