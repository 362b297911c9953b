/** Co-ownership across levels: who holds the blueprint and endorses its versions, by level. */
export const LEVELS = ['practitioner', 'manager', 'senior leader', 'external'] as const;

export interface Levelled {
  readonly level: string;
  readonly person: { readonly participantId: string };
}

/** "seniorLeader" and "SENIOR_LEADER" both read "senior leader". */
export const levelWords = (level: string) =>
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
  const others = [...counts.keys()].filter((level) => !(LEVELS as readonly string[]).includes(level));
  return [...LEVELS, ...others].map((level) => ({ level, count: counts.get(level) ?? 0 }));
};
