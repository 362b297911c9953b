/** The five written outputs as documents, and where each stands against its due date. */
import { Field, ID, ObjectType } from 'type-graphql';
import type { WrittenOutputKind } from '../../domain/writtenOutput/events';
import type { OutputStanding as Standing } from '../../projections/writtenOutputs/standing';
import { DateOrDateTimeScalar, DateScalar, DateTimeScalar } from './scalars';
import { OutputStanding, WrittenOutput } from './writtenOutputEnums';

@ObjectType({ description: 'One statement of a written output, with the events it rests on.' })
export class WrittenStatement {
  @Field({ description: 'What the document says, in words.' }) text!: string;
  @Field(() => [ID], {
    description:
      'The ids of the events it rests on (eventId in the journey and the history; check one with verifiedEvent or inclusionProof).',
  })
  eventIds!: string[];
}

@ObjectType({ description: 'A section of a written output: a heading and its statements.' })
export class WrittenSection {
  @Field({ description: 'The heading, e.g. "Challenges".' }) heading!: string;
  @Field(() => [WrittenStatement], { description: 'What the section says, statement by statement.' })
  statements!: WrittenStatement[];
}

@ObjectType({
  description:
    'A written output composed from the events: a title and sections of statements, each citing its events. Sections with nothing to say are left out.',
})
export class WrittenOutputDocument {
  @Field(() => ID, { description: 'The programme.' }) programmeId!: string;
  @Field(() => WrittenOutput, { description: 'Which of the five outputs.' }) output!: WrittenOutputKind;
  @Field({ description: 'Its title: the programme name and the output.' }) title!: string;
  @Field(() => [WrittenSection], { description: 'Its sections, in reading order.' })
  sections!: WrittenSection[];
  @Field({
    description:
      'The same document as Markdown: the title, a line saying which moment it is as of (when asOf was given), each heading and its statements as a list.',
  })
  markdown!: string;
}

@ObjectType({ description: 'One delivery of a written output.' })
export class WrittenOutputDelivery {
  @Field(() => DateOrDateTimeScalar, { description: 'When it was delivered (business time).' })
  occurredAt!: string;
  @Field(() => DateTimeScalar, { description: 'When the ledger recorded the delivery.' }) recordedAt!: string;
  @Field({ description: 'Who received it, as a group.' }) audience!: string;
  @Field({ description: 'True for a re-issue of an output delivered before.' }) reissue!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Why it was re-issued; null for a first delivery without a note.',
  })
  rationale!: string | null;
  @Field(() => ID, { description: 'The event that recorded the delivery.' }) eventId!: string;
}

@ObjectType({ description: 'Where one written output stands: when it is due, and whether it was delivered.' })
export class WrittenOutputStatus {
  @Field(() => WrittenOutput, { description: 'Which output.' }) output!: WrittenOutputKind;
  @Field(() => DateScalar, {
    description:
      "The day it is due: the day the phase it follows completed (the third phase for the insights and blueprint documents, the fourth for the others, or the last phase of a shorter plan); until that phase completes, the programme's planned end (start date plus planned duration).",
  })
  dueBy!: string;
  @Field({ description: 'What dueBy comes from, in words.' }) dueWhen!: string;
  @Field(() => DateScalar, {
    description: 'The day after which, still undelivered, it is late: 28 days after dueBy.',
  })
  lateAfter!: string;
  @Field(() => OutputStanding, {
    description: 'Not due, due, late or delivered, on the day read (with asOf, on that day).',
  })
  standing!: Standing;
  @Field(() => [WrittenOutputDelivery], {
    description: 'Every delivery, first and re-issues, in the order recorded.',
  })
  deliveries!: WrittenOutputDelivery[];
}
