/** Co-ownership across levels: who holds the blueprint and endorses its versions, by level. */
import type { Level } from '../generated/graphql';
import { LEVEL } from './labels';

/** Practitioner, manager, senior leader, external: the order co-ownership lists them in. */
export const LEVELS: readonly string[] = Object.values(LEVEL);

export interface Levelled {
  readonly level: string;
  readonly person: { readonly participantId: string };
}

/** "SENIOR_LEADER" reads "senior leader" (and "seniorLeader", as older answers spelt it). */
export const levelWords = (level: string) =>
  LEVEL[level as Level] ??
  level
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();

/** How many of `people` sit at each level: practitioner, manager, senior leader, external, then any other. */
export const countByLevel = (
  people: readonly { readonly participantId: string }[],
  participants: readonly Levelled[],
): { level: string; count: number }[] => {
  const levelOf = new Map(participants.map((p) => [p.person.participantId, levelWords(p.level)]));
  const counts = new Map<string, number>();
  for (const person of people) {
    const level = levelOf.get(person.participantId) ?? 'not a participant';
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const others = [...counts.keys()].filter((level) => !LEVELS.includes(level));
  return [...LEVELS, ...others].map((level) => ({ level, count: counts.get(level) ?? 0 }));
};
