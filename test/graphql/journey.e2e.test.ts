/**
 * A programme's journey recorded and read back through the API only, by the roles that would
 * record each step, then read as a dashboard, an evaluator and an auditor would.
 */
import {
  ok,
  setUpProgramme,
  startTestLedger,
  type CallerName,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';
import { clockPasses } from '../support/waitFor';

let ledger: TestLedger;
let beforeRevision = '';

const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);

/** Records one mutation as a caller; `inputType` when it is not `<Mutation>Input`. */
const run = async (
  caller: CallerName,
  mutation: string,
  input: Record<string, unknown>,
  options: { inputType?: string; occurredAt?: string; select?: string } = {},
): Promise<Json> => {
  const document = `mutation($input: ${options.inputType ?? `${pascal(mutation)}Input`}!, $occurredAt: DateOrDateTime) {
    ${mutation}(input: $input, occurredAt: $occurredAt) { commandId streamRevision ${options.select ?? ''} } }`;
  return ok(
    await ledger.as(caller)(document, {
      input: { programmeId: 'p1', ...input },
      occurredAt: options.occurredAt,
    }),
  )[mutation];
};

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
  await run('facilitator', 'defineTheoryOfChange', {
    problem: 'Practitioners spend too little time with families',
    intendedChange: 'Remove what takes time away from families',
    assumptions: ['Practitioners know what gets in the way'],
  });
  await run('leader', 'setVision', {
    statement: 'More time with families',
    coAuthorIds: ['lead-1', 'prac-1'],
  });
  await clockPasses();
  beforeRevision = new Date().toISOString();
  await clockPasses(Date.parse(beforeRevision));
  await run('leader', 'reviseVision', {
    statement: 'Most of our time with families',
    coAuthorIds: ['lead-1', 'prac-1', 'fac-1'],
    rationale: 'Practitioners asked for a bolder aim',
  });
  await run('facilitator', 'defineOutcome', { outcomeId: 'o1', title: 'Time with families' });
  await run('facilitator', 'defineMetric', {
    metricId: 'm1',
    outcomeId: 'o1',
    name: '% of time with families',
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    baseline: 20,
    target: 40,
    cadence: 'fortnightly',
    howWouldWeKnow: 'Fortnightly practitioner survey',
  });
  await run('facilitator', 'startPhase', { phaseId: 'vision' }, { inputType: 'PhaseChangeInput' });
  await run('facilitator', 'startPhase', { phaseId: 'smallChanges' }, { inputType: 'PhaseChangeInput' });
  const barrier = {
    description: 'Visit notes are typed into two systems',
    kind: 'PROCESS',
    source: { kind: 'SENSEMAKING' },
    identifiedBy: ['prac-1'],
  };
  await run('practitioner', 'identifyBarrier', {
    ...barrier,
    barrierId: 'b1',
    title: 'Duplicate recording',
    scope: 'LOCAL',
  });
  await run('practitioner', 'identifyBarrier', {
    ...barrier,
    barrierId: 'b2',
    title: 'Statutory form',
    scope: 'NATIONAL',
  });
  const proposal = { teamId: 't1', description: 'Write it once', proposedBy: ['prac-1'] };
  await run('practitioner', 'proposeSmallChange', {
    ...proposal,
    smallChangeId: 'sc1',
    title: 'One-page notes',
    barrierIds: ['b1'],
  });
  await run('leader', 'agreeSmallChange', { smallChangeId: 'sc1', agreedBy: ['lead-1'] });
  await run('practitioner', 'implementSmallChange', {
    smallChangeId: 'sc1',
    whatChanged: 'Notes fit one page',
  });
  await run('practitioner', 'reviewSmallChange', {
    smallChangeId: 'sc1',
    hoursFreedPerWeek: 2.5,
    practitionersNoticed: 'Less typing',
    familiesNoticed: 'Visits felt less rushed',
    verdict: 'KEEP',
  });
  await run('practitioner', 'proposeSmallChange', {
    ...proposal,
    smallChangeId: 'sc2',
    title: 'Skip the form',
    barrierIds: ['b2'],
  });
  await run('leader', 'escalateSmallChange', {
    smallChangeId: 'sc2',
    nationalBarrierId: 'nb1',
    nationalBarrierTitle: 'National form requirement',
    escalatedBy: ['lead-1'],
    rationale: 'Only national change can drop the form',
  });
  await run('facilitator', 'designExperiment', {
    experimentId: 'e1',
    title: 'Pairs on visits',
    hypothesis: { ifWe: 'visit in pairs', weExpect: 'shorter write-ups', because: 'notes are shared' },
    barrierIds: ['b1'],
    measureIds: ['m1'],
    plannedStart: '2025-03-01',
    reviewDate: '2025-05-01',
  });
  await run('facilitator', 'startExperiment', { experimentId: 'e1' }, { inputType: 'ExperimentRef' });
  await run('facilitator', 'concludeExperiment', {
    experimentId: 'e1',
    result: 'NOT_SUPPORTED',
    learning: 'Pairs doubled the travel',
    nextStep: 'ABANDON',
  });
  await run('leader', 'holdReview', {
    reviewId: 'r1',
    kind: 'MONTHLY_SENIOR_LEADER_REVIEW',
    attendeeIds: ['lead-1', 'fac-1'],
  });
  await run('leader', 'recordDecision', {
    reviewId: 'r1',
    decisionId: 'd1',
    decision: 'Adopt one-page notes everywhere',
    rationale: 'Kept by the duty team after review',
    affects: [{ kind: 'SMALL_CHANGE', id: 'sc1' }],
  });
  await run('facilitator', 'draftBlueprint', { coOwnerIds: ['fac-1', 'prac-1'] });
  const element = {
    kind: 'PROCESS_CHANGE',
    description: 'Notes written once',
    barrierIds: ['b1'],
    ownerIds: ['prac-1'],
  };
  await run('practitioner', 'addBlueprintElement', { ...element, elementId: 'el1', title: 'One-page notes' });
  await run('leader', 'publishBlueprintVersion', {
    summary: 'First blueprint',
    endorsedBy: ['fac-1', 'prac-1'],
  });
  await run('practitioner', 'reviseBlueprintElement', {
    ...element,
    elementId: 'el1',
    title: 'One-page notes in every team',
    rationale: 'The review adopted it everywhere',
    evidence: [{ kind: 'REVIEW_DECISION', id: 'r1', decisionId: 'd1' }],
  });
  await run('leader', 'publishBlueprintVersion', {
    summary: 'Spread to every team',
    endorsedBy: ['fac-1', 'prac-1'],
  });
  const period = (start: string, end: string) => ({ periodStart: start, periodEnd: end });
  await run(
    'facilitator',
    'recordMeasurement',
    {
      metricId: 'm1',
      measurementId: 'mm1',
      ...period('2025-01-06', '2025-01-19'),
      value: 21,
      source: { kind: 'TIME_DIARY' },
    },
    { occurredAt: '2025-01-20' },
  );
  await run('facilitator', 'recordMeasurement', {
    metricId: 'm1',
    measurementId: 'mm2',
    ...period('2025-01-20', '2025-02-02'),
    value: 52,
    source: { kind: 'TIME_DIARY' },
  });
  await run('facilitator', 'correctMeasurement', {
    metricId: 'm1',
    measurementId: 'mm3',
    supersedes: 'mm2',
    value: 25,
    reason: 'Typed 52 for 25',
  });
  await run('facilitator', 'recordSurveyRound', {
    surveyRoundId: 's1',
    audience: 'PRACTITIONERS',
    respondents: 14,
    scores: [{ metricId: 'm1', score: 25 }],
    themes: ['less typing'],
    anonymisedQuotes: ['I saw a family twice this week'],
  });
});
afterAll(() => ledger.close());

const read = async (caller: CallerName, query: string, variables?: Record<string, unknown>) =>
  ok(await ledger.as(caller)(query, variables));

describe('a programme journey recorded and read back through the API', () => {
  it('shows a dashboard its overview', async () => {
    const { overview } = await read(
      'evaluator',
      `{ overview(programmeId: "p1") {
          programme { vision { statement revisions lastRationale coAuthors { name } } participants { person { name } role } }
          currentPhase { phaseId } target { count withinWeeks from }
          teams { name smallChanges { proposed kept escalated } }
          smallChanges { kept escalated } experiments { concluded notSupported } barriers { localOpen nationalOpen }
          reviewsHeld decisionsRecorded blueprint { currentVersion workingElements }
          metrics { name latest { value measurementId } progressToTarget }
          coProduction { smallChangesProposedByPractitioners } } }`,
    );
    expect(overview.programme.vision).toEqual({
      statement: 'Most of our time with families',
      revisions: 1,
      lastRationale: 'Practitioners asked for a bolder aim',
      coAuthors: [{ name: 'Lee Leader' }, { name: 'Pat Practitioner' }, { name: 'Fay Facilitator' }],
    });
    expect(overview.programme.participants).toContainEqual({
      person: { name: 'Pat Practitioner' },
      role: 'SOCIAL_WORKER',
    });
    expect(overview).toMatchObject({
      currentPhase: { phaseId: 'smallChanges' },
      target: { count: 10, withinWeeks: 8 },
      teams: [{ name: 'Duty team', smallChanges: { proposed: 0, kept: 1, escalated: 1 } }],
      smallChanges: { kept: 1, escalated: 1 },
      experiments: { concluded: 1, notSupported: 1 },
      barriers: { localOpen: 1, nationalOpen: 2 },
      reviewsHeld: 1,
      decisionsRecorded: 1,
      blueprint: { currentVersion: 2, workingElements: 1 },
      metrics: [
        {
          name: '% of time with families',
          latest: { value: 25, measurementId: 'mm3' },
          progressToTarget: 0.25,
        },
      ],
      coProduction: { smallChangesProposedByPractitioners: 1 },
    });
  });

  it('lists items with filters and cursor pages', async () => {
    const first = await read(
      'practitioner',
      '{ smallChanges(programmeId: "p1", first: 1) { totalCount edges { cursor node { smallChangeId } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.smallChanges).toMatchObject({
      totalCount: 2,
      edges: [{ node: { smallChangeId: 'sc1' } }],
      pageInfo: { hasNextPage: true },
    });
    const next = await read(
      'practitioner',
      'query($after: String) { smallChanges(programmeId: "p1", first: 1, after: $after) { edges { node { smallChangeId status escalated { nationalBarrierId rationale } } } pageInfo { hasNextPage } } }',
      {
        after: first.smallChanges.pageInfo.endCursor,
      },
    );
    expect(next.smallChanges).toEqual({
      edges: [
        {
          node: {
            smallChangeId: 'sc2',
            status: 'ESCALATED',
            escalated: { nationalBarrierId: 'nb1', rationale: 'Only national change can drop the form' },
          },
        },
      ],
      pageInfo: { hasNextPage: false },
    });
    const failed = await read(
      'evaluator',
      '{ experiments(programmeId: "p1", filter: { results: [NOT_SUPPORTED] }) { edges { node { title conclusion { learning nextStep } } } } }',
    );
    expect(failed.experiments.edges).toEqual([
      {
        node: {
          title: 'Pairs on visits',
          conclusion: { learning: 'Pairs doubled the travel', nextStep: 'ABANDON' },
        },
      },
    ]);
    const national = await read(
      'evaluator',
      '{ barriers(programmeId: "p1", filter: { scopes: [NATIONAL] }) { edges { node { barrierId } } } }',
    );
    expect(national.barriers.edges.map((edge: Json) => edge.node.barrierId).sort()).toEqual(['b2', 'nb1']);
    const reviews = await read(
      'leader',
      '{ reviews(programmeId: "p1") { edges { node { attendees { name } decisions { decision affects { kind id } recordedBy { name } } } } } }',
    );
    expect(reviews.reviews.edges[0].node).toEqual({
      attendees: [{ name: 'Lee Leader' }, { name: 'Fay Facilitator' }],
      decisions: [
        {
          decision: 'Adopt one-page notes everywhere',
          affects: [{ kind: 'SMALL_CHANGE', id: 'sc1' }],
          recordedBy: { name: 'Lee Leader' },
        },
      ],
    });
    const metrics = await read(
      'evaluator',
      '{ metrics(programmeId: "p1") { edges { node { measurements { measurementId value supersededBy corrects { reason } } } } } }',
    );
    expect(metrics.metrics.edges[0].node.measurements).toEqual([
      { measurementId: 'mm1', value: 21, supersededBy: null, corrects: null },
      { measurementId: 'mm2', value: 52, supersededBy: 'mm3', corrects: null },
      { measurementId: 'mm3', value: 25, supersededBy: null, corrects: { reason: 'Typed 52 for 25' } },
    ]);
    const rounds = await read(
      'evaluator',
      '{ surveyRounds(programmeId: "p1") { edges { node { respondents themes } } } }',
    );
    expect(rounds.surveyRounds.edges).toEqual([{ node: { respondents: 14, themes: ['less typing'] } }]);
    const chart = await read(
      'evaluator',
      '{ runChart(programmeId: "p1", metricId: "m1") { points { value } baseline { median source } } }',
    );
    expect(chart.runChart.points).toEqual([{ value: 21 }, { value: 25 }]);
  });

  it('shows an evaluator how the blueprint evolved, with rationale and evidence', async () => {
    const { blueprint } = await read(
      'evaluator',
      '{ blueprint(programmeId: "p1") { coOwners { name } versions { version summary elements { title owners { name } } } } }',
    );
    expect(blueprint.coOwners).toEqual([{ name: 'Fay Facilitator' }, { name: 'Pat Practitioner' }]);
    expect(blueprint.versions).toEqual([
      {
        version: 1,
        summary: 'First blueprint',
        elements: [{ title: 'One-page notes', owners: [{ name: 'Pat Practitioner' }] }],
      },
      {
        version: 2,
        summary: 'Spread to every team',
        elements: [{ title: 'One-page notes in every team', owners: [{ name: 'Pat Practitioner' }] }],
      },
    ]);
    const { blueprintDiff } = await read(
      'evaluator',
      '{ blueprintDiff(programmeId: "p1", from: 1, to: 2) { differences { change elementId fieldsChanged } changes { change rationale recordedBy { name } evidence { kind found summary } } } }',
    );
    expect(blueprintDiff.differences).toEqual([
      { change: 'REVISED', elementId: 'el1', fieldsChanged: ['title'] },
    ]);
    expect(blueprintDiff.changes).toEqual([
      {
        change: 'REVISED',
        rationale: 'The review adopted it everywhere',
        recordedBy: { name: 'Pat Practitioner' },
        evidence: [
          {
            kind: 'REVIEW_DECISION',
            found: true,
            summary: expect.stringContaining('Adopt one-page notes everywhere'),
          },
        ],
      },
    ]);
    const version = await read(
      'evaluator',
      '{ blueprintVersion(programmeId: "p1", version: 1) { published { recordedAt } changes { change title } } }',
    );
    expect(version.blueprintVersion.changes).toEqual([{ change: 'ADDED', title: 'One-page notes' }]);
  });

  it('gives an auditor the journey, the raw history and what the ledger knew at a past time', async () => {
    const journey = await read(
      'auditor',
      '{ journey(programmeId: "p1", first: 100, filter: { kinds: [SMALL_CHANGE] }) { edges { node { eventType summary actorName actorRole } } } }',
    );
    expect(journey.journey.edges.map((edge: Json) => edge.node.eventType)).toEqual([
      'SmallChangeProposed',
      'SmallChangeAgreed',
      'SmallChangeImplemented',
      'SmallChangeReviewed',
      'SmallChangeProposed',
      'SmallChangeEscalated',
    ]);
    expect(journey.journey.edges[1].node).toMatchObject({ actorName: 'Lee Leader', actorRole: 'leader' });
    const history = await read(
      'auditor',
      '{ history(programmeId: "p1", filter: { types: ["ExperimentConcluded"] }) { edges { node { type streamName streamRevision data metadata { actorId actorRole occurredAt recordedAt commandId correlationId } } } } }',
    );
    expect(history.history.edges).toEqual([
      {
        node: expect.objectContaining({
          type: 'ExperimentConcluded',
          streamName: 'experiment-e1',
          streamRevision: '2',
          data: expect.objectContaining({ result: 'notSupported' }),
          metadata: expect.objectContaining({ actorId: 'fac-1', actorRole: 'facilitator' }),
        }),
      },
    ]);
    const then = await read(
      'auditor',
      'query($at: DateOrDateTime) { overview(programmeId: "p1", asOf: { recordedAt: $at }) { programme { vision { statement revisions } } smallChanges { kept } } }',
      { at: beforeRevision },
    );
    expect(then.overview).toEqual({
      programme: { vision: { statement: 'More time with families', revisions: 0 } },
      smallChanges: { kept: 0 },
    });
    // A measurement recorded later, for a period before then: known "as occurred", not "as recorded".
    const types = async (asOf: string) =>
      (
        await read(
          'auditor',
          `query($at: DateOrDateTime) { journey(programmeId: "p1", first: 100, asOf: { ${asOf}: $at }) { edges { node { eventType } } } }`,
          {
            at: beforeRevision,
          },
        )
      ).journey.edges.map((edge: Json) => edge.node.eventType);
    const asRecorded = await types('recordedAt');
    const asOccurred = await types('occurredAt');
    expect(asRecorded).toContain('VisionSet');
    expect(asRecorded).not.toContain('VisionRevised');
    expect(asRecorded).not.toContain('MeasurementRecorded');
    expect(asOccurred.filter((type: string) => type === 'MeasurementRecorded')).toHaveLength(1);
    expect(asOccurred).not.toContain('VisionRevised');
    const blueprintThen = await read(
      'auditor',
      'query($at: DateOrDateTime) { blueprint(programmeId: "p1", asOf: { recordedAt: $at }) { versions { version } } }',
      { at: beforeRevision },
    );
    expect(blueprintThen.blueprint).toBeNull();
  });
});
