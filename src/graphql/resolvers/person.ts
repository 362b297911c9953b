import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { LedgerContext } from '../context';
import { Person } from '../types/common';

/** A person's value is their participant id; the name is looked up in the register, batched per request. */
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => ID)
  participantId(@Root() participantId: string): string {
    return participantId;
  }

  @FieldResolver(() => String)
  name(@Root() participantId: string, @Ctx() context: LedgerContext): Promise<string> {
    return context.names.load(participantId);
  }
}
