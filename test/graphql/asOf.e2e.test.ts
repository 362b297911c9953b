/**
 * Every read of a programme takes the same `asOf`, on both axes: "as recorded by T" (what the
 * ledger knew then) and "as occurred by T" (what we now know had happened by then). The programme
 * below has facts recorded late (after the recorded instant, though they occurred before the
 * business date) and one recorded early that occurred after it, so each read differs on each axis.
 */
import {
  codesOf,
  ok,
  setUpProgramme,
  startTestLedger,
  type CallerName,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';
import { clockPasses } from '../support/waitFor';

let ledger: TestLedger;
let recordedBy = '';
const OCCURRED_BY = '2025-03-31';

const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const INPUTS: Record<string, string> = { startPhase: 'PhaseChangeInput' };
const record = async (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ok(
    await ledger.as(caller)(
      `mutation($input: ${INPUTS[mutation] ?? `${pascal(mutation)}Input`}!) { ${mutation}(occurredAt: "${on}", input: $input) { commandId } }`,
      { input: { programmeId: 'p1', ...input } },
    ),
  );

const barrier = (barrierId: string, on: string) =>
  record(
    'practitioner',
    'identifyBarrier',
    {
      barrierId,
      title: `Barrier ${barrierId}`,
      description: 'Found on a visit',
      kind: 'PROCESS',
      scope: 'LOCAL',
      source: { kind: 'OTHER' },
      identifiedBy: ['prac-1'],
    },
    on,
  );
const propose = (smallChangeId: string, on: string) =>
  record(
    'practitioner',
    'proposeSmallChange',
    {
      smallChangeId,
      teamId: 't1',
      title: `Change ${smallChangeId}`,
      description: 'Write once',
      proposedBy: ['prac-1'],
      barrierIds: ['b1'],
    },
    on,
  );
const design = (experimentId: string, on: string) =>
  record(
    'facilitator',
    'designExperiment',
    {
      experimentId,
      title: `Experiment ${experimentId}`,
      hypothesis: { ifWe: 'try', weExpect: 'more time', because: 'less typing' },
      barrierIds: ['b1'],
      measureIds: ['m1'],
      plannedStart: on,
      reviewDate: '2025-06-30',
    },
    on,
  );
const hold = (reviewId: string, on: string) =>
  record(
    'leader',
    'holdReview',
    { reviewId, kind: 'MONTHLY_SENIOR_LEADER_REVIEW', attendeeIds: ['lead-1'] },
    on,
  );
const survey = (surveyRoundId: string, on: string) =>
  record(
    'facilitator',
    'recordSurveyRound',
    {
      surveyRoundId,
      audience: 'PRACTITIONERS',
      respondents: 12,
      scores: [{ metricId: 'm1', score: 22 }],
      themes: ['less typing'],
      anonymisedQuotes: [],
    },
    on,
  );
const measure = (measurementId: string, periodStart: string, periodEnd: string, value: number) =>
  record(
    'facilitator',
    'recordMeasurement',
    {
      metricId: 'm1',
      measurementId,
      periodStart,
      periodEnd,
      value,
      source: { kind: 'TIME_DIARY' },
    },
    periodEnd,
  );
const element = {
  elementId: 'el1',
  kind: 'PROCESS_CHANGE',
  description: 'Once',
  barrierIds: ['b1'],
  ownerIds: ['prac-1'],
};
const publish = (summary: string, on: string) =>
  record('leader', 'publishBlueprintVersion', { summary, endorsedBy: ['prac-1', 'lead-1'] }, on);

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger, 'p1', '2025-01-06');
  await record('leader', 'startPhase', { phaseId: 'vision' }, '2025-01-13');
  await record('facilitator', 'defineOutcome', { outcomeId: 'o1', title: 'Time' }, '2025-01-07');
  await record(
    'facilitator',
    'defineMetric',
    {
      metricId: 'm1',
      outcomeId: 'o1',
      name: 'Time with families',
      unit: '%',
      direction: 'HIGHER_IS_BETTER',
      baseline: 20,
      target: 30,
      cadence: 'fortnightly',
      howWouldWeKnow: 'Survey',
    },
    '2025-01-07',
  );
  await barrier('b1', '2025-01-20');
  await propose('sc1', '2025-02-03');
  await design('e1', '2025-02-10');
  await hold('r1', '2025-02-17');
  await survey('s1', '2025-02-14');
  await measure('mm1', '2025-02-03', '2025-02-14', 21);
  await record('facilitator', 'draftBlueprint', { coOwnerIds: ['prac-1', 'lead-1'] }, '2025-02-20');
  await record('practitioner', 'addBlueprintElement', { ...element, title: 'Write it once' }, '2025-02-21');
  await publish('First', '2025-02-24');
  // Recorded early, but it occurred after the business date asked for.
  await record('leader', 'agreeSmallChange', { smallChangeId: 'sc1', agreedBy: ['lead-1'] }, '2025-04-10');
  await clockPasses();
  recordedBy = new Date().toISOString();
  await clockPasses(Date.parse(recordedBy));
  // Recorded late: all of these occurred before the business date asked for.
  await record('leader', 'startPhase', { phaseId: 'smallChanges' }, '2025-02-03');
  await barrier('b2', '2025-03-03');
  await propose('sc2', '2025-03-05');
  await design('e2', '2025-03-06');
  await hold('r2', '2025-03-10');
  await survey('s2', '2025-03-14');
  await measure('mm2', '2025-03-03', '2025-03-14', 24);
  await record(
    'practitioner',
    'reviseBlueprintElement',
    { ...element, title: 'Write it once, everywhere', rationale: 'It worked' },
    '2025-03-17',
  );
  await publish('Second', '2025-03-20');
}, 120_000);
afterAll(() => ledger.close());

type Read = { readonly query: (asOf: string) => string; readonly pick: (data: Json) => unknown };
const NOT_FOUND = Symbol('NOT_FOUND');
const nodes = (connection: Json) => connection.edges.map((edge: Json) => edge.node);
const ids = (key: string) => (connection: Json) => nodes(connection).map((node: Json) => node[key]);

/** Each read, what it shows as recorded by the instant, and what as occurred by the business date. */
const READS: readonly [string, Read, unknown, unknown][] = [
  [
    'overview',
    {
      query: (a) =>
        `{ overview(programmeId: "p1", ${a}) { currentPhase { phaseId } smallChanges { proposed agreed } } }`,
      pick: (d) => d.overview,
    },
    { currentPhase: { phaseId: 'vision' }, smallChanges: { proposed: 0, agreed: 1 } },
    { currentPhase: { phaseId: 'smallChanges' }, smallChanges: { proposed: 2, agreed: 0 } },
  ],
  [
    'programme',
    {
      query: (a) => `{ programme(programmeId: "p1", ${a}) { phases { phaseId status } } }`,
      pick: (d) => d.programme.phases.find((phase: Json) => phase.phaseId === 'smallChanges').status,
    },
    'NOT_STARTED',
    'IN_PROGRESS',
  ],
  [
    'journey',
    {
      query: (a) =>
        `{ journey(programmeId: "p1", first: 50, filter: { kinds: [SMALL_CHANGE] }, ${a}) { totalCount edges { node { eventType occurredAt phaseId } } } }`,
      pick: (d) => ({ totalCount: d.journey.totalCount, entries: nodes(d.journey) }),
    },
    {
      totalCount: 2,
      entries: [
        { eventType: 'SmallChangeProposed', occurredAt: '2025-02-03', phaseId: 'vision' },
        { eventType: 'SmallChangeAgreed', occurredAt: '2025-04-10', phaseId: 'vision' },
      ],
    },
    {
      totalCount: 2,
      entries: [
        { eventType: 'SmallChangeProposed', occurredAt: '2025-02-03', phaseId: 'smallChanges' },
        { eventType: 'SmallChangeProposed', occurredAt: '2025-03-05', phaseId: 'smallChanges' },
      ],
    },
  ],
  [
    'history',
    {
      query: (a) =>
        `{ history(programmeId: "p1", filter: { types: ["SmallChangeProposed", "SmallChangeAgreed"] }, ${a}) { totalCount edges { node { type } } } }`,
      pick: (d) => ({ totalCount: d.history.totalCount, types: ids('type')(d.history) }),
    },
    { totalCount: 2, types: ['SmallChangeProposed', 'SmallChangeAgreed'] },
    { totalCount: 2, types: ['SmallChangeProposed', 'SmallChangeProposed'] },
  ],
  [
    'smallChanges',
    {
      query: (a) =>
        `{ smallChanges(programmeId: "p1", ${a}) { totalCount edges { node { smallChangeId status } } } }`,
      pick: (d) => nodes(d.smallChanges),
    },
    [{ smallChangeId: 'sc1', status: 'AGREED' }],
    [
      { smallChangeId: 'sc1', status: 'PROPOSED' },
      { smallChangeId: 'sc2', status: 'PROPOSED' },
    ],
  ],
  [
    'smallChange',
    {
      query: (a) => `{ smallChange(programmeId: "p1", smallChangeId: "sc2", ${a}) { status } }`,
      pick: (d) => d.smallChange,
    },
    NOT_FOUND,
    { status: 'PROPOSED' },
  ],
  [
    'experiments',
    {
      query: (a) => `{ experiments(programmeId: "p1", ${a}) { edges { node { experimentId } } } }`,
      pick: (d) => ids('experimentId')(d.experiments),
    },
    ['e1'],
    ['e1', 'e2'],
  ],
  [
    'experiment',
    {
      query: (a) => `{ experiment(programmeId: "p1", experimentId: "e2", ${a}) { status } }`,
      pick: (d) => d.experiment,
    },
    NOT_FOUND,
    { status: 'DESIGNED' },
  ],
  [
    'barriers',
    {
      query: (a) => `{ barriers(programmeId: "p1", ${a}) { edges { node { barrierId } } } }`,
      pick: (d) => ids('barrierId')(d.barriers),
    },
    ['b1'],
    ['b1', 'b2'],
  ],
  [
    'barrier',
    {
      query: (a) => `{ barrier(programmeId: "p1", barrierId: "b2", ${a}) { title } }`,
      pick: (d) => d.barrier,
    },
    NOT_FOUND,
    { title: 'Barrier b2' },
  ],
  [
    'reviews',
    {
      query: (a) => `{ reviews(programmeId: "p1", ${a}) { edges { node { reviewId } } } }`,
      pick: (d) => ids('reviewId')(d.reviews),
    },
    ['r1'],
    ['r1', 'r2'],
  ],
  [
    'review',
    { query: (a) => `{ review(programmeId: "p1", reviewId: "r2", ${a}) { heldAt } }`, pick: (d) => d.review },
    NOT_FOUND,
    { heldAt: '2025-03-10' },
  ],
  [
    'metrics',
    {
      query: (a) =>
        `{ metrics(programmeId: "p1", ${a}) { edges { node { measurements { measurementId } } } } }`,
      pick: (d) => nodes(d.metrics)[0].measurements,
    },
    [{ measurementId: 'mm1' }],
    [{ measurementId: 'mm1' }, { measurementId: 'mm2' }],
  ],
  [
    'metric',
    {
      query: (a) => `{ metric(programmeId: "p1", metricId: "m1", ${a}) { measurements { value } } }`,
      pick: (d) => d.metric.measurements,
    },
    [{ value: 21 }],
    [{ value: 21 }, { value: 24 }],
  ],
  [
    'runChart',
    {
      query: (a) =>
        `{ runChart(programmeId: "p1", metricId: "m1", ${a}) { points { value } signals { rule } } }`,
      pick: (d) => d.runChart,
    },
    { points: [{ value: 21 }], signals: [] },
    { points: [{ value: 21 }, { value: 24 }], signals: [] },
  ],
  [
    'surveyRounds',
    {
      query: (a) => `{ surveyRounds(programmeId: "p1", ${a}) { edges { node { surveyRoundId } } } }`,
      pick: (d) => ids('surveyRoundId')(d.surveyRounds),
    },
    ['s1'],
    ['s1', 's2'],
  ],
  [
    'blueprint',
    {
      query: (a) => `{ blueprint(programmeId: "p1", ${a}) { versions { version summary } } }`,
      pick: (d) => d.blueprint.versions,
    },
    [{ version: 1, summary: 'First' }],
    [
      { version: 1, summary: 'First' },
      { version: 2, summary: 'Second' },
    ],
  ],
  [
    'blueprintVersion',
    {
      query: (a) => `{ blueprintVersion(programmeId: "p1", version: 2, ${a}) { elements { title } } }`,
      pick: (d) => d.blueprintVersion,
    },
    NOT_FOUND,
    { elements: [{ title: 'Write it once, everywhere' }] },
  ],
  [
    'blueprintDiff',
    {
      query: (a) =>
        `{ blueprintDiff(programmeId: "p1", from: 1, to: 2, ${a}) { differences { change fieldsChanged } } }`,
      pick: (d) => d.blueprintDiff.differences,
    },
    NOT_FOUND,
    [{ change: 'REVISED', fieldsChanged: ['title'] }],
  ],
];

const read = async ({ query, pick }: Read, asOf: string) => {
  const answer = await ledger.as('auditor')(query(asOf));
  if (codesOf(answer)?.[0] === 'NOT_FOUND') return NOT_FOUND;
  return pick(ok(answer));
};

describe('asOf on every read, both axes, with facts recorded late', () => {
  it.each(READS)('%s as recorded by then: what the ledger knew', async (_name, query, asRecorded) => {
    expect(await read(query, `asOf: { recordedAt: "${recordedBy}" }`)).toEqual(asRecorded);
  });

  it.each(READS)(
    '%s as occurred by then: what we now know had happened',
    async (_name, query, _recorded, asOccurred) => {
      expect(await read(query, `asOf: { occurredAt: "${OCCURRED_BY}" }`)).toEqual(asOccurred);
    },
  );

  it('reads now, without asOf, everything recorded', async () => {
    expect(await read(READS[4]![1], '')).toEqual([
      { smallChangeId: 'sc1', status: 'AGREED' },
      { smallChangeId: 'sc2', status: 'PROPOSED' },
    ]);
  });
});
