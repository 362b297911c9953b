import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  Direction,
  Level,
  ParticipantRole,
  PhaseStatus,
  ProgrammeStatus,
  ReviewKind,
  TeamKind,
} from './enums';
import { Person, When } from './common';
import { ImplementationAgainstPlan } from './implementation';
import { Measurement } from './metric';
import { DateOrDateTimeScalar, DateScalar, DateTimeScalar } from './scalars';

@ObjectType({ description: 'A stage of the programme, e.g. "Vision" or "Small changes".' })
export class Phase {
  @Field(() => ID, { description: 'The phase id, e.g. smallChanges in the default five-stage template.' })
  phaseId!: string;
  @Field({ description: 'The name people know the phase by.' }) name!: string;
  @Field(() => PhaseStatus, { description: 'Whether it has started and completed.' }) status!: string;
  @Field(() => DateOrDateTimeScalar, { nullable: true, description: 'When it started; null until then.' })
  startedAt!: string | null;
  @Field(() => DateOrDateTimeScalar, { nullable: true, description: 'When it completed; null until then.' })
  completedAt!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the phase achieved, recorded when it completed; null until then.',
  })
  summary!: string | null;
}

@ObjectType({ description: 'The shared statement of where the programme is going, co-authored.' })
export class Vision {
  @Field({ description: 'The vision as it stands.' }) statement!: string;
  @Field(() => [Person], { name: 'coAuthors', description: 'Who wrote the current statement together.' })
  coAuthorIds!: string[];
  @Field(() => Int, { description: 'How many times it has been revised: 0 for the first statement.' })
  revisions!: number;
  @Field(() => String, { nullable: true, description: 'Why it was last revised; null before any revision.' })
  lastRationale!: string | null;
  @Field(() => DateOrDateTimeScalar, { description: 'When the current statement took effect.' })
  since!: string;
}

@ObjectType({ description: 'The problem, the change intended and the assumptions behind it.' })
export class TheoryOfChange {
  @Field({ description: 'The problem the programme addresses.' }) problem!: string;
  @Field({ description: 'The change it intends to bring about.' }) intendedChange!: string;
  @Field(() => [String], { description: 'The assumptions the theory rests on, to test as it goes.' })
  assumptions!: string[];
}

@ObjectType({ description: 'A team taking part.' })
export class Team {
  @Field(() => ID, { description: 'The team id events refer to.' }) teamId!: string;
  @Field({ description: 'The team name, e.g. "Front door".' }) name!: string;
  @Field(() => TeamKind, { description: 'What kind of team it is.' }) kind!: string;
}

@ObjectType({ description: 'When a participant left the programme.' })
export class Leaving extends When {
  @Field(() => String, { nullable: true, description: 'Why, if they wanted it recorded; null otherwise.' })
  reason!: string | null;
}

@ObjectType({ description: 'A spell in one team, from the step that began it (joining or a move).' })
export class TeamSpell {
  @Field(() => ID, { nullable: true, description: 'The team; null for a spell in no one team.' })
  teamId!: string | null;
  @Field(() => When, { description: 'When the spell began: the day they joined in it or moved to it.' })
  since!: When;
  @Field(() => String, {
    nullable: true,
    description: 'Why they moved, if said; null for the team they joined in.',
  })
  reason!: string | null;
}

@ObjectType({ description: 'Someone taking part, by role and level; their name comes from the register.' })
export class Participant {
  @Field(() => Person, { name: 'person', description: 'Who they are, named through the register.' })
  participantId!: string;
  @Field(() => ID, { nullable: true, description: 'Their team; null for someone not in one team.' })
  teamId!: string | null;
  @Field(() => ParticipantRole, { description: 'Their job in the programme.' }) role!: string;
  @Field(() => Level, { description: 'How senior they are.' }) level!: string;
  @Field({ description: 'False once they have left the programme.' }) active!: boolean;
  @Field(() => When, { description: 'When they joined the programme.' }) joined!: When;
  @Field(() => Leaving, {
    nullable: true,
    description: 'When they left, and why if they said; null while they take part.',
  })
  left!: Leaving | null;
  @Field(() => [TeamSpell], {
    description: 'Every team they have been in, in order: the team they joined in, then each move.',
  })
  teamHistory!: TeamSpell[];
}

@ObjectType({ description: 'An outcome the programme aims for.' })
export class Outcome {
  @Field(() => ID, { description: 'The outcome id metrics refer to.' }) outcomeId!: string;
  @Field({ description: 'The outcome in words, e.g. "More time with families".' }) title!: string;
}

@ObjectType({ description: 'How many small changes teams aim to implement, and within how long.' })
export class SmallChangeTarget {
  @Field(() => Int, { description: 'How many small changes, e.g. 10.' }) count!: number;
  @Field(() => Int, {
    description:
      'Within how many weeks of the start of the phase with id smallChanges (in a programme with its own phases, the second phase), e.g. 8.',
  })
  withinWeeks!: number;
}

@ObjectType({ description: 'How the programme closed.' })
export class Closure extends When {
  @Field(() => DateOrDateTimeScalar, { description: 'When it closed.' }) closedAt!: string;
  @Field({ description: 'What the programme achieved, in the words of whoever closed it.' }) summary!: string;
}

@ObjectType({ description: 'A change programme in one local authority: what it is and who takes part.' })
export class Programme {
  @Field(() => ID, { description: 'The programme id every item of it refers to.' }) programmeId!: string;
  @Field({ description: 'The programme name.' }) name!: string;
  @Field({ description: 'The local authority running it.' }) localAuthority!: string;
  @Field({ description: 'Which services and teams it covers.' }) scope!: string;
  @Field(() => DateScalar, { description: 'The day it starts.' }) startDate!: string;
  @Field(() => Int, { description: 'How long it is planned to run, in months (typically 15 to 18).' })
  plannedDurationMonths!: number;
  @Field(() => ProgrammeStatus, { description: 'Running or closed.' }) status!: string;
  @Field(() => When, { description: 'When it was launched and recorded.' }) launched!: When;
  @Field(() => Closure, { nullable: true, description: 'How it closed; null while it runs.' })
  closed!: Closure | null;
  @Field(() => [Phase], { description: 'Its phases in order: its own, or the default five stages.' })
  phases!: Phase[];
  @Field(() => Vision, { nullable: true, description: 'Its vision; null until one is set.' })
  vision!: Vision | null;
  @Field(() => TheoryOfChange, { nullable: true, description: 'Its theory of change; null until defined.' })
  theoryOfChange!: TheoryOfChange | null;
  @Field(() => [String], { description: 'Simple rules the programme adopted to guide everyday decisions.' })
  simpleRules!: string[];
  @Field(() => [Team], { description: 'The teams enrolled, in the order they joined.' }) teams!: Team[];
  @Field(() => [Participant], { description: 'Everyone who has joined, those who left included.' })
  participants!: Participant[];
  @Field(() => [Outcome], { description: 'The outcomes it aims for.' }) outcomes!: Outcome[];
  @Field(() => SmallChangeTarget, {
    nullable: true,
    description: 'Its small-change target; null if it set none.',
  })
  smallChangeTarget!: SmallChangeTarget | null;
  @Field(() => DateTimeScalar, { description: 'When the ledger last recorded anything in this programme.' })
  lastRecordedAt!: string;
}

@ObjectType({ description: 'Small changes by where they are: every status, zero when there are none.' })
export class SmallChangeCounts {
  @Field(() => Int, { description: 'Proposed, waiting to be agreed or declined.' }) proposed!: number;
  @Field(() => Int, { description: 'Agreed, not yet implemented.' }) agreed!: number;
  @Field(() => Int, { description: 'Declined.' }) declined!: number;
  @Field(() => Int, { description: 'Implemented, not yet reviewed.' }) implemented!: number;
  @Field(() => Int, { description: 'Reviewed with the verdict keep.' }) kept!: number;
  @Field(() => Int, { description: 'Reviewed, waiting for the adaptation or reversion decided.' })
  reviewed!: number;
  @Field(() => Int, { description: 'Adapted after implementation.' }) adapted!: number;
  @Field(() => Int, { description: 'Reverted.' }) reverted!: number;
  @Field(() => Int, { description: 'Escalated as needing national change.' }) escalated!: number;
}

@ObjectType({
  description:
    'The small-change target and the window it counts in: from the day the phase with id smallChanges starts (in a programme with its own phases, the second phase) for withinWeeks weeks, both days included.',
})
export class TargetWindow {
  @Field(() => Int, { description: 'How many small changes to implement within the window.' }) count!: number;
  @Field(() => Int, { description: 'How long the window is, in weeks.' }) withinWeeks!: number;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day of the window: the day the target phase started; null until it starts.',
  })
  from!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The last day of the window: withinWeeks weeks after `from`; null until the target phase starts.',
  })
  until!: string | null;
}

@ObjectType({ description: "A team's progress with small changes." })
export class TeamProgress {
  @Field(() => ID, { description: 'The team id.' }) teamId!: string;
  @Field({ description: 'The team name.' }) name!: string;
  @Field(() => TeamKind, { description: 'What kind of team it is.' }) kind!: string;
  @Field(() => Int, { description: 'How many active participants it has.' }) participants!: number;
  @Field(() => SmallChangeCounts, { description: "The team's small changes by status." })
  smallChanges!: SmallChangeCounts;
  @Field(() => Int, {
    description:
      "The team's small changes implemented inside the target window (see ProgrammeOverview.target).",
  })
  implementedWithinTarget!: number;
}

@ObjectType({ description: 'A metric, its latest value and how far it has come from baseline to target.' })
export class MetricProgress {
  @Field(() => ID, { description: 'The metric id.' }) metricId!: string;
  @Field({ description: 'The metric name.' }) name!: string;
  @Field({ description: 'The unit its values are in, e.g. "%" or "hours a week".' }) unit!: string;
  @Field(() => Direction, { description: 'Which way is better.' }) direction!: string;
  @Field(() => Float, { description: 'The declared baseline, in the unit.' }) baseline!: number;
  @Field(() => Float, { description: 'The target, in the unit.' }) target!: number;
  @Field(() => Measurement, {
    nullable: true,
    description: 'The latest measurement in force (corrections applied); null before any.',
  })
  latest!: Measurement | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'How far the latest value has come: 0 at baseline, 1 at target (below 0 is worse than baseline, above 1 beyond target); null before any measurement, or when target and baseline are equal.',
  })
  progressToTarget!: number | null;
}

@ObjectType({ description: 'The working blueprint in numbers.' })
export class BlueprintSummary {
  @Field(() => Int, { description: 'The latest published version; 0 until the first is published.' })
  currentVersion!: number;
  @Field(() => Int, { description: 'Elements in the working blueprint now.' }) workingElements!: number;
  @Field(() => Int, { description: 'Changes recorded since the latest published version.' })
  unpublishedChanges!: number;
  @Field(() => ImplementationAgainstPlan, {
    description:
      'Implemented against plan: the working elements by implementation status, and those behind their planned dates.',
  })
  implementation!: ImplementationAgainstPlan;
}

@ObjectType({ description: 'How much of the work practitioners shape.' })
export class CoProduction {
  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0 to 1) of small changes with a practitioner among their proposers; null before any proposal.',
  })
  smallChangesProposedByPractitioners!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0 to 1) of working blueprint elements with a practitioner among their owners; null without elements.',
  })
  blueprintElementsWithPractitionerCoOwner!: number | null;
}

@ObjectType({ description: 'Experiments by status and by result.' })
export class ExperimentCounts {
  @Field(() => Int, { description: 'Designed, not yet started.' }) designed!: number;
  @Field(() => Int, { description: 'Running.' }) running!: number;
  @Field(() => Int, { description: 'Concluded, whatever the result.' }) concluded!: number;
  @Field(() => Int, { description: 'Stopped early.' }) stoppedEarly!: number;
  @Field(() => Int, { description: 'Concluded with the hypothesis supported.' }) supported!: number;
  @Field(() => Int, { description: 'Concluded with the hypothesis not supported.' }) notSupported!: number;
  @Field(() => Int, { description: 'Concluded without a clear answer.' }) inconclusive!: number;
}

@ObjectType({ description: 'Barriers by scope and status.' })
export class BarrierCounts {
  @Field(() => Int, { description: 'Local barriers still in the way.' }) localOpen!: number;
  @Field(() => Int, { description: 'Local barriers resolved.' }) localResolved!: number;
  @Field(() => Int, { description: 'National barriers still in the way.' }) nationalOpen!: number;
  @Field(() => Int, { description: 'National barriers resolved.' }) nationalResolved!: number;
}

@ObjectType({ description: 'The last review held.' })
export class LastReview {
  @Field(() => ID, { description: 'The review id.' }) reviewId!: string;
  @Field(() => ReviewKind, { description: 'What kind of review it was.' }) kind!: string;
  @Field(() => DateOrDateTimeScalar, { description: 'When it was held.' }) heldAt!: string;
  @Field(() => Int, { description: 'How many decisions it recorded.' }) decisions!: number;
}

@ObjectType({ description: "A programme's dashboard: phase, progress against targets, counts and metrics." })
export class ProgrammeOverview {
  @Field(() => Programme, { description: 'The programme itself.' }) programme!: Programme;
  @Field(() => Phase, {
    nullable: true,
    description: 'The phase in progress (the latest started, if several are); null when none is.',
  })
  currentPhase!: Phase | null;
  @Field(() => TargetWindow, {
    nullable: true,
    description:
      'The small-change target and its window: it opens when the phase with id smallChanges starts (in a programme with its own phases, the second phase) and runs for withinWeeks weeks. Null when the programme set no target.',
  })
  target!: TargetWindow | null;
  @Field(() => [TeamProgress], { description: 'Each team and its small changes.' }) teams!: TeamProgress[];
  @Field(() => SmallChangeCounts, { description: 'Every small change of the programme, by status.' })
  smallChanges!: SmallChangeCounts;
  @Field(() => ExperimentCounts, { description: 'Experiments by status and result.' })
  experiments!: ExperimentCounts;
  @Field(() => BarrierCounts, { description: 'Barriers by scope and status.' }) barriers!: BarrierCounts;
  @Field(() => Int, { description: 'How many reviews have been held.' }) reviewsHeld!: number;
  @Field(() => Int, { description: 'How many decisions reviews have recorded.' }) decisionsRecorded!: number;
  @Field(() => LastReview, { nullable: true, description: 'The latest review held; null before any.' })
  lastReview!: LastReview | null;
  @Field(() => BlueprintSummary, {
    nullable: true,
    description: 'The blueprint in numbers; null until drafted.',
  })
  blueprint!: BlueprintSummary | null;
  @Field(() => [MetricProgress], { description: 'Each metric against its baseline and target.' })
  metrics!: MetricProgress[];
  @Field(() => CoProduction, { description: 'How much of the work practitioners shape.' })
  coProduction!: CoProduction;
}
