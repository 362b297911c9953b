/**
 * The hostile requests the probe replays: documents built to be expensive, wrong variables,
 * malformed and oversized bodies, bad tokens, and random mutations of valid documents.
 */
export interface HostileRequest {
  readonly name: string;
  readonly body: string;
  readonly contentType?: string;
  readonly authorization?: string | null;
}

const PROGRAMME = 'programme-harrowmere';

export const nestedFragments = (levels: number): string => {
  const fragments = Array.from({ length: levels }, (_, n) =>
    n === levels - 1
      ? `fragment F${n} on Query { me { actorId } }`
      : `fragment F${n} on Query { ...F${n + 1} ...F${n + 1} }`,
  );
  return `query Nested { ...F0 }\n${fragments.join('\n')}`;
};

const json = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

/** Valid documents the fuzzer starts from. */
export const SEEDS = [
  `{ overview(programmeId: "${PROGRAMME}") { programme { name status } smallChanges { kept adapted } } }`,
  `{ journey(programmeId: "${PROGRAMME}", first: 20) { edges { node { summary actorName occurredAt } } } }`,
  `query($n: Int!) { smallChanges(programmeId: "${PROGRAMME}", first: $n) { edges { node { title status } } } }`,
  `{ blueprintDiff(programmeId: "${PROGRAMME}", from: 1, to: 3) { differences { change title } } }`,
  `mutation { adoptSimpleRule(input: { programmeId: "no-such-programme", rule: "x" }, expectedRevision: null) { commandId } }`,
];

export const HOSTILE: readonly HostileRequest[] = [
  ...[20, 30, 40].map((levels) => ({
    name: `${levels} nested fragments spread twice`,
    body: json(nestedFragments(levels)),
  })),
  {
    name: 'fragment cycle',
    body: json(
      'query Loop { ...A } fragment A on Query { me { actorId } ...B } fragment B on Query { ...A }',
    ),
  },
  {
    name: '500 aliases',
    body: json(`{ ${Array.from({ length: 500 }, (_, n) => `a${n}: me { actorId }`).join(' ')} }`),
  },
  { name: '500 directives', body: json(`{ me { ${'... @include(if: true) { actorId } '.repeat(500)} } }`) },
  { name: '50,000 tokens', body: json(`{ me { ${'actorId '.repeat(50_000)} } }`) },
  {
    name: 'deep nesting',
    body: json(`{ ${'programmes { edges { node { '.repeat(10)}name${' } } }'.repeat(10)} }`),
  },
  {
    name: 'cost: 100 x 100 pages',
    body: json(
      `{ ${Array.from({ length: 20 }, (_, n) => `j${n}: journey(programmeId: "${PROGRAMME}", first: 100) { edges { node { summary } } }`).join(' ')} }`,
    ),
  },
  ...[
    ['many', 'string'],
    [{ a: 1 }, 'object'],
    [[1, 2], 'list'],
    [1e300, 'huge number'],
    [null, 'null'],
  ].map(([value, what]) => ({
    name: `variable of the wrong type (${what})`,
    body: json(SEEDS[2]!, { n: value }),
  })),
  { name: 'unknown variable type', body: json('query($n: Nope) { me { actorId } }', { n: 1 }) },
  { name: 'expectedRevision null', body: json(SEEDS[4]!) },
  { name: 'expectedRevision not a number', body: json(SEEDS[4]!.replace('null', '"seven"')) },
  { name: 'body not JSON', body: '{"query": ' },
  { name: 'batched array', body: '[{"query": "{ me { actorId } }"}, {"query": "{ me { actorId } }"}]' },
  { name: 'query not a string', body: '{"query": 5}' },
  { name: 'empty object', body: '{}' },
  { name: 'empty body', body: '' },
  { name: 'text body', body: '{ me { actorId } }', contentType: 'text/plain' },
  {
    name: 'nested JSON 10,000 deep',
    body: `{"query": "{ me { actorId } }", "variables": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`,
  },
  { name: 'body over 1 MB', body: json(`{ me { actorId } } # ${'x'.repeat(1_200_000)}`) },
  { name: 'unknown token', body: json('{ me { actorId } }'), authorization: 'Bearer ledger_not_a_key' },
  { name: 'not a bearer token', body: json('{ me { actorId } }'), authorization: 'Basic dXNlcjpwYXNz' },
  {
    name: 'forged JWT',
    body: json('{ me { actorId } }'),
    authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
  },
  { name: 'no token', body: json(SEEDS[0]!), authorization: null },
];

/** A valid document with a few characters changed, dropped or repeated. */
export const mutated = (random: () => number): HostileRequest => {
  const seed = SEEDS[Math.floor(random() * SEEDS.length)]!;
  const chars = [...seed];
  const edits = 1 + Math.floor(random() * 4);
  for (let n = 0; n < edits; n += 1) {
    const at = Math.floor(random() * chars.length);
    const pick = random();
    if (pick < 0.33) chars.splice(at, 1);
    else if (pick < 0.66) chars.splice(at, 0, '{}()[]:$!@"\\ ,.#'[Math.floor(random() * 17)]!);
    else chars.splice(at, 0, ...chars.slice(at, at + 1 + Math.floor(random() * 30)));
  }
  const variables =
    random() < 0.5 ? { n: [20, -1, 0, 'x', 1e9, true, null][Math.floor(random() * 7)] } : undefined;
  return { name: 'fuzz', body: JSON.stringify({ query: chars.join(''), variables }) };
};
