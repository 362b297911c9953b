/** Typed access to one programme's read-model documents inside a projection's transaction. */
import type { BarrierDocument } from './barriers';
import type { BlueprintDocument, PublishedVersion } from './blueprint';
import { resolveEvidence } from './evidence';
import type { ExperimentDocument } from './experiments';
import type { FeedbackRoundDocument } from './feedbackRounds';
import type { MetricDocument } from './metrics';
import type { ProgrammeDocument, Tallies } from './programme';
import type { Collection, ProjectionTarget } from '../application/ports/readModelStore';
import type { ReviewDocument } from './reviews';
import type { SmallChangeDocument } from './smallChanges';
import type { SurveyRoundDocument } from './surveyRounds';

export type Documents = {
  programme: ProgrammeDocument;
  smallChange: SmallChangeDocument;
  experiment: ExperimentDocument;
  barrier: BarrierDocument;
  review: ReviewDocument;
  metric: MetricDocument;
  blueprint: BlueprintDocument;
  blueprintVersion: PublishedVersion;
  surveyRound: SurveyRoundDocument;
  feedbackRound: FeedbackRoundDocument;
};

export const documentsOf = (target: ProjectionTarget, programmeId: string) => ({
  get: <C extends Collection>(collection: C, id: string) =>
    target.get<Documents[C]>(collection, programmeId, id),
  put: <C extends Collection>(collection: C, id: string, document: Documents[C] | undefined) => {
    if (document) target.put(collection, programmeId, id, document);
  },
  all: <C extends Collection>(collection: C) => target.all<Documents[C]>(collection, programmeId),
});
export type ProgrammeDocuments = ReturnType<typeof documentsOf>;

/** Another programme's name (a derived blueprint names its source). */
export const programmeNameIn = (target: ProjectionTarget) => (programmeId: string) =>
  target.get<ProgrammeDocument>('programme', programmeId, programmeId)?.name ?? null;

export const withTallies = (
  programme: ProgrammeDocument,
  change: (tallies: Tallies) => Tallies,
): ProgrammeDocument => ({
  ...programme,
  tallies: change(programme.tallies),
});

/** Resolves cited evidence against the programme's documents as they stand. */
export const evidenceIn = (docs: ProgrammeDocuments) =>
  resolveEvidence({
    experiment: (id) => docs.get('experiment', id),
    review: (id) => docs.get('review', id),
    surveyRound: (id) => docs.get('surveyRound', id),
    smallChange: (id) => docs.get('smallChange', id),
    feedbackRound: (id) => docs.get('feedbackRound', id),
  });
