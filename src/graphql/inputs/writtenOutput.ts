import { IsBoolean, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../../domain/shared/limits';
import type { WrittenOutputKind } from '../../domain/writtenOutput/events';
import { WrittenOutput } from '../types/writtenOutputEnums';
import { LedgerId, PROGRAMME, Text } from './rules';

@InputType({ description: 'A written output handed over: which, and to whom (as a group, never a name).' })
export class MarkWrittenOutputDeliveredInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;
  @Field(() => WrittenOutput, { description: 'Which of the five outputs.' })
  output!: WrittenOutputKind;
  @Field({
    description: `Who received it, as a group (e.g. "the senior leadership team and both teams"), up to ${LIMITS.statement} characters: no one's name.`,
  })
  @Text(LIMITS.statement)
  audience!: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True to hand over again an output already delivered (a re-issue, with a rationale); left out, a first delivery. Delivering twice without it is refused (rule OutputDeliveredOnce).',
  })
  @IsOptional()
  @IsBoolean()
  reissue?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why it is re-issued: required for a re-issue (rule RationaleRequired); optional otherwise.',
  })
  @IsOptional()
  @Text(LIMITS.text)
  rationale?: string | null;
}
