/** Inputs for failures that had no event of their own: an escalation that went nowhere, a barrier not resolved. */
import { Field, ID, InputType } from 'type-graphql';
import { LedgerId, PROGRAMME, Rationale, REQUIRED_RATIONALE, Text } from './rules';

@InputType({
  description: 'An escalation that went nowhere: why it is closed, what was learnt, what was done next.',
})
export class CloseEscalationInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The escalated small change (rules CloseOnlyEscalated, EscalationOpen).' })
  @LedgerId()
  smallChangeId!: string;
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it is closed without result') })
  @Rationale()
  rationale!: string;
  @Field({ description: 'What the programme learnt from it.' }) @Text() learning!: string;
  @Field({ description: 'What was done next.' }) @Text() nextStep!: string;
}

@InputType({
  description:
    'A barrier the programme could not resolve: why, what was learnt, what was done next. It still stands, and may yet be resolved.',
})
export class RecordBarrierNotResolvedInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => ID, { description: 'The barrier (rule NotResolvedOnlyOpen).' }) @LedgerId() barrierId!: string;
  @Field(() => String, { nullable: true, description: REQUIRED_RATIONALE('it could not be resolved') })
  @Rationale()
  rationale!: string;
  @Field({ description: 'What the programme learnt from it.' }) @Text() learning!: string;
  @Field({ description: 'What was done next.' }) @Text() nextStep!: string;
}
