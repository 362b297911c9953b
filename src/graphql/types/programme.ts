import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Direction, Level, ParticipantRole, TeamKind } from './enums';
import { Person, When } from './common';
import { Measurement } from './metric';

@ObjectType({ description: 'A stage of the programme, e.g. "Discovery" or "Small changes".' })
export class Phase {
  @Field(() => ID) phaseId!: string;
  @Field() name!: string;
  @Field({ description: 'notStarted, inProgress or completed.' }) status!: string;
  @Field(() => String, { nullable: true }) startedAt!: string | null;
  @Field(() => String, { nullable: true }) completedAt!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the phase achieved, recorded when it completed.',
  })
  summary!: string | null;
}

@ObjectType({ description: 'The shared statement of where the programme is going, co-authored.' })
export class Vision {
  @Field() statement!: string;
  @Field(() => [Person], { name: 'coAuthors' }) coAuthorIds!: string[];
  @Field(() => Int, { description: 'How many times it has been revised.' }) revisions!: number;
  @Field(() => String, { nullable: true, description: 'Why it was last revised.' }) lastRationale!:
    string | null;
  @Field({ description: 'When the current statement took effect.' }) since!: string;
}

@ObjectType({ description: 'The problem, the change intended and the assumptions behind it.' })
export class TheoryOfChange {
  @Field() problem!: string;
  @Field() intendedChange!: string;
  @Field(() => [String]) assumptions!: string[];
}

@ObjectType({ description: 'A team taking part.' })
export class Team {
  @Field(() => ID) teamId!: string;
  @Field() name!: string;
  @Field(() => TeamKind) kind!: string;
}

@ObjectType({ description: 'Someone taking part, by role and level; their name comes from the register.' })
export class Participant {
  @Field(() => Person, { name: 'person' }) participantId!: string;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field(() => ParticipantRole) role!: string;
  @Field(() => Level) level!: string;
  @Field({ description: 'False once they have left the programme.' }) active!: boolean;
}

@ObjectType({ description: 'An outcome the programme aims for.' })
export class Outcome {
  @Field(() => ID) outcomeId!: string;
  @Field() title!: string;
}

@ObjectType({
  description: 'How many small changes, within how many weeks of the small-changes phase starting.',
})
export class SmallChangeTarget {
  @Field(() => Int) count!: number;
  @Field(() => Int) withinWeeks!: number;
}

@ObjectType({ description: 'How the programme closed.' })
export class Closure extends When {
  @Field() closedAt!: string;
  @Field() summary!: string;
}

@ObjectType({ description: 'A change programme in one local authority: what it is and who takes part.' })
export class Programme {
  @Field(() => ID) programmeId!: string;
  @Field() name!: string;
  @Field() localAuthority!: string;
  @Field({ description: 'Which services and teams it covers.' }) scope!: string;
  @Field() startDate!: string;
  @Field(() => Int) plannedDurationMonths!: number;
  @Field({ description: 'active or closed.' }) status!: string;
  @Field(() => When) launched!: When;
  @Field(() => Closure, { nullable: true }) closed!: Closure | null;
  @Field(() => [Phase]) phases!: Phase[];
  @Field(() => Vision, { nullable: true }) vision!: Vision | null;
  @Field(() => TheoryOfChange, { nullable: true }) theoryOfChange!: TheoryOfChange | null;
  @Field(() => [String], { description: 'Simple rules the programme adopted to guide everyday decisions.' })
  simpleRules!: string[];
  @Field(() => [Team]) teams!: Team[];
  @Field(() => [Participant]) participants!: Participant[];
  @Field(() => [Outcome]) outcomes!: Outcome[];
  @Field(() => SmallChangeTarget, { nullable: true }) smallChangeTarget!: SmallChangeTarget | null;
  @Field({ description: 'When the ledger last recorded anything in this programme.' })
  lastRecordedAt!: string;
}

@ObjectType({ description: 'Small changes by where they are: every status, zero when there are none.' })
export class SmallChangeCounts {
  @Field(() => Int) proposed!: number;
  @Field(() => Int) agreed!: number;
  @Field(() => Int) declined!: number;
  @Field(() => Int) implemented!: number;
  @Field(() => Int) kept!: number;
  @Field(() => Int) reviewed!: number;
  @Field(() => Int) adapted!: number;
  @Field(() => Int) reverted!: number;
  @Field(() => Int) escalated!: number;
}

@ObjectType({ description: 'The small-change target and the window it counts in.' })
export class TargetWindow {
  @Field(() => Int) count!: number;
  @Field(() => Int) withinWeeks!: number;
  @Field(() => String, { nullable: true, description: 'Null until the small-changes phase starts.' }) from!:
    string | null;
  @Field(() => String, { nullable: true }) until!: string | null;
}

@ObjectType({ description: "A team's progress with small changes." })
export class TeamProgress {
  @Field(() => ID) teamId!: string;
  @Field() name!: string;
  @Field(() => TeamKind) kind!: string;
  @Field(() => Int) participants!: number;
  @Field(() => SmallChangeCounts) smallChanges!: SmallChangeCounts;
  @Field(() => Int, { description: 'Small changes implemented inside the target window.' })
  implementedWithinTarget!: number;
}

@ObjectType({ description: 'A metric, its latest value and how far it has come from baseline to target.' })
export class MetricProgress {
  @Field(() => ID) metricId!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => Direction) direction!: string;
  @Field(() => Float) baseline!: number;
  @Field(() => Float) target!: number;
  @Field(() => Measurement, {
    nullable: true,
    description: 'The latest measurement in force (corrections applied).',
  })
  latest!: Measurement | null;
  @Field(() => Float, { nullable: true, description: '0 at baseline, 1 at target.' }) progressToTarget!:
    number | null;
}

@ObjectType({ description: 'The working blueprint in numbers.' })
export class BlueprintSummary {
  @Field(() => Int, { description: '0 until the first version is published.' }) currentVersion!: number;
  @Field(() => Int) workingElements!: number;
  @Field(() => Int) unpublishedChanges!: number;
}

@ObjectType({ description: 'How much of the work practitioners shape.' })
export class CoProduction {
  @Field(() => Float, {
    nullable: true,
    description: 'Share (0 to 1) of small changes a practitioner proposed.',
  })
  smallChangesProposedByPractitioners!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of working blueprint elements with a practitioner co-owner.',
  })
  blueprintElementsWithPractitionerCoOwner!: number | null;
}

@ObjectType({ description: 'Experiments by status and by result.' })
export class ExperimentCounts {
  @Field(() => Int) designed!: number;
  @Field(() => Int) running!: number;
  @Field(() => Int) concluded!: number;
  @Field(() => Int) stoppedEarly!: number;
  @Field(() => Int) supported!: number;
  @Field(() => Int) notSupported!: number;
  @Field(() => Int) inconclusive!: number;
}

@ObjectType({ description: 'Barriers by scope and status.' })
export class BarrierCounts {
  @Field(() => Int) localOpen!: number;
  @Field(() => Int) localResolved!: number;
  @Field(() => Int) nationalOpen!: number;
  @Field(() => Int) nationalResolved!: number;
}

@ObjectType({ description: 'The last review held.' })
export class LastReview {
  @Field(() => ID) reviewId!: string;
  @Field() kind!: string;
  @Field() heldAt!: string;
  @Field(() => Int) decisions!: number;
}

@ObjectType({ description: "A programme's dashboard: phase, progress against targets, counts and metrics." })
export class ProgrammeOverview {
  @Field(() => Programme) programme!: Programme;
  @Field(() => Phase, { nullable: true }) currentPhase!: Phase | null;
  @Field(() => TargetWindow, { nullable: true }) target!: TargetWindow | null;
  @Field(() => [TeamProgress]) teams!: TeamProgress[];
  @Field(() => SmallChangeCounts) smallChanges!: SmallChangeCounts;
  @Field(() => ExperimentCounts) experiments!: ExperimentCounts;
  @Field(() => BarrierCounts) barriers!: BarrierCounts;
  @Field(() => Int) reviewsHeld!: number;
  @Field(() => Int) decisionsRecorded!: number;
  @Field(() => LastReview, { nullable: true }) lastReview!: LastReview | null;
  @Field(() => BlueprintSummary, { nullable: true }) blueprint!: BlueprintSummary | null;
  @Field(() => [MetricProgress]) metrics!: MetricProgress[];
  @Field(() => CoProduction) coProduction!: CoProduction;
}
