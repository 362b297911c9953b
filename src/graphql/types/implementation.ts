/** Blueprint elements implemented, not only planned: status over time, owner, retirement, against plan. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IMPLEMENTATION_STATUSES } from '../../domain/blueprint/implementation';
import { Person, When } from './common';
import { ElementKind, enumOf } from './enums';
import { DateScalar } from './scalars';

export const ImplementationStatus = enumOf(
  IMPLEMENTATION_STATUSES,
  'ImplementationStatus',
  "Where a blueprint element's implementation stands: planned → in progress → implemented; it may be paused and resumed, or retired.",
  {
    planned: 'Planned, not started yet: every element is planned from the day it is added (or derived).',
    inProgress: 'Being implemented.',
    implemented: 'Implemented.',
    paused: 'Paused, with a rationale; it may be resumed.',
    retired: 'Retired, with a rationale, what was learnt and what was done next: nothing more happens to it.',
  },
);

@ObjectType({ description: "One dated step of an element's implementation." })
export class ImplementationStep extends When {
  @Field(() => ImplementationStatus, { description: 'The status the step left the element in.' })
  status!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Why: given when the implementation was re-planned, paused, resumed or retired; null otherwise.',
  })
  rationale!: string | null;
  @Field(() => Person, { description: 'Who recorded the step.' }) recordedBy!: string;
}

@ObjectType({
  description: 'How an element was retired: a failure that teaches, shown as plainly as a success.',
})
export class Retirement extends When {
  @Field({ description: 'Why it was retired.' }) rationale!: string;
  @Field({ description: 'What the programme learnt from it.' }) learning!: string;
  @Field({ description: 'What was done next.' }) nextStep!: string;
  @Field(() => Person, { description: 'Who recorded the retirement.' }) recordedBy!: string;
}

@ObjectType({ description: 'What was implemented, and when.' })
export class Implemented extends When {
  @Field({ description: 'What was implemented, in the words of whoever recorded it.' }) summary!: string;
}

@ObjectType({
  description: "An element's implementation: its status since when, owner, plan and every step.",
})
export class ElementImplementation {
  @Field(() => ImplementationStatus, { description: 'Where it stands now.' }) status!: string;
  @Field(() => When, {
    description:
      'The step that brought it to its status (for a planned element: when it was added or derived).',
  })
  since!: When;
  @Field(() => Person, {
    name: 'owner',
    nullable: true,
    description: 'The participant who owns its implementation; null until it is planned with one.',
  })
  ownerId!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When it is planned to start; null if not said.' })
  plannedStartOn!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it is planned to be implemented by; null if not said.',
  })
  plannedImplementedBy!: string | null;
  @Field(() => [ImplementationStep], {
    description: 'Every step, in order: the first is the element planned when it was added (or derived).',
  })
  history!: ImplementationStep[];
  @Field(() => Implemented, { nullable: true, description: 'What was implemented; null until it is.' })
  implemented!: Implemented | null;
  @Field(() => Retirement, {
    nullable: true,
    description: 'Why it was retired, what was learnt and what was done next; null unless retired.',
  })
  retirement!: Retirement | null;
}

@ObjectType({ description: 'An element of the working blueprint with a planned date.' })
export class PlannedElement {
  @Field(() => ID, { description: 'The element.' }) elementId!: string;
  @Field({ description: "The element's title." }) title!: string;
  @Field(() => ImplementationStatus, { description: 'Where its implementation stands.' }) status!: string;
  @Field(() => DateScalar, { nullable: true, description: 'When it was planned to start; null if not said.' })
  plannedStartOn!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was planned to be implemented by; null if not said.',
  })
  plannedImplementedBy!: string | null;
}

@ObjectType({
  description:
    "Implemented against plan: the working blueprint's elements by implementation status, and those behind their planned dates on `onDate`.",
})
export class ImplementationAgainstPlan {
  @Field(() => DateScalar, {
    description: "The day the plan is read against: today, or the asOf instant's day.",
  })
  onDate!: string;
  @Field(() => Int, { description: 'Elements planned, not started.' }) planned!: number;
  @Field(() => Int, { description: 'Elements in progress.' }) inProgress!: number;
  @Field(() => Int, { description: 'Elements implemented.' }) implemented!: number;
  @Field(() => Int, { description: 'Elements paused.' }) paused!: number;
  @Field(() => Int, { description: 'Elements retired (still listed in the working blueprint).' })
  retired!: number;
  @Field(() => [PlannedElement], {
    description: 'Elements still planned, not started, whose planned start day is before onDate.',
  })
  notStartedByPlannedStart!: PlannedElement[];
  @Field(() => [PlannedElement], {
    description: 'Elements not implemented (nor retired) whose planned implementation day is before onDate.',
  })
  notImplementedByPlannedDate!: PlannedElement[];
}

@ObjectType({ description: 'A retired element, with what was learnt and what was done next.' })
export class RetiredElement {
  @Field(() => ID, { description: 'The element.' }) elementId!: string;
  @Field({ description: "The element's title." }) title!: string;
  @Field(() => ElementKind, { description: 'What kind of element it was.' }) kind!: string;
  @Field(() => Retirement, { description: 'Why it was retired, what was learnt and what was done next.' })
  retirement!: Retirement;
}
