/**
 * The programme projection: folds every ledger event into its programme's documents (the
 * programme with its tallies, small changes, experiments, barriers, reviews, metrics, survey
 * rounds, blueprint) and adds one journey entry, all in the caller's transaction.
 */
import type { LedgerEvent } from '../domain/ledger';
import { unhandled } from '../domain/shared/command';
import { applyCorrection } from './corrections';
import { evolveFeedbackRound } from './feedbackRounds';
import { journeyEntryFor } from './journey/journey';
import { redactionJourneyEntry } from './journey/redaction';
import type { LedgerRecord } from './ledgerRecord';
import { defineMetric, evolveMetric } from './metrics';
import { evolveProgramme, type ProgrammeDocument } from './programme';
import { documentsOf, programmeNameIn, type ProgrammeDocuments } from './programmeDocuments';
import type { Projection, ProjectionTarget } from '../application/ports/readModelStore';
import { evolveSurveyRound } from './surveyRounds';
import { applyToWorkItem } from './workItems';
import { withDelivery } from './writtenOutputs/deliveries';

type Of<T extends string> = Extract<LedgerEvent, { type: T }>;

/** Evidence gathered (measurements, survey rounds, feedback rounds): documents of its own, no tally. */
const applyEvidence = (
  record: LedgerRecord,
  event: Of<
    `Measurement${string}` | 'SurveyRoundRecorded' | `Feedback${string}` | 'UnintendedConsequenceClosed'
  >,
  docs: ProgrammeDocuments,
): void => {
  switch (event.type) {
    case 'MeasurementRecorded':
    case 'MeasurementCorrected':
      docs.put(
        'metric',
        event.data.metricId,
        evolveMetric(docs.get('metric', event.data.metricId), event, record),
      );
      return;
    case 'SurveyRoundRecorded':
      docs.put('surveyRound', event.data.surveyRoundId, evolveSurveyRound(undefined, event, record));
      return;
    case 'FeedbackRoundRecorded':
    case 'FeedbackResponded':
    case 'UnintendedConsequenceClosed': {
      const id = event.data.feedbackRoundId;
      docs.put('feedbackRound', id, evolveFeedbackRound(docs.get('feedbackRound', id), event, record));
      return;
    }
    default:
      return unhandled(event);
  }
};

/** Applies the event to its own document and returns the programme with its tallies moved. */
const applyToItems = (
  record: LedgerRecord,
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
  target: ProjectionTarget,
): ProgrammeDocument => {
  const { event } = record;
  switch (event.type) {
    case 'ProgrammeLaunched':
    case 'TheoryOfChangeDefined':
    case 'VisionSet':
    case 'VisionRevised':
    case 'SimpleRuleAdopted':
    case 'TeamEnrolled':
    case 'ParticipantJoined':
    case 'ParticipantLeft':
    case 'ParticipantMovedTeam':
    case 'OutcomeDefined':
    case 'PhaseStarted':
    case 'PhaseCompleted':
    case 'ProgrammeClosed':
      return evolveProgramme(programme, event, record) ?? programme;
    case 'MetricDefined':
      docs.put('metric', event.data.metricId, defineMetric(event.data, record));
      return evolveProgramme(programme, event, record) ?? programme;
    case 'OccurredDateCorrected':
      return applyCorrection(event, programme, docs, target);
    case 'WrittenOutputDelivered':
      return withDelivery(programme, event, record);
    case 'MeasurementRecorded':
    case 'MeasurementCorrected':
    case 'SurveyRoundRecorded':
    case 'FeedbackRoundRecorded':
    case 'FeedbackResponded':
    case 'UnintendedConsequenceClosed':
      applyEvidence(record, event, docs);
      return programme;
    default:
      // Every other event belongs to a work item; a new event type fails to compile here until routed.
      return applyToWorkItem(record, event, programme, docs, target);
  }
};

export const PROGRAMME_PROJECTION = 'programmes';

export const programmeProjection: Projection = {
  name: PROGRAMME_PROJECTION,
  apply(record, target) {
    const { programmeId } = record.event.data;
    const docs = documentsOf(target, programmeId);
    const existing = docs.get('programme', programmeId);
    // A programme's document remembers the last position applied to it: a replayed event changes nothing.
    if (existing && BigInt(existing.lastPosition) >= record.position) return;
    const launched =
      existing ??
      (record.event.type === 'ProgrammeLaunched'
        ? evolveProgramme(undefined, record.event, record)
        : undefined);
    if (!launched) return; // events of a programme never launched have nothing to attach to
    const programme =
      record.event.type === 'ProgrammeLaunched' ? launched : applyToItems(record, launched, docs, target);
    const entry = journeyEntryFor(record, {
      programme,
      smallChange: (id) => docs.get('smallChange', id),
      barrier: (id) => docs.get('barrier', id),
      experiment: (id) => docs.get('experiment', id),
      review: (id) => docs.get('review', id),
      metric: (id) => docs.get('metric', id),
      surveyRound: (id) => docs.get('surveyRound', id),
      feedbackRound: (id) => docs.get('feedbackRound', id),
      blueprint: () => docs.get('blueprint', programmeId),
      programmeName: programmeNameIn(target),
    });
    target.addJourneyEntry(entry);
    docs.put('programme', programmeId, {
      ...programme,
      lastPosition: record.position.toString(),
      lastRecordedAt: record.metadata.recordedAt,
    });
  },
  applyRedaction(record, target) {
    const docs = documentsOf(target, record.programmeId);
    const programme = docs.get('programme', record.programmeId);
    if (!programme || BigInt(programme.lastPosition) >= record.position) return;
    target.addJourneyEntry(redactionJourneyEntry(record));
    docs.put('programme', record.programmeId, {
      ...programme,
      lastPosition: record.position.toString(),
      lastRecordedAt: record.metadata.recordedAt,
    });
  },
};
