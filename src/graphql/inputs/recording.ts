import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { RevisionScalar } from '../types/scalars';
import { BusinessTime, LedgerId } from './rules';

@ArgsType()
export class RecordingArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Your id for this request. Sending the same id again returns the first result and records nothing twice; the payload returns the id used.',
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

  @Field({
    nullable: true,
    description:
      'When it happened (business time), if earlier than now: e.g. a meeting recorded a week later.',
  })
  @IsOptional()
  @BusinessTime()
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

  @Field(() => String, { nullable: true, description: 'The endCursor of the page before.' })
  @IsOptional()
  after?: string;
}
