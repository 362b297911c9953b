/**
 * Review decisions cited both ways, resolved when read (so a corrected date, or a read as of a past
 * time, shows the decision as it then stood): what a step cites, and what followed from a decision.
 */
import type { DecisionCitation } from '../domain/shared/citation';
import type { BlueprintEvolution } from './blueprint';
import type { ExperimentDocument } from './experiments';
import { withCitedFeedbackRounds } from './feedbackCitations';
import type { FeedbackRoundDocument } from './feedbackRounds';
import type { FollowingStep, FollowingStepKind } from './followingStep';
import type { When } from './ledgerRecord';
import type { LedgerReadModels } from './ledgerReadModels';
import type { ReviewDocument } from './reviews';
import type { SmallChangeDocument } from './smallChanges';

export interface CitedDecisionView extends DecisionCitation {
  readonly found: boolean;
  readonly decision: string | null;
  readonly rationale: string | null;
  readonly recordedBy: string | null;
  readonly recordedByRole: string | null;
  readonly recordedAt: string | null;
  readonly review: { readonly reviewId: string; readonly kind: string; readonly heldAt: string } | null;
}

export interface DecisionSources {
  review(id: string): ReviewDocument | undefined;
  readonly experiments: readonly ExperimentDocument[];
  readonly smallChanges: readonly SmallChangeDocument[];
  readonly blueprint: BlueprintEvolution | undefined;
  readonly feedbackRounds: readonly FeedbackRoundDocument[];
}

export const citedDecisionView = (
  review: ReviewDocument | undefined,
  { reviewId, decisionId }: DecisionCitation,
): CitedDecisionView => {
  const decision = review?.decisions.find((candidate) => candidate.decisionId === decisionId);
  if (!review || !decision)
    return {
      reviewId,
      decisionId,
      found: false,
      ...{
        decision: null,
        rationale: null,
        recordedBy: null,
        recordedByRole: null,
        recordedAt: null,
        review: null,
      },
    };
  return {
    reviewId,
    decisionId,
    found: true,
    decision: decision.decision,
    rationale: decision.rationale,
    recordedBy: decision.recordedBy,
    // Absent in read models built before 0.3.0: they are rebuilt, and until then read as unknown.
    recordedByRole: decision.recordedByRole ?? null,
    recordedAt: decision.recordedAt,
    review: { reviewId, kind: review.kind, heldAt: review.heldAt },
  };
};

const isCitation = (value: unknown): value is DecisionCitation =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as DecisionCitation).reviewId === 'string' &&
  typeof (value as DecisionCitation).decisionId === 'string' &&
  !('found' in value);

/** The document with every cited decision (a field `decision` holding a citation) resolved. */
export const withCitedDecisions = <T>(document: T, review: (id: string) => ReviewDocument | undefined): T => {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        key === 'decision' && isCitation(field)
          ? citedDecisionView(review(field.reviewId), field)
          : walk(field),
      ]),
    );
  };
  return walk(document) as T;
};

type Cites = { readonly decision?: DecisionCitation | null };
const followed = (
  cites: (When & Cites) | null | undefined,
  step: FollowingStepKind,
  itemId: string,
  title: string,
): (FollowingStep & { citation: DecisionCitation })[] =>
  cites?.decision
    ? [
        {
          occurredAt: cites.occurredAt,
          recordedAt: cites.recordedAt,
          eventId: cites.eventId,
          step,
          itemId,
          title,
          citation: cites.decision,
        },
      ]
    : [];

const blueprintFollowers = (blueprint: DecisionSources['blueprint']) => {
  const changes = [
    ...(blueprint?.versions.flatMap((v) => v.changes) ?? []),
    ...(blueprint?.unpublishedChanges ?? []),
  ];
  return changes.flatMap((change) =>
    change.evidence
      .filter((evidence) => evidence.kind === 'reviewDecision' && evidence.decisionId)
      .flatMap((evidence) =>
        followed(
          { ...change, decision: { reviewId: evidence.id, decisionId: evidence.decisionId! } },
          'blueprintElementChanged',
          change.elementId,
          change.title,
        ),
      ),
  );
};

/** Every step that cites a decision, by `reviewId/decisionId`, in the order they occurred. */
export const followersOfDecisions = (sources: DecisionSources): Map<string, FollowingStep[]> => {
  const steps = [
    ...sources.experiments.flatMap((e) =>
      followed(e.stoppedEarly, 'experimentStopped', e.experimentId, e.title),
    ),
    ...sources.smallChanges.flatMap((c) => [
      ...followed(c.declined, 'smallChangeDeclined', c.smallChangeId, c.title),
      ...c.adaptations.flatMap((a) => followed(a, 'smallChangeAdapted', c.smallChangeId, c.title)),
      ...followed(c.reverted, 'smallChangeReverted', c.smallChangeId, c.title),
    ]),
    ...blueprintFollowers(sources.blueprint),
    ...sources.feedbackRounds.flatMap((round) =>
      round.responses.flatMap((r) => followed(r, 'feedbackAnswered', round.feedbackRoundId, r.whatWeDid)),
    ),
  ].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const byDecision = new Map<string, FollowingStep[]>();
  for (const { citation, ...step } of steps) {
    const key = `${citation.reviewId}/${citation.decisionId}`;
    byDecision.set(key, [...(byDecision.get(key) ?? []), step]);
  }
  return byDecision;
};

/** A review with each decision's `followedBy`: what followed from it, with dates. */
export const withFollowers = (review: ReviewDocument, followers: Map<string, FollowingStep[]>) => ({
  ...review,
  decisions: review.decisions.map((decision) => ({
    ...decision,
    followedBy: followers.get(`${review.reviewId}/${decision.decisionId}`) ?? [],
  })),
});

/** Reads with decisions cited both ways, over one programme's read models as they stand. */
export const decisionsIn = (readModels: LedgerReadModels, programmeId: string) => {
  const review = (id: string) => readModels.item<ReviewDocument>('review', programmeId, id);
  const round = (id: string) => readModels.item<FeedbackRoundDocument>('feedbackRound', programmeId, id);
  return {
    /** A document with the decisions and feedback rounds it cites resolved. */
    resolved: <T>(document: T): T => withCitedFeedbackRounds(withCitedDecisions(document, review), round),
    /** Reviews with each decision's followers. */
    withFollowers: (reviews: readonly ReviewDocument[]) => {
      const followers = followersOfDecisions({
        review,
        experiments: readModels.documents('experiment', programmeId),
        smallChanges: readModels.documents('smallChange', programmeId),
        blueprint: readModels.blueprint(programmeId),
        feedbackRounds: readModels.documents('feedbackRound', programmeId),
      });
      return reviews.map((r) => withCitedFeedbackRounds(withFollowers(r, followers), round));
    },
  };
};
