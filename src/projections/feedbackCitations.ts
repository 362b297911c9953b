/**
 * Staff feedback rounds cited both ways, resolved when read: the rounds a step cites as evidence (a
 * review decision, a small change adapted or reverted), and, for a round, every step that cites it
 * ("you said, we did": decisions and adaptations as well as responses).
 */
import type { BlueprintEvolution } from './blueprint';
import type { FollowingStep } from './followingStep';
import type { FeedbackRoundDocument } from './feedbackRounds';
import type { ReviewDocument } from './reviews';
import type { SmallChangeDocument } from './smallChanges';

export interface CitedFeedbackRoundView {
  readonly feedbackRoundId: string;
  /** False when the round is not in the ledger as read (e.g. as of an earlier time). */
  readonly found: boolean;
  readonly heldAt: string | null;
}

/** The document with every `feedbackRoundIds` list joined by `feedbackRounds`, each round resolved. */
export const withCitedFeedbackRounds = <T>(
  document: T,
  round: (id: string) => FeedbackRoundDocument | undefined,
): T => {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value).map(([key, field]) => [key, walk(field)] as const);
    const ids = (value as { feedbackRoundIds?: unknown }).feedbackRoundIds;
    if (!Array.isArray(ids)) return Object.fromEntries(entries);
    const feedbackRounds = (ids as string[]).map((feedbackRoundId): CitedFeedbackRoundView => {
      const found = round(feedbackRoundId);
      return { feedbackRoundId, found: !!found, heldAt: found?.heldAt ?? null };
    });
    return { ...Object.fromEntries(entries), feedbackRounds };
  };
  return walk(document) as T;
};

export interface CitingSources {
  readonly reviews: readonly ReviewDocument[];
  readonly smallChanges: readonly SmallChangeDocument[];
  readonly blueprint: BlueprintEvolution | undefined;
}

type Citing = FollowingStep & { readonly feedbackRoundIds: readonly string[] };

const blueprintCiters = (blueprint: BlueprintEvolution | undefined): Citing[] =>
  [...(blueprint?.versions.flatMap((v) => v.changes) ?? []), ...(blueprint?.unpublishedChanges ?? [])].map(
    (change) => ({
      occurredAt: change.occurredAt,
      recordedAt: change.recordedAt,
      eventId: change.eventId,
      step: 'blueprintElementChanged',
      itemId: change.elementId,
      title: change.title,
      feedbackRoundIds: change.evidence.filter((e) => e.kind === 'feedbackRound').map((e) => e.id),
    }),
  );

/** Every step that cites a feedback round, by round id, in the order they occurred. */
export const citersOfFeedbackRounds = (sources: CitingSources): Map<string, FollowingStep[]> => {
  const step = (cites: FollowingStep & { readonly feedbackRoundIds?: readonly string[] }): Citing => ({
    occurredAt: cites.occurredAt,
    recordedAt: cites.recordedAt,
    eventId: cites.eventId,
    step: cites.step,
    itemId: cites.itemId,
    title: cites.title,
    feedbackRoundIds: cites.feedbackRoundIds ?? [],
  });
  const steps: Citing[] = [
    ...sources.reviews.flatMap((r) =>
      r.decisions.map((d) => step({ ...d, step: 'decisionRecorded', itemId: r.reviewId, title: d.decision })),
    ),
    ...sources.smallChanges.flatMap((c) => [
      ...c.adaptations.map((a) =>
        step({ ...a, step: 'smallChangeAdapted', itemId: c.smallChangeId, title: c.title }),
      ),
      ...(c.reverted
        ? [step({ ...c.reverted, step: 'smallChangeReverted', itemId: c.smallChangeId, title: c.title })]
        : []),
    ]),
    ...blueprintCiters(sources.blueprint),
  ].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const byRound = new Map<string, FollowingStep[]>();
  for (const { feedbackRoundIds, ...cited } of steps)
    for (const id of feedbackRoundIds) byRound.set(id, [...(byRound.get(id) ?? []), cited]);
  return byRound;
};
