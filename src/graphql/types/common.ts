import { Field, ID, Int, ObjectType, type ClassType } from 'type-graphql';
import { DateOrDateTimeScalar, DateTimeScalar } from './scalars';

@ObjectType({ description: 'When something happened and when the ledger recorded it.' })
export class When {
  @Field(() => DateOrDateTimeScalar, {
    description:
      'Business time: when it happened, as the recorder gave it (a date or a UTC timestamp), or the moment it was recorded when they gave none.',
  })
  occurredAt!: string;

  @Field(() => DateTimeScalar, { description: 'Server time: when the ledger recorded it.' })
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
    description:
      'Their name from the personal-data register; "[erased]" once they have been erased, "[unknown]" for an id the register never held.',
  })
  name!: string;
}

@ObjectType({ description: 'Where a page of a list starts and ends, as the Relay connection spec has it.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field({
    description:
      'True when items come before this page (it was asked for with `after`). Lists page forwards only.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The first item's cursor; null when the page is empty.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The last item's cursor, to pass as `after` for the next page; null when the page is empty.",
  })
  endCursor!: string | null;
}

export interface Connection<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: PageInfo;
  readonly totalCount: number;
}

/**
 * A Relay connection type for a node type: `edges { cursor node }`, `pageInfo` and `totalCount`.
 * `what` names one node in words ("journey entry"); `whats` names several when adding "s" will not do.
 */
export const connectionOf = <T extends object>(
  node: ClassType<T>,
  name: string,
  what: string,
  whats = `${what}s`,
) => {
  @ObjectType(`${name}Edge`, { description: `One ${what} and its cursor.` })
  class Edge {
    @Field({ description: 'Opaque and stable: pass as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => node, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${whats}.` })
  class ConnectionType implements Connection<T> {
    @Field(() => [Edge], { description: `The ${whats} on this page, in the list's order.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page starts and ends, and whether more follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: `How many ${whats} the whole list holds with the filter applied, on every page alike.`,
    })
    totalCount!: number;
  }
  return ConnectionType;
};
