import { Field, ID, ObjectType } from 'type-graphql';
import { Person, When } from './common';
import { BarrierKind, BarrierScope, BarrierSourceKind, BarrierStatus } from './enums';

@ObjectType({ description: 'Where a barrier was first noticed.' })
export class BarrierSource {
  @Field(() => BarrierSourceKind, { description: 'What kind of source it was.' }) kind!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The small change, review or survey round it came from; null when the source has no id.',
  })
  id?: string;
}

@ObjectType({ description: 'A barrier moved between local and national scope, and why.' })
export class Rescoping extends When {
  @Field(() => BarrierScope, { description: 'The scope before.' }) from!: string;
  @Field(() => BarrierScope, { description: 'The scope after.' }) to!: string;
  @Field({ description: 'Why the scope changed.' }) rationale!: string;
}

@ObjectType({ description: 'How a barrier was resolved.' })
export class Resolution extends When {
  @Field({ description: 'What resolved it.' }) resolution!: string;
}

@ObjectType({
  description: 'A barrier the programme could not resolve: why, what was learnt, what was done next.',
})
export class NotResolved extends When {
  @Field({ description: 'Why it could not be resolved.' }) rationale!: string;
  @Field({ description: 'What the programme learnt from it.' }) learning!: string;
  @Field({ description: 'What was done next.' }) nextStep!: string;
}

@ObjectType({ description: 'Something that stops practitioners spending time with families.' })
export class Barrier {
  @Field(() => ID, { description: 'The barrier id.' }) barrierId!: string;
  @Field(() => ID, { description: 'The programme it belongs to.' }) programmeId!: string;
  @Field({ description: 'The barrier in a few words.' }) title!: string;
  @Field({ description: 'What gets in the way, and how.' }) description!: string;
  @Field(() => BarrierKind, { description: 'What kind of obstacle it is.' }) kind!: string;
  @Field(() => BarrierScope, { description: 'Local or national, as it stands now.' }) scope!: string;
  @Field(() => BarrierStatus, { description: 'Open or resolved.' }) status!: string;
  @Field(() => BarrierSource, { description: 'Where it was first noticed.' }) source!: BarrierSource;
  @Field(() => [Person], { description: 'Who identified it.' }) identifiedBy!: string[];
  @Field(() => When, { description: 'When it was identified.' }) identified!: When;
  @Field(() => [Rescoping], { description: 'Every change of scope, oldest first.' }) rescopings!: Rescoping[];
  @Field(() => Resolution, { nullable: true, description: 'How it was resolved; null while open.' })
  resolution!: Resolution | null;
  @Field(() => NotResolved, {
    nullable: true,
    description:
      'That the programme could not resolve it; null unless recorded. It still stands, and may yet be resolved.',
  })
  notResolved!: NotResolved | null;
  @Field(() => [ID], { description: 'Small changes proposed to ease it.' }) easedBy!: string[];
}
