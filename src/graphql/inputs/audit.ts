/** Inputs of the audit queries and of redaction. */
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { AccessKind as Kind } from '../../domain/audit/accessChain';
import { AccessKind } from '../types/proofs';
import { DateOrDateTimeScalar } from '../types/scalars';
import { AnyOf, LedgerId, Rationale } from './rules';

@InputType({ description: 'Narrows the access record by actor, kind and time.' })
export class AccessRecordFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this actor did.' })
  @IsOptional()
  @LedgerId()
  actorId?: string;
  @Field(() => [AccessKind], { nullable: true, description: 'Only these kinds; left out, all.' })
  @AnyOf()
  kinds?: Kind[];
  @Field(() => DateOrDateTimeScalar, {
    nullable: true,
    description: 'On or after this time (a date: from its start).',
  })
  @IsOptional()
  from?: string;
  @Field(() => DateOrDateTimeScalar, {
    nullable: true,
    description: 'On or before this time (a date: the whole day).',
  })
  @IsOptional()
  to?: string;
}

@InputType({ description: 'Which free-text fields of an event to redact, and why.' })
export class RedactEventFieldsInput {
  @Field(() => ID, { description: 'The event (its eventId in the history).' })
  @LedgerId()
  eventId!: string;
  @Field(() => [String], {
    description:
      'JSON pointers into its data, e.g. ["/description"], ["/conclusion/learning"], ["/quotes/2"]. Free text only: never an id, a date or a code.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(/^\//, {
    each: true,
    message: 'each field is a JSON pointer starting with "/", e.g. "/description"',
  })
  @MaxLength(200, { each: true })
  fields!: string[];
  @Field(() => String, {
    nullable: true,
    description:
      'Why it must go, e.g. "a name typed where it should not be": required (rule RationaleRequired).',
  })
  @Rationale()
  rationale?: string;
}
