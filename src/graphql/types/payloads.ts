import { Field, ID, ObjectType, type ClassType } from 'type-graphql';
import { Barrier } from './barrier';
import { Blueprint } from './blueprint';
import { Experiment } from './experiment';
import { JourneyEntry } from './journey';
import { Metric, SurveyRound } from './metric';
import { ProgrammeOverview } from './programme';
import { Review } from './review';
import { RevisionScalar } from './scalars';
import { SmallChange } from './smallChange';

@ObjectType({ description: 'What a command recorded.' })
class Recorded {
  @Field(() => ID, { description: 'The command id used: send it again to retry safely.' })
  commandId!: string;

  @Field(() => RevisionScalar, {
    description: "The item's stream revision now: pass it as the next expectedRevision.",
  })
  streamRevision!: bigint;

  @Field({ description: 'True when this command id had already been recorded, and nothing new was.' })
  alreadyApplied!: boolean;

  @Field(() => [String], {
    description:
      'The types of the events recorded (or recorded the first time), in order, e.g. SmallChangeAgreed.',
  })
  eventTypes!: string[];

  @Field({
    description:
      'True when the read models already show this change, so the item below includes it. False when they had not caught up when this answer was sent (they are behind, or retrying after a storage fault: see /ready): the change is recorded all the same and shows once they catch up.',
  })
  readModelsUpToDate!: boolean;
}

export const payloadOf = <T extends object>(item: ClassType<T>, field: string, what: string) => {
  @ObjectType(`${item.name}Payload`, { description: `What was recorded, and the ${what} as it now reads.` })
  class Payload extends Recorded {
    @Field(() => item, {
      name: field,
      nullable: true,
      description: `The ${what} after the change; null only if the read models are still catching up.`,
    })
    item!: T | null;
  }
  return Payload;
};

export const ProgrammePayload = payloadOf(ProgrammeOverview, 'overview', "programme's overview");
export const BarrierPayload = payloadOf(Barrier, 'barrier', 'barrier');
export const SmallChangePayload = payloadOf(SmallChange, 'smallChange', 'small change');
export const ReviewPayload = payloadOf(Review, 'review', 'review');
export const ExperimentPayload = payloadOf(Experiment, 'experiment', 'experiment');
export const BlueprintPayload = payloadOf(Blueprint, 'blueprint', 'blueprint');
export const MetricPayload = payloadOf(Metric, 'metric', 'metric');
export const SurveyRoundPayload = payloadOf(SurveyRound, 'surveyRound', 'survey round');
export const CorrectionPayload = payloadOf(JourneyEntry, 'entry', 'journey entry whose date was corrected');
