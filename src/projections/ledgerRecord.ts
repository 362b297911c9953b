/**
 * What projections consume: a ledger event with its metadata and its place in the log. Events
 * outside the ledger's categories, or of a type this version does not know, are not records.
 */
import type { LedgerEvent } from '../domain/ledger';
import type { ItemKind } from '../domain/shared/dateCorrection';
import { isEventMetadata, type EventMetadata } from '../domain/shared/metadata';
import type { StoredEvent } from '../application/ports/eventStore';

export interface LedgerRecord {
  readonly event: LedgerEvent;
  readonly metadata: EventMetadata;
  readonly eventId: string;
  readonly streamName: string;
  readonly streamRevision: bigint;
  readonly position: bigint;
  /**
   * When it occurred as the projections should go by it: the metadata's occurred time, or for a
   * fold "as occurred", the date a later correction gave it. Projections never read dates from data.
   */
  readonly occurredAt: string;
}

/** When a fact happened (business time) and when the ledger recorded it, and the event that says so. */
export interface When {
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** The event it comes from: a correction of that event's date moves this date. */
  readonly eventId: string;
}

export const whenOf = (record: LedgerRecord): When => ({
  occurredAt: record.occurredAt,
  recordedAt: record.metadata.recordedAt,
  eventId: record.eventId,
});

export type EventKind = ItemKind;

/** Every event type the ledger records, with the kind of fact it is. A new event type must be listed here. */
export const EVENT_KINDS: {
  readonly [T in Exclude<LedgerEvent['type'], 'OccurredDateCorrected'>]: EventKind;
} = {
  ProgrammeLaunched: 'programme',
  TheoryOfChangeDefined: 'programme',
  VisionSet: 'programme',
  VisionRevised: 'programme',
  SimpleRuleAdopted: 'programme',
  TeamEnrolled: 'programme',
  ParticipantJoined: 'programme',
  ParticipantLeft: 'programme',
  ParticipantMovedTeam: 'programme',
  OutcomeDefined: 'programme',
  MetricDefined: 'programme',
  PhaseStarted: 'programme',
  PhaseCompleted: 'programme',
  ProgrammeClosed: 'programme',
  BarrierIdentified: 'barrier',
  BarrierRescoped: 'barrier',
  BarrierResolved: 'barrier',
  BarrierNotResolved: 'barrier',
  SmallChangeProposed: 'smallChange',
  SmallChangeAgreed: 'smallChange',
  SmallChangeDeclined: 'smallChange',
  SmallChangeImplemented: 'smallChange',
  SmallChangeReviewed: 'smallChange',
  SmallChangeAdapted: 'smallChange',
  SmallChangeReverted: 'smallChange',
  SmallChangeEscalated: 'smallChange',
  SmallChangeEscalationClosed: 'smallChange',
  ReviewHeld: 'review',
  InsightRecorded: 'review',
  DecisionRecorded: 'review',
  ExperimentDesigned: 'experiment',
  ExperimentStarted: 'experiment',
  ExperimentAdapted: 'experiment',
  ExperimentConcluded: 'experiment',
  ExperimentStoppedEarly: 'experiment',
  BlueprintDrafted: 'blueprint',
  BlueprintDerived: 'blueprint',
  BlueprintCoOwnerAdded: 'blueprint',
  BlueprintElementAdded: 'blueprint',
  BlueprintElementRevised: 'blueprint',
  BlueprintElementRemoved: 'blueprint',
  BlueprintVersionPublished: 'blueprint',
  ElementImplementationPlanned: 'blueprint',
  ElementImplementationStarted: 'blueprint',
  ElementImplementationPaused: 'blueprint',
  ElementImplementationResumed: 'blueprint',
  ElementImplemented: 'blueprint',
  BlueprintElementRetired: 'blueprint',
  MeasurementRecorded: 'measurement',
  MeasurementCorrected: 'measurement',
  SurveyRoundRecorded: 'surveyRound',
  WrittenOutputDelivered: 'programme',
  FeedbackRoundRecorded: 'feedbackRound',
  FeedbackResponded: 'feedbackRound',
  UnintendedConsequenceClosed: 'feedbackRound',
};

/** The kind of fact an event is; a date correction is of the kind of the item it corrects. */
export const kindOf = (event: LedgerEvent): EventKind =>
  event.type === 'OccurredDateCorrected' ? event.data.item.kind : EVENT_KINDS[event.type];

const isLedgerEventType = (type: string): type is LedgerEvent['type'] =>
  type === 'OccurredDateCorrected' || Object.hasOwn(EVENT_KINDS, type);

export const toLedgerRecord = (stored: StoredEvent): LedgerRecord | undefined => {
  if (!isLedgerEventType(stored.type) || !isEventMetadata(stored.metadata)) return undefined;
  const data = stored.data as { programmeId?: unknown };
  if (typeof data.programmeId !== 'string') return undefined;
  return {
    event: { type: stored.type, data: stored.data } as unknown as LedgerEvent,
    metadata: stored.metadata,
    eventId: stored.id,
    streamName: stored.streamName,
    streamRevision: stored.streamRevision,
    position: stored.globalPosition,
    occurredAt: stored.metadata.occurredAt,
  };
};
