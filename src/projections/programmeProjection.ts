/**
 * The programme projection: folds every ledger event into its programme's documents (the
 * programme with its tallies, small changes, experiments, barriers, reviews, metrics, survey
 * rounds, blueprint) and adds one journey entry, all in the caller's transaction.
 */
import { unhandled } from '../domain/shared/command';
import { easedBy, evolveBarrier, type BarrierDocument } from './barriers';
import {
  evolveBlueprint,
  publishedVersionOf,
  type BlueprintDocument,
  type PublishedVersion,
} from './blueprint';
import { resolveEvidence } from './evidence';
import { evolveExperiment, type ExperimentDocument } from './experiments';
import { journeyEntryFor } from './journey';
import type { LedgerRecord } from './ledgerRecord';
import { defineMetric, evolveMetric, type MetricDocument } from './metrics';
import { evolveProgramme, moved, participantIn, type ProgrammeDocument, type Tallies } from './programme';
import type { Collection, Projection, ProjectionTarget } from './readModelStore';
import { evolveReview, type ReviewDocument } from './reviews';
import { evolveSmallChange, type SmallChangeDocument } from './smallChanges';
import { evolveSurveyRound, type SurveyRoundDocument } from './surveyRounds';

type Documents = {
  programme: ProgrammeDocument;
  smallChange: SmallChangeDocument;
  experiment: ExperimentDocument;
  barrier: BarrierDocument;
  review: ReviewDocument;
  metric: MetricDocument;
  blueprint: BlueprintDocument;
  blueprintVersion: PublishedVersion;
  surveyRound: SurveyRoundDocument;
};

const documentsOf = (target: ProjectionTarget, programmeId: string) => ({
  get: <C extends Collection>(collection: C, id: string) =>
    target.get<Documents[C]>(collection, programmeId, id),
  put: <C extends Collection>(collection: C, id: string, document: Documents[C] | undefined) => {
    if (document) target.put(collection, programmeId, id, document);
  },
});

/** Another programme's name (a derived blueprint names its source). */
const programmeNameIn = (target: ProjectionTarget) => (programmeId: string) =>
  target.get<ProgrammeDocument>('programme', programmeId, programmeId)?.name ?? null;

const withTallies = (
  programme: ProgrammeDocument,
  change: (tallies: Tallies) => Tallies,
): ProgrammeDocument => ({
  ...programme,
  tallies: change(programme.tallies),
});

/** Applies the event to its own document and returns the programme with its tallies moved. */
const applyToItems = (
  record: LedgerRecord,
  programme: ProgrammeDocument,
  docs: ReturnType<typeof documentsOf>,
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
    case 'SmallChangeEscalated': {
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
        const team = t.smallChangesByTeam[after.teamId] ?? {};
        const counts = moved(team, before?.status, after.status);
        const implemented =
          event.type === 'SmallChangeImplemented'
            ? {
                ...t.implementationsByTeamAndDay,
                [after.teamId]: moved(
                  t.implementationsByTeamAndDay[after.teamId] ?? {},
                  undefined,
                  event.data.implementedAt.slice(0, 10),
                ),
              }
            : t.implementationsByTeamAndDay;
        const proposed = before ? 0 : 1;
        return {
          ...t,
          smallChangesByTeam: { ...t.smallChangesByTeam, [after.teamId]: counts },
          implementationsByTeamAndDay: implemented,
          smallChangesProposed: t.smallChangesProposed + proposed,
          smallChangesProposedByPractitioners:
            t.smallChangesProposedByPractitioners + (proposed && after.proposedByPractitioners ? 1 : 0),
        };
      });
    }
    case 'ExperimentDesigned':
    case 'ExperimentStarted':
    case 'ExperimentAdapted':
    case 'ExperimentConcluded':
    case 'ExperimentStoppedEarly': {
      const before = docs.get('experiment', event.data.experimentId);
      const after = evolveExperiment(before, event, record);
      if (!after) return programme;
      docs.put('experiment', after.experimentId, after);
      return withTallies(programme, (t) => ({
        ...t,
        experimentsByStatus: moved(t.experimentsByStatus, before?.status, after.status),
        experimentsByResult: moved(
          t.experimentsByResult,
          before?.conclusion?.result,
          after.conclusion?.result,
        ),
      }));
    }
    case 'BarrierIdentified':
    case 'BarrierRescoped':
    case 'BarrierResolved': {
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
    }
    case 'ReviewHeld':
    case 'InsightRecorded':
    case 'DecisionRecorded': {
      const after = evolveReview(docs.get('review', event.data.reviewId), event, record);
      if (!after) return programme;
      docs.put('review', after.reviewId, after);
      return withTallies(programme, (t) => {
        const { lastReview } = t;
        if (event.type === 'ReviewHeld') {
          const latest = !lastReview || after.heldAt >= lastReview.heldAt;
          const summary = { reviewId: after.reviewId, kind: after.kind, heldAt: after.heldAt, decisions: 0 };
          return { ...t, reviewsHeld: t.reviewsHeld + 1, lastReview: latest ? summary : lastReview };
        }
        if (event.type === 'InsightRecorded') return t;
        const isLast = lastReview?.reviewId === after.reviewId;
        return {
          ...t,
          decisionsRecorded: t.decisionsRecorded + 1,
          lastReview: isLast ? { ...lastReview, decisions: after.decisions.length } : lastReview,
        };
      });
    }
    case 'MeasurementRecorded':
    case 'MeasurementCorrected':
      docs.put(
        'metric',
        event.data.metricId,
        evolveMetric(docs.get('metric', event.data.metricId), event, record),
      );
      return programme;
    case 'SurveyRoundRecorded':
      docs.put('surveyRound', event.data.surveyRoundId, evolveSurveyRound(event, record));
      return programme;
    case 'BlueprintDrafted':
    case 'BlueprintDerived':
    case 'BlueprintCoOwnerAdded':
    case 'BlueprintElementAdded':
    case 'BlueprintElementRevised':
    case 'BlueprintElementRemoved':
    case 'BlueprintVersionPublished': {
      const resolve = resolveEvidence({
        experiment: (id) => docs.get('experiment', id),
        review: (id) => docs.get('review', id),
        surveyRound: (id) => docs.get('surveyRound', id),
        smallChange: (id) => docs.get('smallChange', id),
      });
      const blueprint = docs.get('blueprint', programme.programmeId);
      if (blueprint && event.type === 'BlueprintVersionPublished')
        docs.put(
          'blueprintVersion',
          String(event.data.version),
          publishedVersionOf(blueprint, event, record),
        );
      docs.put(
        'blueprint',
        programme.programmeId,
        evolveBlueprint(blueprint, event, record, resolve, programmeNameIn(target)),
      );
      return programme;
    }
    case 'MetricDefined': {
      const { metricId } = event.data;
      docs.put('metric', metricId, defineMetric(event.data, record));
      return evolveProgramme(programme, event, record) ?? programme;
    }
    case 'ProgrammeLaunched':
    case 'TheoryOfChangeDefined':
    case 'VisionSet':
    case 'VisionRevised':
    case 'SimpleRuleAdopted':
    case 'TeamEnrolled':
    case 'ParticipantJoined':
    case 'ParticipantLeft':
    case 'OutcomeDefined':
    case 'PhaseStarted':
    case 'PhaseCompleted':
    case 'ProgrammeClosed':
      return evolveProgramme(programme, event, record) ?? programme;
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
};
