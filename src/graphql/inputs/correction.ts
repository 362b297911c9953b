/** Inputs that correct a wrong occurred date: an event of its own, never an edit. */
import { Field, ID, InputType } from 'type-graphql';
import { DateOrDateTimeScalar } from '../types/scalars';
import { LedgerId, PROGRAMME, Rationale, REQUIRED_RATIONALE } from './rules';

@InputType('CorrectProgrammeDateInput', {
  description:
    'A step of the programme itself (a phase started, the vision revised, …) recorded with the wrong occurred date, and when it really occurred. The wrong date stays in the history; the item, the journey and time travel go by the correct one.',
})
export class CorrectDateInput {
  @Field(() => ID, { description: PROGRAMME }) @LedgerId() programmeId!: string;

  @Field(() => ID, { description: 'The eventId of the journey entry whose date is wrong.' })
  @LedgerId()
  eventId!: string;

  @Field(() => DateOrDateTimeScalar, {
    description:
      'When it really occurred (UTC date or timestamp). It must still be possible (see the business-time rules).',
  })
  correctOccurredAt!: string;

  @Field(() => String, {
    nullable: true,
    description:
      REQUIRED_RATIONALE('a date is corrected') +
      ' Say why the date was wrong and how the right one is known.',
  })
  @Rationale()
  rationale!: string;
}

@InputType({ description: 'A step of the blueprint (a change, a version) recorded with the wrong date.' })
export class CorrectBlueprintDateInput extends CorrectDateInput {}

@InputType({ description: 'A step of a barrier recorded with the wrong date.' })
export class CorrectBarrierDateInput extends CorrectDateInput {
  @Field(() => ID, { description: 'The barrier.' }) @LedgerId() barrierId!: string;
}

@InputType({ description: 'A step of a small change recorded with the wrong date.' })
export class CorrectSmallChangeDateInput extends CorrectDateInput {
  @Field(() => ID, { description: 'The small change.' }) @LedgerId() smallChangeId!: string;
}

@InputType({
  description:
    "A review, or an insight or decision of it, recorded with the wrong date. Correcting the review's date moves its decisions with it (they occur on its date).",
})
export class CorrectReviewDateInput extends CorrectDateInput {
  @Field(() => ID, { description: 'The review.' }) @LedgerId() reviewId!: string;
}

@InputType({ description: 'A step of an experiment recorded with the wrong date.' })
export class CorrectExperimentDateInput extends CorrectDateInput {
  @Field(() => ID, { description: 'The experiment.' }) @LedgerId() experimentId!: string;
}

@InputType({ description: 'A measurement (or its correction) of a metric recorded with the wrong date.' })
export class CorrectMeasurementDateInput extends CorrectDateInput {
  @Field(() => ID, { description: 'The metric measured.' }) @LedgerId() metricId!: string;
}

@InputType({ description: 'A survey round recorded with the wrong date.' })
export class CorrectSurveyRoundDateInput extends CorrectDateInput {
  @Field(() => ID, { description: 'The survey round.' }) @LedgerId() surveyRoundId!: string;
}
