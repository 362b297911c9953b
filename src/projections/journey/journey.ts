/**
 * The entire journey: one readable entry per recorded fact. Summaries name teams and items but
 * never people: people are links, named at read time through the personal-data register, so an
 * erased person shows as "[erased]" without rewriting the journey. Each family of events has its
 * own describers; a new event type does not compile until it is given one.
 */
import type { JourneyEntry } from '../../application/ports/readModelStore';
import type { LedgerEvent } from '../../domain/ledger';
import { kindOf, type LedgerRecord } from '../ledgerRecord';
import { BLUEPRINT_STEPS, EXPERIMENT_STEPS } from './blueprintSteps';
import { describeCorrection } from './correction';
import { FEEDBACK_ROUND_STEPS } from './feedbackSteps';
import { MEASUREMENT_STEPS, SURVEY_ROUND_STEPS } from './evidenceSteps';
import { IMPLEMENTATION_STEPS, MEMBERSHIP_STEPS } from './implementationSteps';
import { namingIn, type Described, type Describer, type JourneyContext } from './naming';
import { PROGRAMME_STEPS } from './programmeSteps';
import { BARRIER_STEPS, REVIEW_STEPS, SMALL_CHANGE_STEPS } from './workSteps';
import { WRITTEN_OUTPUT_STEPS } from './writtenOutputSteps';

export type { Described, JourneyContext } from './naming';

const DESCRIBERS: { readonly [T in LedgerEvent['type']]: Describer<T> } = {
  ...PROGRAMME_STEPS,
  ...BARRIER_STEPS,
  ...SMALL_CHANGE_STEPS,
  ...REVIEW_STEPS,
  ...EXPERIMENT_STEPS,
  ...BLUEPRINT_STEPS,
  ...MEASUREMENT_STEPS,
  ...SURVEY_ROUND_STEPS,
  ...WRITTEN_OUTPUT_STEPS,
  ...FEEDBACK_ROUND_STEPS,
  ...IMPLEMENTATION_STEPS,
  ...MEMBERSHIP_STEPS,
  OccurredDateCorrected: (event, { context }) => describeCorrection(event, context),
};

const describe = <T extends LedgerEvent['type']>(
  event: Extract<LedgerEvent, { type: T }>,
  context: JourneyContext,
): Described => (DESCRIBERS[event.type as T] as Describer<T>)(event, namingIn(context));

export const journeyEntryFor = (record: LedgerRecord, context: JourneyContext): JourneyEntry => {
  const described = describe(record.event, context);
  const { metadata } = record;
  return {
    position: record.position,
    eventId: record.eventId,
    programmeId: record.event.data.programmeId,
    occurredAt: record.occurredAt,
    recordedAt: metadata.recordedAt,
    actorId: metadata.actorId,
    actorRole: metadata.actorRole,
    kind: kindOf(record.event),
    eventType: record.event.type,
    teamId: described.teamId ?? null,
    summary: described.summary,
    rationale: described.rationale ?? null,
    links: (described.links ?? []).map((link) =>
      link.label === undefined ? { kind: link.kind, id: link.id } : link,
    ),
  };
};
