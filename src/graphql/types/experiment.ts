import { Field, ID, ObjectType } from 'type-graphql';
import { When } from './common';
import { ExperimentResult, ExperimentStatus, NextStep } from './enums';

@ObjectType({ description: 'If we do this, we expect that, because of this.' })
export class Hypothesis {
  @Field() ifWe!: string;
  @Field() weExpect!: string;
  @Field() because!: string;
}

@ObjectType({ description: 'A change to a running experiment, and why.' })
export class ExperimentAdaptation extends When {
  @Field() change!: string;
  @Field() rationale!: string;
}

@ObjectType({ description: 'How an experiment ended: its result, the learning and the next step.' })
export class Conclusion extends When {
  @Field() concludedAt!: string;
  @Field(() => ExperimentResult) result!: string;
  @Field() learning!: string;
  @Field(() => NextStep) nextStep!: string;
}

@ObjectType({ description: 'Why an experiment was stopped early, and what was learnt.' })
export class EarlyStop extends When {
  @Field() stoppedAt!: string;
  @Field() rationale!: string;
  @Field() learning!: string;
}

@ObjectType({ description: 'A test of a hypothesis, with measures and a review date.' })
export class Experiment {
  @Field(() => ID) experimentId!: string;
  @Field(() => ID) programmeId!: string;
  @Field() title!: string;
  @Field(() => Hypothesis) hypothesis!: Hypothesis;
  @Field(() => [ID]) barrierIds!: string[];
  @Field(() => ID, { nullable: true, description: 'The blueprint element it tests, if any.' })
  blueprintElementId!: string | null;
  @Field(() => [ID], { description: 'The metrics it is measured by.' }) measureIds!: string[];
  @Field() plannedStart!: string;
  @Field() reviewDate!: string;
  @Field(() => ExperimentStatus) status!: string;
  @Field(() => When) designed!: When;
  @Field(() => String, { nullable: true }) startedAt!: string | null;
  @Field(() => [ExperimentAdaptation]) adaptations!: ExperimentAdaptation[];
  @Field(() => Conclusion, { nullable: true }) conclusion!: Conclusion | null;
  @Field(() => EarlyStop, { nullable: true }) stoppedEarly!: EarlyStop | null;
}
