import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DateOrDateTimeScalar, RevisionScalar } from '../types/scalars';
import { LedgerId } from './rules';

@ArgsType()
export class RecordingArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Your id for this request: 1 to 100 characters, letters, digits and . _ : - only, starting with a letter or digit. Sending the same id again returns the first result and records nothing twice; the payload returns the id used. Left out, the ledger makes one.',
  })
  @IsOptional()
  @LedgerId()
  commandId?: string;

  @Field(() => RevisionScalar, {
    nullable: true,
    description:
      "The item's revision you last saw (from a payload). If it has changed since, nothing is recorded and CONFLICT is returned.",
  })
  @IsOptional()
  expectedRevision?: bigint;

  @Field(() => DateOrDateTimeScalar, {
    nullable: true,
    description:
      'When it happened (business time), if earlier than now: e.g. a meeting recorded a week later. Never in the future; left out, it is the moment of recording.',
  })
  @IsOptional()
  occurredAt?: string;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many to return, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE, {
    message: `first may be at most ${MAX_PAGE_SIZE}; page through longer lists with after`,
  })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Where to start: the endCursor of the page before. Left out or null, the list starts at its first item.',
  })
  @IsOptional()
  after?: string | null;
}
