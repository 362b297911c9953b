import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { connectionOf } from './common';
import { EventKind } from './enums';
import { RevisionScalar } from './scalars';

@ObjectType({ description: 'An item a journey entry concerns.' })
export class JourneyLink {
  @Field({ description: 'e.g. smallChange, barrier, participant.' }) kind!: string;
  @Field(() => ID) id!: string;
  @Field(() => String, {
    nullable: true,
    description: 'What a reader sees; participants are named from the register.',
  })
  label?: string;
}

@ObjectType({ description: 'One step of the entire journey, in words a person can read.' })
export class JourneyEntry {
  @Field(() => RevisionScalar, { description: "The event's position in the ledger's log." })
  position!: bigint;
  @Field(() => ID, { description: 'The event it tells: name it to correct its occurred date.' })
  eventId!: string;
  @Field({ description: 'When it happened (business time), as corrected if it was.' }) occurredAt!: string;
  @Field() recordedAt!: string;
  @Field(() => ID, { description: 'Who recorded it.' }) actorId!: string;
  @Field({ description: 'The recorder\'s name from the register, "[erased]" or "[unknown]".' })
  actorName!: string;
  @Field({ description: 'The role they recorded it in.' }) actorRole!: string;
  @Field(() => EventKind) kind!: string;
  @Field() eventType!: string;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The phase it happened in: the latest phase started on or before the day it occurred, as the phases stand now.',
  })
  phaseId!: string | null;
  @Field() summary!: string;
  @Field(() => String, { nullable: true }) rationale!: string | null;
  @Field(() => [JourneyLink]) links!: JourneyLink[];
}

@ObjectType({ description: 'Metadata every event carries, set by the ledger from the authenticated caller.' })
export class EventMetadata {
  @Field(() => ID) actorId!: string;
  @Field() actorRole!: string;
  @Field() occurredAt!: string;
  @Field() recordedAt!: string;
  @Field(() => ID, { description: 'Shared by everything done for one request or workflow.' })
  correlationId!: string;
  @Field(() => ID, { description: 'The command, or the event a workflow reacted to.' }) causationId!: string;
  @Field(() => ID) commandId!: string;
  @Field() schemaVersion!: number;
}

@ObjectType({ description: 'An event exactly as stored, with its metadata: for auditors.' })
export class HistoryEntry {
  @Field(() => RevisionScalar) position!: bigint;
  @Field(() => ID) eventId!: string;
  @Field() streamName!: string;
  @Field(() => RevisionScalar) streamRevision!: bigint;
  @Field() type!: string;
  @Field(() => GraphQLJSONObject, { description: "The event's data as recorded." }) data!: Record<
    string,
    unknown
  >;
  @Field(() => EventMetadata) metadata!: EventMetadata;
  @Field({ description: 'The recorder\'s name from the register, "[erased]" or "[unknown]".' })
  actorName!: string;
}

export const JourneyConnection = connectionOf(JourneyEntry, 'Journey', 'journey entry');
export const HistoryConnection = connectionOf(HistoryEntry, 'History', 'recorded event');
