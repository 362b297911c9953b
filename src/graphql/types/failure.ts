import { Field, ID, ObjectType } from 'type-graphql';
import { FAILURE_KINDS } from '../../projections/failures';
import { CitedDecision } from './citation';
import { When } from './common';
import { enumOf } from './enums';

export const FailureKind = enumOf(FAILURE_KINDS, 'FailureKind', 'What kind of failure it was.', {
  experimentNotSupported: 'An experiment concluded with its hypothesis not supported (item: the experiment).',
  experimentStopped: 'An experiment stopped early (item: the experiment).',
  smallChangeDeclined: 'A proposed small change declined (item: the small change).',
  smallChangeReverted: 'A small change reverted after it was implemented (item: the small change).',
  escalationClosedWithoutResult:
    'An escalation for national change closed without result (item: the small change).',
  barrierNotResolved: 'A barrier the programme could not resolve (item: the barrier).',
  blueprintElementRetired:
    'A blueprint element retired from practice, with why and what was learnt (item: the blueprint element).',
});

@ObjectType({
  description:
    'A failure of the programme, shown as plainly as a success: what failed, why, what was learnt and what was done next.',
})
export class Failure extends When {
  @Field(() => FailureKind, { description: 'What kind of failure.' }) kind!: string;
  @Field(() => ID, { description: 'The experiment, small change, barrier or blueprint element that failed.' })
  itemId!: string;
  @Field({ description: 'Its title.' }) title!: string;
  @Field(() => ID, { description: 'The event that recorded the failure.' }) eventId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Why, as recorded; null for an experiment whose hypothesis was simply not supported.',
  })
  rationale!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'What was learnt; null only for a small change declined or reverted without it (every step recorded before 0.3.0).',
  })
  learning!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'What was done next (for an experiment not supported, its next step: adopt, adapt or abandon); null when not recorded.',
  })
  nextStep!: string | null;
  @Field(() => CitedDecision, {
    nullable: true,
    description: 'The review decision behind it; null if none was cited.',
  })
  decision!: CitedDecision | null;
}
