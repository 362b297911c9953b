/**
 * The programme's work items (small changes, experiments, barriers, reviews, the blueprint): each
 * event to its item's document, and the programme's tallies moved with it.
 */
import type { ElementImplementationEvent } from '../domain/blueprint/implementation';
import type { LedgerEvent } from '../domain/ledger';
import { unhandled } from '../domain/shared/command';
import type { ProjectionTarget } from '../application/ports/readModelStore';
import { easedBy, evolveBarrier } from './barriers';
import { evolveBlueprint, publishedVersionOf } from './blueprint';
import { evolveExperiment } from './experiments';
import type { LedgerRecord } from './ledgerRecord';
import { latestReview, moved, participantIn, type ProgrammeDocument, type ReviewHeld } from './programme';
import { evidenceIn, programmeNameIn, withTallies, type ProgrammeDocuments } from './programmeDocuments';
import { evolveReview, reviewHeldOf } from './reviews';
import { evolveSmallChange } from './smallChanges';

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
  const before = docs.get('review', event.data.reviewId);
  const after = evolveReview(before, event, record);
  if (!after) return programme;
  docs.put('review', after.reviewId, after);
  if (event.type === 'InsightRecorded') return programme;
  return withTallies(programme, (t) => ({
    ...t,
    lastReview: latestAfter(t.lastReview, reviewHeldOf(after), before?.heldAt, docs),
    reviewsHeld: t.reviewsHeld + (event.type === 'ReviewHeld' ? 1 : 0),
    decisionsRecorded: t.decisionsRecorded + (event.type === 'DecisionRecorded' ? 1 : 0),
  }));
};

/**
 * The latest review once one is held or decided on, from the latest before it: a new review is
 * the latest unless an earlier-recorded one was held later; a decision changes only its own
 * review's count. A review whose date changed (held again, which the domain refuses) is found
 * among them all. No list of every review is kept in the programme's document, so each event
 * costs the same however many reviews a programme has held.
 */
const latestAfter = (
  last: ReviewHeld | null,
  changed: ReviewHeld,
  heldBefore: string | undefined,
  docs: ProgrammeDocuments,
): ReviewHeld | null => {
  if (heldBefore === undefined) return !last || changed.heldAt >= last.heldAt ? changed : last;
  if (heldBefore !== changed.heldAt) return latestReview(docs.all('review').map(reviewHeldOf));
  return last?.reviewId === changed.reviewId ? changed : last;
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

export type WorkItemEvent =
  | SmallChangeStep
  | Of<`Experiment${string}`>
  | Of<`Barrier${string}`>
  | Of<'ReviewHeld' | 'InsightRecorded' | 'DecisionRecorded'>
  | Of<`Blueprint${string}`>
  | ElementImplementationEvent;

/** Small changes, experiments, barriers, reviews and the blueprint: each to its own document. */
export const applyToWorkItem = (
  record: LedgerRecord,
  event: WorkItemEvent,
  programme: ProgrammeDocument,
  docs: ProgrammeDocuments,
  target: ProjectionTarget,
): ProgrammeDocument => {
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
    default:
      return unhandled(event);
  }
};
