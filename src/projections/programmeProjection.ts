/**
 * The programme projection: folds every ledger event into its programme's documents (the
 * programme with its tallies, small changes, experiments, barriers, reviews, metrics, survey
 * rounds, blueprint) and adds one journey entry, all in the caller's transaction.
 */
import type { ElementImplementationEvent } from '../domain/blueprint/implementation';
import type { LedgerEvent } from '../domain/ledger';
import { unhandled } from '../domain/shared/command';
import { easedBy, evolveBarrier } from './barriers';
import { evolveBlueprint, publishedVersionOf } from './blueprint';
import { applyCorrection } from './corrections';
import { evolveExperiment } from './experiments';
import { evolveFeedbackRound } from './feedbackRounds';
import { journeyEntryFor } from './journey/journey';
import { redactionJourneyEntry } from './journey/redaction';
import type { LedgerRecord } from './ledgerRecord';
import { defineMetric, evolveMetric } from './metrics';
import { evolveProgramme, latestReview, moved, participantIn, type ProgrammeDocument } from './programme';
import {
  documentsOf,
  evidenceIn,
  programmeNameIn,
  withTallies,
  type ProgrammeDocuments,
} from './programmeDocuments';
import type { Projection, ProjectionTarget } from '../application/ports/readModelStore';
import { evolveReview } from './reviews';
import { evolveSmallChange } from './smallChanges';
import { evolveSurveyRound } from './surveyRounds';
import { withDelivery } from './writtenOutputs/deliveries';

type Of<T extends string> = Extract<LedgerEvent, { type: T }>;
type SmallChangeStep = Of<`SmallChange${string}`>;

const applySmallChange = (
  record: LedgerRecord,
  event: SmallChangeStep,
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
): ProgrammeDocument => {
  const id = event.data.smallChangeId;
  const before = docs.get('smallChange', id);
  const isPractitioner = (p: string) => participantIn(programme, p)?.level === 'practitioner';
  const after = evolveSmallChange(before, event, record, isPractitioner);
  if (!after) return programme;
  docs.put('smallChange', id, after);
  if (event.type === 'SmallChangeProposed')
    for (const barrierId of event.data.barrierIds) {
      const barrier = docs.get('barrier', barrierId);
      if (barrier) docs.put('barrier', barrierId, easedBy(barrier, id));
    }
  return withTallies(programme, (t) => {
    const team = after.teamId;
    const days = t.implementationsByTeamAndDay[team] ?? {};
    const implementedOn = event.type === 'SmallChangeImplemented' ? after.implemented!.implementedAt : null;
    const proposed = before ? 0 : 1;
    return {
      ...t,
      smallChangesByTeam: {
        ...t.smallChangesByTeam,
        [team]: moved(t.smallChangesByTeam[team] ?? {}, before?.status, after.status),
      },
      implementationsByTeamAndDay: implementedOn
        ? { ...t.implementationsByTeamAndDay, [team]: moved(days, undefined, implementedOn.slice(0, 10)) }
        : t.implementationsByTeamAndDay,
      smallChangesProposed: t.smallChangesProposed + proposed,
      smallChangesProposedByPractitioners:
        t.smallChangesProposedByPractitioners + (proposed && after.proposedByPractitioners ? 1 : 0),
    };
  });
};

const applyExperiment = (
  record: LedgerRecord,
  event: Of<`Experiment${string}`>,
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
): ProgrammeDocument => {
  const before = docs.get('experiment', event.data.experimentId);
  const after = evolveExperiment(before, event, record);
  if (!after) return programme;
  docs.put('experiment', after.experimentId, after);
  return withTallies(programme, (t) => ({
    ...t,
    experimentsByStatus: moved(t.experimentsByStatus, before?.status, after.status),
    experimentsByResult: moved(t.experimentsByResult, before?.conclusion?.result, after.conclusion?.result),
  }));
};

const applyBarrier = (
  record: LedgerRecord,
  event: Of<`Barrier${string}`>,
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
): ProgrammeDocument => {
  const before = docs.get('barrier', event.data.barrierId);
  const after = evolveBarrier(before, event, record);
  if (!after) return programme;
  docs.put('barrier', after.barrierId, after);
  return withTallies(programme, (t) => {
    const scopes = { ...t.barriersByScope };
    if (before && event.type !== 'BarrierIdentified')
      scopes[before.scope] = moved(scopes[before.scope], before.status, undefined);
    scopes[after.scope] = moved(scopes[after.scope], undefined, after.status);
    return { ...t, barriersByScope: scopes };
  });
};

const applyReview = (
  record: LedgerRecord,
  event: Of<'ReviewHeld' | 'InsightRecorded' | 'DecisionRecorded'>,
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
): ProgrammeDocument => {
  const after = evolveReview(docs.get('review', event.data.reviewId), event, record);
  if (!after) return programme;
  docs.put('review', after.reviewId, after);
  if (event.type === 'InsightRecorded') return programme;
  return withTallies(programme, (t) => {
    const { reviewId, kind, heldAt, heldEventId } = after;
    const reviews = {
      ...t.reviews,
      [reviewId]: { reviewId, kind, heldAt, heldEventId, decisions: after.decisions.length },
    };
    return {
      ...t,
      reviews,
      lastReview: latestReview(reviews),
      reviewsHeld: t.reviewsHeld + (event.type === 'ReviewHeld' ? 1 : 0),
      decisionsRecorded: t.decisionsRecorded + (event.type === 'DecisionRecorded' ? 1 : 0),
    };
  });
};

const applyBlueprint = (
  record: LedgerRecord,
  event: Of<`Blueprint${string}`> | ElementImplementationEvent,
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
  target: ProjectionTarget,
): ProgrammeDocument => {
  const blueprint = docs.get('blueprint', programme.programmeId);
  if (blueprint && event.type === 'BlueprintVersionPublished')
    docs.put('blueprintVersion', String(event.data.version), publishedVersionOf(blueprint, event, record));
  const after = evolveBlueprint(blueprint, event, record, evidenceIn(docs), programmeNameIn(target));
  docs.put('blueprint', programme.programmeId, after);
  return programme;
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
    case 'SmallChangeProposed':
    case 'SmallChangeAgreed':
    case 'SmallChangeDeclined':
    case 'SmallChangeImplemented':
    case 'SmallChangeReviewed':
    case 'SmallChangeAdapted':
    case 'SmallChangeReverted':
    case 'SmallChangeEscalated':
    case 'SmallChangeEscalationClosed':
      return applySmallChange(record, event, programme, docs);
    case 'ExperimentDesigned':
    case 'ExperimentStarted':
    case 'ExperimentAdapted':
    case 'ExperimentConcluded':
    case 'ExperimentStoppedEarly':
      return applyExperiment(record, event, programme, docs);
    case 'BarrierIdentified':
    case 'BarrierRescoped':
    case 'BarrierResolved':
    case 'BarrierNotResolved':
      return applyBarrier(record, event, programme, docs);
    case 'ReviewHeld':
    case 'InsightRecorded':
    case 'DecisionRecorded':
      return applyReview(record, event, programme, docs);
    case 'MeasurementRecorded':
    case 'MeasurementCorrected':
      docs.put(
        'metric',
        event.data.metricId,
        evolveMetric(docs.get('metric', event.data.metricId), event, record),
      );
      return programme;
    case 'SurveyRoundRecorded':
      docs.put('surveyRound', event.data.surveyRoundId, evolveSurveyRound(undefined, event, record));
      return programme;
    case 'FeedbackRoundRecorded':
    case 'FeedbackResponded':
    case 'UnintendedConsequenceClosed': {
      const id = event.data.feedbackRoundId;
      docs.put('feedbackRound', id, evolveFeedbackRound(docs.get('feedbackRound', id), event, record));
      return programme;
    }
    case 'BlueprintDrafted':
    case 'BlueprintDerived':
    case 'BlueprintCoOwnerAdded':
    case 'BlueprintElementAdded':
    case 'BlueprintElementRevised':
    case 'BlueprintElementRemoved':
    case 'BlueprintVersionPublished':
    case 'ElementImplementationPlanned':
    case 'ElementImplementationStarted':
    case 'ElementImplementationPaused':
    case 'ElementImplementationResumed':
    case 'ElementImplemented':
    case 'BlueprintElementRetired':
      return applyBlueprint(record, event, programme, docs, target);
    case 'OccurredDateCorrected':
      return applyCorrection(event, programme, docs, target);
    case 'MetricDefined':
      docs.put('metric', event.data.metricId, defineMetric(event.data, record));
      return evolveProgramme(programme, event, record) ?? programme;
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
    case 'WrittenOutputDelivered':
      return withDelivery(programme, event, record);
    default:
      return unhandled(event);
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
