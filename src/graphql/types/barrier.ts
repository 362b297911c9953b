import { Field, ID, ObjectType } from 'type-graphql';
import { Person, When } from './common';
import { BarrierKind, BarrierScope, BarrierSourceKind, BarrierStatus } from './enums';

@ObjectType({ description: 'Where a barrier was first noticed.' })
export class BarrierSource {
  @Field(() => BarrierSourceKind) kind!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The small change, review or survey round, when there is one.',
  })
  id?: string;
}

@ObjectType({ description: 'A barrier moved between local and national scope, and why.' })
export class Rescoping extends When {
  @Field(() => BarrierScope) from!: string;
  @Field(() => BarrierScope) to!: string;
  @Field() rationale!: string;
}

@ObjectType({ description: 'How a barrier was resolved.' })
export class Resolution extends When {
  @Field() resolution!: string;
}

@ObjectType({ description: 'Something that stops practitioners spending time with families.' })
export class Barrier {
  @Field(() => ID) barrierId!: string;
  @Field(() => ID) programmeId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => BarrierKind) kind!: string;
  @Field(() => BarrierScope) scope!: string;
  @Field(() => BarrierStatus) status!: string;
  @Field(() => BarrierSource) source!: BarrierSource;
  @Field(() => [Person]) identifiedBy!: string[];
  @Field(() => When) identified!: When;
  @Field(() => [Rescoping]) rescopings!: Rescoping[];
  @Field(() => Resolution, { nullable: true }) resolution!: Resolution | null;
  @Field(() => [ID], { description: 'Small changes proposed to ease it.' }) easedBy!: string[];
}
