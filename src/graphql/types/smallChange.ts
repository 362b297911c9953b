import { Field, Float, ID, ObjectType } from 'type-graphql';
import { CITED_FEEDBACK_ROUNDS, CitedDecision, CitedFeedbackRound } from './citation';
import { Person, When } from './common';
import { SmallChangeStatus, Verdict } from './enums';
import { DateOrDateTimeScalar } from './scalars';

@ObjectType({ description: 'Who agreed the small change.' })
export class Agreement extends When {
  @Field(() => [Person], { description: 'The leaders who agreed it.' }) agreedBy!: string[];
}

@ObjectType({ description: 'Who declined the small change, and why.' })
export class Declining extends When {
  @Field(() => [Person], { description: 'The leaders who declined it.' }) declinedBy!: string[];
  @Field({ description: 'Why it was declined.' }) rationale!: string;
  @Field(() => CitedDecision, {
    nullable: true,
    description:
      'The review decision that caused it; null when none was cited (as in every step recorded before 0.3.0).',
  })
  decision!: CitedDecision | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the programme learnt from it; null when not recorded.',
  })
  learning!: string | null;
  @Field(() => String, { nullable: true, description: 'What was done next; null when not recorded.' })
  nextStep!: string | null;
}

@ObjectType({ description: 'What was changed in practice.' })
export class Implementation extends When {
  @Field(() => DateOrDateTimeScalar, { description: 'When it was put into practice.' })
  implementedAt!: string;
  @Field({ description: 'What exactly changed.' }) whatChanged!: string;
}

@ObjectType({ description: 'What a review of the small change found.' })
export class SmallChangeReview extends When {
  @Field(() => DateOrDateTimeScalar, { description: 'When it was reviewed.' }) reviewedAt!: string;
  @Field(() => Float, { description: 'Hours a week freed for direct work with families (0 to 168).' })
  hoursFreedPerWeek!: number;
  @Field({ description: 'What practitioners noticed.' }) practitionersNoticed!: string;
  @Field({ description: 'What families noticed, in aggregate: never anything identifying.' })
  familiesNoticed!: string;
  @Field(() => Verdict, { description: 'Keep, adapt or revert.' }) verdict!: string;
}

@ObjectType({ description: 'A change to the small change after it was implemented, and why.' })
export class SmallChangeAdaptation extends When {
  @Field({ description: 'What changed this time.' }) whatChanged!: string;
  @Field({ description: 'Why it was adapted.' }) rationale!: string;
  @Field(() => CitedDecision, {
    nullable: true,
    description:
      'The review decision that caused it; null when none was cited (as in every step recorded before 0.3.0).',
  })
  decision!: CitedDecision | null;
  @Field(() => [CitedFeedbackRound], { nullable: true, description: CITED_FEEDBACK_ROUNDS })
  feedbackRounds!: CitedFeedbackRound[] | null;
}

@ObjectType({ description: 'Why the small change was reverted.' })
export class Reversion extends When {
  @Field({ description: 'Why it was reverted.' }) rationale!: string;
  @Field(() => CitedDecision, {
    nullable: true,
    description:
      'The review decision that caused it; null when none was cited (as in every step recorded before 0.3.0).',
  })
  decision!: CitedDecision | null;
  @Field(() => [CitedFeedbackRound], { nullable: true, description: CITED_FEEDBACK_ROUNDS })
  feedbackRounds!: CitedFeedbackRound[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the programme learnt from it; null when not recorded.',
  })
  learning!: string | null;
  @Field(() => String, { nullable: true, description: 'What was done next; null when not recorded.' })
  nextStep!: string | null;
}

@ObjectType({
  description: 'An escalation closed without result: why, what was learnt and what was done next.',
})
export class EscalationClosure extends When {
  @Field({ description: 'Why it was closed without result.' }) rationale!: string;
  @Field({ description: 'What the programme learnt from it.' }) learning!: string;
  @Field({ description: 'What was done next.' }) nextStep!: string;
}

@ObjectType({ description: 'The small change needs national change: the national barrier it raised.' })
export class Escalation extends When {
  @Field(() => ID, { description: 'The national barrier recorded for it.' }) nationalBarrierId!: string;
  @Field(() => [Person], { description: 'The leaders who escalated it.' }) escalatedBy!: string[];
  @Field({ description: 'Why it needs national change.' }) rationale!: string;
}

@ObjectType({ description: 'A small change a team makes to its practice, from proposal to its end state.' })
export class SmallChange {
  @Field(() => ID, { description: 'The small change id.' }) smallChangeId!: string;
  @Field(() => ID, { description: 'The programme it belongs to.' }) programmeId!: string;
  @Field(() => ID, { description: 'The team making it.' }) teamId!: string;
  @Field({ description: 'The change in a few words.' }) title!: string;
  @Field({ description: 'What the change is.' }) description!: string;
  @Field(() => SmallChangeStatus, { description: 'Where it is in its life.' }) status!: string;
  @Field(() => [Person], { description: 'Who proposed it.' }) proposedBy!: string[];
  @Field({ description: 'True when at least one proposer is at practitioner level.' })
  proposedByPractitioners!: boolean;
  @Field(() => [ID], { description: 'The barriers it eases.' }) barrierIds!: string[];
  @Field(() => When, { description: 'When it was proposed.' }) proposed!: When;
  @Field(() => Agreement, { nullable: true, description: 'Its agreement; null unless agreed.' })
  agreed!: Agreement | null;
  @Field(() => Declining, { nullable: true, description: 'Why it was declined; null unless declined.' })
  declined!: Declining | null;
  @Field(() => Implementation, {
    nullable: true,
    description: 'What changed in practice; null until implemented.',
  })
  implemented!: Implementation | null;
  @Field(() => [SmallChangeReview], { description: 'Its reviews, oldest first.' })
  reviews!: SmallChangeReview[];
  @Field(() => [SmallChangeAdaptation], { description: 'Its adaptations, oldest first.' })
  adaptations!: SmallChangeAdaptation[];
  @Field(() => Reversion, { nullable: true, description: 'Why it was reverted; null unless reverted.' })
  reverted!: Reversion | null;
  @Field(() => Escalation, { nullable: true, description: 'Its escalation; null unless escalated.' })
  escalated!: Escalation | null;
  @Field(() => EscalationClosure, {
    nullable: true,
    description: 'How its escalation was closed without result; null unless it was.',
  })
  escalationClosed!: EscalationClosure | null;
  @Field(() => DateOrDateTimeScalar, { description: 'When its latest step happened (business time).' })
  lastChangedAt!: string;
}
