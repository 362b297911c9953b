/** The changes recorded in a programme, as dated annotations for a run chart's time axis. */
export interface ChangeMark {
  readonly on: string;
  readonly kind:
    | 'small change implemented'
    | 'experiment started'
    | 'experiment concluded'
    | 'experiment stopped early'
    | 'blueprint version published';
  readonly title: string;
}

export interface ProgrammeChangesLike {
  readonly smallChanges: {
    readonly edges: readonly {
      readonly node: { title: string; implemented: { implementedAt: string } | null };
    }[];
  };
  readonly experiments: {
    readonly edges: readonly {
      readonly node: {
        title: string;
        startedAt: string | null;
        conclusion: { concludedAt: string } | null;
        stoppedEarly: { stoppedAt: string } | null;
      };
    }[];
  };
  readonly blueprint: {
    readonly versions: readonly { version: number; published: { occurredAt: string } }[];
  } | null;
}

export const changeMarksOf = (changes: ProgrammeChangesLike): ChangeMark[] =>
  [
    ...changes.smallChanges.edges.flatMap(({ node }) =>
      node.implemented
        ? [
            {
              on: node.implemented.implementedAt,
              kind: 'small change implemented' as const,
              title: node.title,
            },
          ]
        : [],
    ),
    ...changes.experiments.edges.flatMap(({ node }) => [
      ...(node.startedAt
        ? [{ on: node.startedAt, kind: 'experiment started' as const, title: node.title }]
        : []),
      ...(node.conclusion
        ? [{ on: node.conclusion.concludedAt, kind: 'experiment concluded' as const, title: node.title }]
        : []),
      ...(node.stoppedEarly
        ? [{ on: node.stoppedEarly.stoppedAt, kind: 'experiment stopped early' as const, title: node.title }]
        : []),
    ]),
    ...(changes.blueprint?.versions ?? []).map((v) => ({
      on: v.published.occurredAt,
      kind: 'blueprint version published' as const,
      title: `Blueprint version ${v.version}`,
    })),
  ].sort((a, b) => a.on.localeCompare(b.on));
