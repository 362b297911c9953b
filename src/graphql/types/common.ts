import { Field, ID, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'When something happened and when the ledger recorded it.' })
export class When {
  @Field({ description: 'Business time (UTC date or timestamp): when it happened.' })
  occurredAt!: string;

  @Field({ description: 'Server time (UTC): when the ledger recorded it.' })
  recordedAt!: string;
}

/**
 * A participant, named through the personal-data register when read. The value behind it is the
 * participant id itself, so lists of ids in the read models serve as lists of people.
 */
@ObjectType({ description: 'A participant: staff or partner, named through the personal-data register.' })
export class Person {
  @Field(() => ID, { description: 'The participant id events refer to.' })
  participantId!: string;

  @Field({
    description: 'Their name from the personal-data register, "[erased]" once erased, or "[unknown]".',
  })
  name!: string;
}

@ObjectType({ description: 'Where a page of a list ends, for fetching the next one.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface Connection<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: PageInfo;
}

/** A Relay-style connection type for a node type: `edges { cursor node }` and `pageInfo`. */
export const connectionOf = <T extends object>(node: ClassType<T>, name: string, what: string) => {
  @ObjectType(`${name}Edge`, { description: `One ${what} and its cursor.` })
  class Edge {
    @Field({ description: 'Opaque and stable: pass as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s.` })
  class ConnectionType implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, {
      nullable: true,
      description: 'How many there are in all, when the list knows it cheaply.',
    })
    totalCount?: number;
  }
  return ConnectionType;
};
