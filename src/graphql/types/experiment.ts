import { Field, ID, ObjectType } from 'type-graphql';
import { CitedDecision } from './citation';
import { When } from './common';
import { ExperimentResult, ExperimentStatus, NextStep } from './enums';
import { DateOrDateTimeScalar, DateScalar } from './scalars';

@ObjectType({ description: 'If we do this, we expect that, because of this.' })
export class Hypothesis {
  @Field({ description: 'If we …: what the experiment does.' }) ifWe!: string;
  @Field({ description: 'We expect …: the effect looked for.' }) weExpect!: string;
  @Field({ description: 'Because …: why the effect is expected.' }) because!: string;
}

@ObjectType({ description: 'A change to a running experiment, and why.' })
export class ExperimentAdaptation extends When {
  @Field({ description: 'What changed in the experiment.' }) change!: string;
  @Field({ description: 'Why it changed.' }) rationale!: string;
}

@ObjectType({ description: 'How an experiment ended: its result, the learning and the next step.' })
export class Conclusion extends When {
  @Field(() => DateOrDateTimeScalar, { description: 'When it was concluded.' }) concludedAt!: string;
  @Field(() => ExperimentResult, { description: 'Whether the evidence supported the hypothesis.' })
  result!: string;
  @Field({ description: 'What was learnt, whatever the result.' }) learning!: string;
  @Field(() => NextStep, { description: 'Adopt, adapt or abandon.' }) nextStep!: string;
}

@ObjectType({ description: 'Why an experiment was stopped early, and what was learnt.' })
export class EarlyStop extends When {
  @Field(() => DateOrDateTimeScalar, { description: 'When it was stopped.' }) stoppedAt!: string;
  @Field({ description: 'Why it was stopped.' }) rationale!: string;
  @Field({ description: 'What was learnt all the same.' }) learning!: string;
  @Field(() => CitedDecision, {
    nullable: true,
    description:
      'The review decision that stopped it, with who recorded it, in which role, at which review; null when none was cited.',
  })
  decision!: CitedDecision | null;
}

@ObjectType({ description: 'A test of a hypothesis, with measures and a review date.' })
export class Experiment {
  @Field(() => ID, { description: 'The experiment id.' }) experimentId!: string;
  @Field(() => ID, { description: 'The programme it belongs to.' }) programmeId!: string;
  @Field({ description: 'The experiment in a few words.' }) title!: string;
  @Field(() => Hypothesis, { description: 'What it tests.' }) hypothesis!: Hypothesis;
  @Field(() => [ID], { description: 'The barriers it addresses.' }) barrierIds!: string[];
  @Field(() => ID, { nullable: true, description: 'The blueprint element it tests; null if none.' })
  blueprintElementId!: string | null;
  @Field(() => [ID], { description: 'The metrics it is measured by.' }) measureIds!: string[];
  @Field(() => DateScalar, { description: 'The day it is planned to start.' }) plannedStart!: string;
  @Field(() => DateScalar, { description: 'The day it is due to be reviewed.' }) reviewDate!: string;
  @Field(() => ExperimentStatus, { description: 'Where it is in its life.' }) status!: string;
  @Field(() => When, { description: 'When it was designed.' }) designed!: When;
  @Field(() => DateOrDateTimeScalar, { nullable: true, description: 'When it started; null until then.' })
  startedAt!: string | null;
  @Field(() => [ExperimentAdaptation], { description: 'Changes while it ran, oldest first.' })
  adaptations!: ExperimentAdaptation[];
  @Field(() => Conclusion, { nullable: true, description: 'How it ended; null unless concluded.' })
  conclusion!: Conclusion | null;
  @Field(() => EarlyStop, { nullable: true, description: 'Why it stopped early; null unless it did.' })
  stoppedEarly!: EarlyStop | null;
}
