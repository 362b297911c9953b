/** Read models shaped for the API: counts with every status present, pages as connections. */
import { BARRIER_SCOPES } from '../domain/barrier/events';
import { RESULTS } from '../domain/experiment/events';
import { encodeCursor, decodeCursor } from '../projections/cursors';
import type { ProgrammeOverview } from '../projections/overview';
import type { Counts } from '../projections/programme';
import type { Page } from '../projections/readModelStore';
import { SMALL_CHANGE_STATUSES } from '../projections/smallChanges';
import { EXPERIMENT_STATUSES } from '../projections/experiments';
import type { PageArgs } from './inputs/recording';
import type { Connection } from './types/common';

const every = <K extends string>(keys: readonly K[], counts: Counts<K>): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, counts[key] ?? 0])) as Record<K, number>;

export const overviewView = (overview: ProgrammeOverview) => {
  const tallies = overview.programme.tallies;
  const barriers = Object.fromEntries(
    BARRIER_SCOPES.flatMap((scope) => [
      [`${scope}Open`, tallies.barriersByScope[scope]?.open ?? 0],
      [`${scope}Resolved`, tallies.barriersByScope[scope]?.resolved ?? 0],
    ]),
  );
  return {
    ...overview,
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

export const connectionFrom = <T>(page: Page<T>): Connection<T> & { totalCount: number } => ({
  edges: page.items,
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
  totalCount: page.totalCount,
});

/** Pages a list already in memory, with cursors keyed on each item's id. */
export const pageOfList = <T>(
  items: readonly T[],
  idOf: (item: T) => string,
  list: string,
  { first, after }: PageArgs,
): Connection<T> & { totalCount: number } => {
  // After an item no longer in the list (another filter's cursor, say), the page is empty.
  const [afterId] = after === undefined ? [] : decodeCursor(after, list, 1);
  const start =
    afterId === undefined ? 0 : items.findIndex((item) => idOf(item) === afterId) + 1 || items.length;
  const slice = items.slice(start, start + first);
  return {
    edges: slice.map((node) => ({ cursor: encodeCursor(list, [idOf(node)]), node })),
    pageInfo: {
      hasNextPage: start + first < items.length,
      endCursor: slice.length ? encodeCursor(list, [idOf(slice.at(-1)!)]) : null,
    },
    totalCount: items.length,
  };
};
