import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Person, When } from './common';
import { SmallChangeStatus, Verdict } from './enums';

@ObjectType({ description: 'Who agreed the small change.' })
export class Agreement extends When {
  @Field(() => [Person]) agreedBy!: string[];
}

@ObjectType({ description: 'Who declined the small change, and why.' })
export class Declining extends When {
  @Field(() => [Person]) declinedBy!: string[];
  @Field() rationale!: string;
}

@ObjectType({ description: 'What was changed in practice.' })
export class Implementation extends When {
  @Field() implementedAt!: string;
  @Field() whatChanged!: string;
}

@ObjectType({ description: 'What a review of the small change found.' })
export class SmallChangeReview extends When {
  @Field() reviewedAt!: string;
  @Field(() => Float) hoursFreedPerWeek!: number;
  @Field() practitionersNoticed!: string;
  @Field() familiesNoticed!: string;
  @Field(() => Verdict) verdict!: string;
}

@ObjectType({ description: 'A change to the small change after it was implemented, and why.' })
export class SmallChangeAdaptation extends When {
  @Field() whatChanged!: string;
  @Field() rationale!: string;
}

@ObjectType({ description: 'Why the small change was reverted.' })
export class Reversion extends When {
  @Field() rationale!: string;
}

@ObjectType({ description: 'The small change needs national change: the national barrier it raised.' })
export class Escalation extends When {
  @Field(() => ID) nationalBarrierId!: string;
  @Field(() => [Person]) escalatedBy!: string[];
  @Field() rationale!: string;
}

@ObjectType({ description: 'A small change a team makes to its practice, from proposal to its end state.' })
export class SmallChange {
  @Field(() => ID) smallChangeId!: string;
  @Field(() => ID) programmeId!: string;
  @Field(() => ID) teamId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => SmallChangeStatus) status!: string;
  @Field(() => [Person]) proposedBy!: string[];
  @Field({ description: 'True when at least one proposer is at practitioner level.' })
  proposedByPractitioners!: boolean;
  @Field(() => [ID], { description: 'The barriers it eases.' }) barrierIds!: string[];
  @Field(() => When) proposed!: When;
  @Field(() => Agreement, { nullable: true }) agreed!: Agreement | null;
  @Field(() => Declining, { nullable: true }) declined!: Declining | null;
  @Field(() => Implementation, { nullable: true }) implemented!: Implementation | null;
  @Field(() => [SmallChangeReview]) reviews!: SmallChangeReview[];
  @Field(() => [SmallChangeAdaptation]) adaptations!: SmallChangeAdaptation[];
  @Field(() => Reversion, { nullable: true }) reverted!: Reversion | null;
  @Field(() => Escalation, { nullable: true }) escalated!: Escalation | null;
  @Field() lastChangedAt!: string;
}
