import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { connectionOf } from './common';
import { EventKind } from './enums';
import { DateOrDateTimeScalar, DateTimeScalar, RevisionScalar } from './scalars';

const ACTOR_NAME =
  "Who recorded it, in words: a participant's name from the register (\"[erased]\" once erased); an admin or service account by its API key's label, or else its actor id (a token's subject).";

@ObjectType({ description: 'An item a journey entry concerns.' })
export class JourneyLink {
  @Field({
    description:
      'What kind of item: programme, team, participant, metric, barrier, smallChange, review, decision, experiment, blueprint, blueprintElement, blueprintVersion or surveyRound.',
  })
  kind!: string;
  @Field(() => ID, { description: "The item's id." }) id!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'What a reader sees: a title or name (participants named from the register); null if it has none.',
  })
  label?: string;
}

@ObjectType({ description: 'One step of the entire journey, in words a person can read.' })
export class JourneyEntry {
  @Field(() => RevisionScalar, { description: "The event's position in the ledger's log." })
  position!: bigint;
  @Field(() => ID, { description: 'The event it tells: name it to correct its occurred date.' })
  eventId!: string;
  @Field(() => DateOrDateTimeScalar, {
    description: 'When it happened (business time), as corrected if it was.',
  })
  occurredAt!: string;
  @Field(() => DateTimeScalar, { description: 'When the ledger recorded it.' }) recordedAt!: string;
  @Field(() => ID, { description: 'Who recorded it: a participant id, or an admin or service account.' })
  actorId!: string;
  @Field({ description: ACTOR_NAME }) actorName!: string;
  @Field({ description: 'The role they recorded it in, e.g. leader.' }) actorRole!: string;
  @Field(() => EventKind, { description: 'What it is about.' }) kind!: string;
  @Field({ description: 'The event recorded, e.g. SmallChangeImplemented.' }) eventType!: string;
  @Field(() => ID, { nullable: true, description: 'The team concerned; null when no one team is.' })
  teamId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The phase it happened in: the latest phase started on or before the day it occurred, as the phases stand now; null before the first phase started.',
  })
  phaseId!: string | null;
  @Field({ description: 'What happened, in one sentence.' }) summary!: string;
  @Field(() => String, { nullable: true, description: 'Why, when a rationale was recorded; null otherwise.' })
  rationale!: string | null;
  @Field(() => [JourneyLink], { description: 'The items it concerns.' }) links!: JourneyLink[];
}

@ObjectType({ description: 'Metadata every event carries, set by the ledger from the authenticated caller.' })
export class EventMetadata {
  @Field(() => ID, { description: "The actor who recorded it, from the caller's token." }) actorId!: string;
  @Field({ description: 'The role it was recorded in, e.g. leader.' }) actorRole!: string;
  @Field(() => DateOrDateTimeScalar, { description: 'When it happened (business time).' })
  occurredAt!: string;
  @Field(() => DateTimeScalar, { description: 'When the ledger recorded it.' }) recordedAt!: string;
  @Field(() => ID, { description: 'Shared by everything done for one request or workflow.' })
  correlationId!: string;
  @Field(() => ID, { description: 'The command, or the event a workflow reacted to.' }) causationId!: string;
  @Field(() => ID, {
    description: 'The command that recorded it: a retried command id records nothing twice.',
  })
  commandId!: string;
  @Field(() => Int, { description: 'The version of the metadata layout it was written with.' })
  schemaVersion!: number;
}

@ObjectType({ description: 'An event exactly as stored, with its metadata: for auditors.' })
export class HistoryEntry {
  @Field(() => RevisionScalar, { description: "The event's position in the ledger's log." })
  position!: bigint;
  @Field(() => ID, { description: "The event's own id." }) eventId!: string;
  @Field({ description: 'The stream it belongs to, e.g. smallChange-sc1.' }) streamName!: string;
  @Field(() => RevisionScalar, { description: "Its revision in that stream: 0 is the stream's first event." })
  streamRevision!: bigint;
  @Field({ description: 'The event type, e.g. SmallChangeImplemented.' }) type!: string;
  @Field(() => GraphQLJSONObject, {
    description: "The event's data as recorded: values in the domain's own spelling (e.g. notSupported).",
  })
  data!: Record<string, unknown>;
  @Field(() => EventMetadata, { description: 'Who, when and under which request.' }) metadata!: EventMetadata;
  @Field({ description: ACTOR_NAME }) actorName!: string;
}

export const JourneyConnection = connectionOf(JourneyEntry, 'Journey', 'journey entry', 'journey entries');
export const HistoryConnection = connectionOf(HistoryEntry, 'History', 'recorded event');
