/** Read models shaped for the API: counts with every status present, pages as connections. */
import { BARRIER_SCOPES } from '../domain/barrier/events';
import { RESULTS } from '../domain/experiment/events';
import { encodeCursor, decodeCursor } from '../projections/cursors';
import { dayOf } from '../projections/dates';
import type { BlueprintEvolution } from '../projections/blueprint';
import {
  againstPlan,
  behindPlanOn,
  retiredElements,
  type ImplementationAgainstPlan,
} from '../projections/elementImplementation';
import type { ProgrammeOverview } from '../projections/overview';
import type { Counts } from '../projections/programme';
import type { Page } from '../application/ports/readModelStore';
import { SMALL_CHANGE_STATUSES } from '../projections/smallChanges';
import { EXPERIMENT_STATUSES } from '../projections/experiments';
import type { PageArgs } from './inputs/recording';
import type { Connection } from './types/common';

const every = <K extends string>(keys: readonly K[], counts: Counts<K>): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, counts[key] ?? 0])) as Record<K, number>;

export const overviewView = (overview: ProgrammeOverview, onDate = dayOfRead()) => {
  const tallies = overview.programme.tallies;
  const barriers = Object.fromEntries(
    BARRIER_SCOPES.flatMap((scope) => [
      [`${scope}Open`, tallies.barriersByScope[scope]?.open ?? 0],
      [`${scope}Resolved`, tallies.barriersByScope[scope]?.resolved ?? 0],
    ]),
  );
  // The window counts whole days: it opens on the day its phase started, whatever the time.
  const target = overview.target && {
    ...overview.target,
    from: overview.target.from && dayOf(overview.target.from),
  };
  const blueprint = overview.blueprint && {
    ...overview.blueprint,
    implementation: againstPlanView(overview.blueprint.implementation, onDate),
  };
  return {
    ...overview,
    blueprint,
    target,
    teams: overview.teams.map((team) => ({
      ...team,
      smallChanges: every(SMALL_CHANGE_STATUSES, team.smallChanges),
    })),
    smallChanges: every(SMALL_CHANGE_STATUSES, overview.smallChanges),
    experiments: {
      ...every(EXPERIMENT_STATUSES, tallies.experimentsByStatus),
      ...every(RESULTS, tallies.experimentsByResult),
    },
    barriers,
    reviewsHeld: tallies.reviewsHeld,
    decisionsRecorded: tallies.decisionsRecorded,
    lastReview: tallies.lastReview,
  };
};

const pageInfoOf = (
  edges: readonly { readonly cursor: string }[],
  { hasNextPage, hasPreviousPage }: { hasNextPage: boolean; hasPreviousPage: boolean },
) => ({
  hasNextPage,
  hasPreviousPage,
  startCursor: edges[0]?.cursor ?? null,
  endCursor: edges.at(-1)?.cursor ?? null,
});

/** totalCount stays a getter: the page counts its list only if the client asks for totalCount. */
export const connectionFrom = <T>(page: Page<T>): Connection<T> => ({
  edges: page.items,
  pageInfo: pageInfoOf(page.items, page),
  get totalCount() {
    return page.totalCount;
  },
});

/** Pages a list already in memory, with cursors keyed on each item's id. */
export const pageOfList = <T>(
  items: readonly T[],
  idOf: (item: T) => string,
  list: string,
  { first, after }: PageArgs,
): Connection<T> => {
  // After an item no longer in the list (another filter's cursor, say), the page is empty.
  const [afterId] = after == null ? [] : decodeCursor(after, list, 1);
  const start =
    afterId === undefined ? 0 : items.findIndex((item) => idOf(item) === afterId) + 1 || items.length;
  const edges = items
    .slice(start, start + first)
    .map((node) => ({ cursor: encodeCursor(list, [idOf(node)]), node }));
  return {
    edges,
    pageInfo: pageInfoOf(edges, { hasNextPage: start + first < items.length, hasPreviousPage: start > 0 }),
    totalCount: items.length,
  };
};

/** The day a read measures plans against: the asOf instant's day, or today. */
export const dayOfRead = (asOf?: {
  readonly recordedAt?: string | null;
  readonly occurredAt?: string | null;
}) => (asOf?.occurredAt ?? asOf?.recordedAt ?? new Date().toISOString()).slice(0, 10);

/** Implemented against plan, read on a day: the counts, and the elements behind their planned dates then. */
export const againstPlanView = (plan: ImplementationAgainstPlan, onDate: string) => ({
  onDate,
  ...plan.counts,
  ...behindPlanOn(plan, onDate),
});

/** The blueprint as the API shows it: implemented against plan on the day read, and its retired elements. */
export const blueprintView = (blueprint: BlueprintEvolution | undefined, onDate: string) =>
  blueprint && {
    ...blueprint,
    implementation: againstPlanView(againstPlan(blueprint.elements, blueprint.implementation), onDate),
    retiredElements: retiredElements(blueprint.elements, blueprint.implementation),
  };
