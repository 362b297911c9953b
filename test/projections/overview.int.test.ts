import { event, launchedProgramme, P, readModelsGiven, type Given } from './givenEvents';

const proposed = (id: string, teamId: string, proposedBy: string[], on = '2022-02-01') =>
  event(
    'SmallChangeProposed',
    {
      smallChangeId: id,
      programmeId: P,
      teamId,
      title: `Change ${id}`,
      description: 'd',
      proposedBy,
      barrierIds: ['barrier-forms'],
    },
    { occurredAt: on },
  );
const implemented = (id: string, on: string) =>
  event(
    'SmallChangeImplemented',
    { smallChangeId: id, programmeId: P, implementedAt: on, whatChanged: 'w' },
    { occurredAt: on },
  );
const agreed = (id: string) =>
  event('SmallChangeAgreed', { smallChangeId: id, programmeId: P, agreedBy: ['person-tm'] });

const programmeWithWork: Given[] = [
  ...launchedProgramme(),
  event('PhaseStarted', { programmeId: P, phaseId: 'vision', startedAt: '2022-01-03' }),
  event('VisionSet', {
    programmeId: P,
    statement: 'Time with families',
    coAuthorIds: ['person-sw', 'person-dir'],
  }),
  event('VisionRevised', {
    programmeId: P,
    statement: 'Time and trust',
    coAuthorIds: ['person-sw', 'person-dir'],
    rationale: 'Trust matters',
  }),
  event('PhaseCompleted', {
    programmeId: P,
    phaseId: 'vision',
    completedAt: '2022-01-31',
    summary: 'Agreed',
  }),
  event('PhaseStarted', { programmeId: P, phaseId: 'smallChanges', startedAt: '2022-02-01' }),
  proposed('sc-1', 'team-north', ['person-sw']),
  agreed('sc-1'),
  implemented('sc-1', '2022-02-10'),
  proposed('sc-2', 'team-north', ['person-tm']),
  agreed('sc-2'),
  implemented('sc-2', '2022-04-20'), // after the eight-week window
  event('SmallChangeReviewed', {
    smallChangeId: 'sc-1',
    programmeId: P,
    reviewedAt: '2022-03-01',
    hoursFreedPerWeek: 2,
    practitionersNoticed: 'p',
    familiesNoticed: 'f',
    verdict: 'keep',
  }),
  proposed('sc-3', 'team-south', ['person-sw']),
  event('SmallChangeDeclined', {
    smallChangeId: 'sc-3',
    programmeId: P,
    declinedBy: ['person-tm'],
    rationale: 'Not now',
  }),
  proposed('sc-4', 'team-south', ['person-sw']),
  event('SmallChangeEscalated', {
    smallChangeId: 'sc-4',
    programmeId: P,
    nationalBarrierId: 'barrier-national',
    nationalBarrierTitle: 'Statutory timescales',
    escalatedBy: ['person-sw'],
    rationale: 'Set in guidance',
  }),
  event('BarrierIdentified', {
    barrierId: 'barrier-national',
    programmeId: P,
    title: 'Statutory timescales',
    description: 'd',
    kind: 'rule',
    scope: 'national',
    source: { kind: 'smallChange', id: 'sc-4' },
    identifiedBy: ['person-sw'],
  }),
  event('BarrierResolved', { barrierId: 'barrier-forms', programmeId: P, resolution: 'One form now' }),
  event('ExperimentDesigned', {
    experimentId: 'ex-1',
    programmeId: P,
    title: 'Visit mornings',
    hypothesis: { ifWe: 'a', weExpect: 'b', because: 'c' },
    barrierIds: [],
    blueprintElementId: null,
    measureIds: [],
    plannedStart: '2022-03-01',
    reviewDate: '2022-04-01',
  }),
  event('ExperimentStarted', { experimentId: 'ex-1', programmeId: P, startedAt: '2022-03-01' }),
  event('ExperimentConcluded', {
    experimentId: 'ex-1',
    programmeId: P,
    concludedAt: '2022-04-01',
    result: 'notSupported',
    learning: 'l',
    nextStep: 'abandon',
  }),
  event('ExperimentDesigned', {
    experimentId: 'ex-2',
    programmeId: P,
    title: 'Rota blocks',
    hypothesis: { ifWe: 'a', weExpect: 'b', because: 'c' },
    barrierIds: [],
    blueprintElementId: null,
    measureIds: [],
    plannedStart: '2022-03-01',
    reviewDate: '2022-04-01',
  }),
  event('BlueprintDrafted', { programmeId: P, coOwnerIds: ['person-sw', 'person-dir'] }),
  event('BlueprintElementAdded', {
    programmeId: P,
    elementId: 'el-1',
    kind: 'processChange',
    title: 'One form',
    description: 'd',
    barrierIds: ['barrier-forms'],
    ownerIds: ['person-sw'],
    rationale: null,
    evidence: [],
  }),
  event('BlueprintElementAdded', {
    programmeId: P,
    elementId: 'el-2',
    kind: 'structuralChange',
    title: 'Rota',
    description: 'd',
    barrierIds: ['barrier-forms'],
    ownerIds: ['person-dir'],
    rationale: null,
    evidence: [],
  }),
  event('BlueprintVersionPublished', {
    programmeId: P,
    version: 1,
    summary: 'First',
    endorsedBy: ['person-sw', 'person-dir'],
  }),
  event('OutcomeDefined', { programmeId: P, outcomeId: 'o-1', title: 'Time' }),
  event('MetricDefined', {
    programmeId: P,
    metricId: 'metric-time',
    outcomeId: 'o-1',
    name: '% of time with families',
    unit: '%',
    direction: 'higherIsBetter',
    baseline: 20,
    target: 30,
    cadence: 'fortnightly',
    howWouldWeKnow: 'survey',
  }),
  event('MeasurementRecorded', {
    programmeId: P,
    metricId: 'metric-time',
    measurementId: 'm-1',
    periodStart: '2022-03-01',
    periodEnd: '2022-03-14',
    value: 22,
    source: { kind: 'timeDiary' },
  }),
  event('MeasurementRecorded', {
    programmeId: P,
    metricId: 'metric-time',
    measurementId: 'm-2',
    periodStart: '2022-03-15',
    periodEnd: '2022-03-28',
    value: 29,
    source: { kind: 'timeDiary' },
  }),
  event('MeasurementCorrected', {
    programmeId: P,
    metricId: 'metric-time',
    measurementId: 'm-2b',
    periodStart: '2022-03-15',
    periodEnd: '2022-03-28',
    value: 25,
    supersedes: 'm-2',
    reason: 'Diaries double counted',
  }),
  event('ReviewHeld', {
    reviewId: 'r-1',
    programmeId: P,
    kind: 'monthlySeniorLeaderReview',
    heldAt: '2022-03-07',
    teamId: null,
    attendeeIds: ['person-dir'],
  }),
  event('ReviewHeld', {
    reviewId: 'r-2',
    programmeId: P,
    kind: 'monthlySeniorLeaderReview',
    heldAt: '2022-04-04',
    teamId: null,
    attendeeIds: ['person-dir'],
  }),
  event('DecisionRecorded', {
    reviewId: 'r-2',
    programmeId: P,
    decisionId: 'd-1',
    decision: 'Stop mornings',
    rationale: 'Not supported',
    affects: [],
    followUpOwnerId: null,
  }),
  event('DecisionRecorded', {
    reviewId: 'r-1',
    programmeId: P,
    decisionId: 'd-2',
    decision: 'Start rota',
    rationale: 'r',
    affects: [],
    followUpOwnerId: null,
  }),
];

describe('the programme overview', () => {
  const { readModels } = readModelsGiven(programmeWithWork);
  const overview = readModels.overview(P);

  it('shows phases with their status, the current phase and the vision with its revisions', () => {
    expect(overview.programme.phases.map((phase) => [phase.phaseId, phase.status])).toEqual([
      ['vision', 'completed'],
      ['smallChanges', 'inProgress'],
      ['testAndLearn', 'notStarted'],
    ]);
    expect(overview.currentPhase?.phaseId).toBe('smallChanges');
    expect(overview.programme.vision).toMatchObject({
      statement: 'Time and trust',
      revisions: 1,
      lastRationale: 'Trust matters',
    });
  });

  it('counts small changes by status per team, and those implemented inside the target window', () => {
    expect(overview.target).toEqual({ count: 10, withinWeeks: 8, from: '2022-02-01', until: '2022-03-29' });
    expect(
      overview.teams.map(({ teamId, smallChanges, implementedWithinTarget, participants }) => ({
        teamId,
        smallChanges,
        implementedWithinTarget,
        participants,
      })),
    ).toEqual([
      {
        teamId: 'team-north',
        smallChanges: { kept: 1, implemented: 1 },
        implementedWithinTarget: 1,
        participants: 2,
      },
      {
        teamId: 'team-south',
        smallChanges: { declined: 1, escalated: 1 },
        implementedWithinTarget: 0,
        participants: 0,
      },
    ]);
    expect(overview.smallChanges).toEqual({ kept: 1, implemented: 1, declined: 1, escalated: 1 });
  });

  it('counts experiments by status and result, and barriers by scope and status', () => {
    expect(overview.programme.tallies.experimentsByStatus).toEqual({ concluded: 1, designed: 1 });
    expect(overview.programme.tallies.experimentsByResult).toEqual({ notSupported: 1 });
    expect(overview.programme.tallies.barriersByScope).toEqual({
      local: { resolved: 1 },
      national: { open: 1 },
    });
  });

  it('shows the current blueprint version, the latest corrected metric value against baseline and target, and the last review', () => {
    expect(overview.blueprint).toEqual({
      currentVersion: 1,
      workingElements: 2,
      unpublishedChanges: 0,
      implementation: {
        counts: { planned: 2, inProgress: 0, implemented: 0, paused: 0, retired: 0 },
        planned: [],
      },
    });
    expect(overview.metrics).toEqual([
      expect.objectContaining({
        metricId: 'metric-time',
        baseline: 20,
        target: 30,
        progressToTarget: 0.5,
        latest: expect.objectContaining({ measurementId: 'm-2b', value: 25 }),
      }),
    ]);
    expect(overview.programme.tallies).toMatchObject({
      reviewsHeld: 2,
      decisionsRecorded: 2,
      lastReview: { reviewId: 'r-2', heldAt: '2022-04-04', decisions: 1 },
    });
  });

  it('measures co-production: practitioners among proposers, and practitioner co-owners of blueprint elements', () => {
    expect(overview.coProduction).toEqual({
      smallChangesProposedByPractitioners: 3 / 4,
      blueprintElementsWithPractitionerCoOwner: 1 / 2,
    });
  });

  it('says plainly when a programme does not exist', () => {
    expect(() => readModels.overview('programme-nowhere')).toThrow(
      'There is no programme programme-nowhere in the ledger',
    );
  });
});

describe('the lists', () => {
  const { readModels } = readModelsGiven(programmeWithWork);

  it('filters small changes by team, status and barrier', () => {
    const ids = (list: { smallChangeId: string }[]) => list.map((change) => change.smallChangeId);
    expect(ids(readModels.smallChanges(P, { teamId: 'team-south' }))).toEqual(['sc-3', 'sc-4']);
    expect(ids(readModels.smallChanges(P, { statuses: ['kept', 'implemented'] }))).toEqual(['sc-1', 'sc-2']);
    expect(ids(readModels.smallChanges(P, { barrierId: 'barrier-national' }))).toEqual(['sc-4']);
    expect(readModels.smallChanges(P, { statuses: ['declined'] })[0]?.declined).toMatchObject({
      rationale: 'Not now',
    });
  });

  it('keeps which small changes ease each barrier', () => {
    expect(
      readModels.barriers(P, { scopes: ['local'] }).map((b) => [b.barrierId, b.status, b.easedBy]),
    ).toEqual([['barrier-forms', 'resolved', ['sc-1', 'sc-2', 'sc-3', 'sc-4']]]);
  });

  it('lists failed experiments with their learning', () => {
    expect(
      readModels.experiments(P, { results: ['notSupported'] }).map((e) => [e.title, e.conclusion?.nextStep]),
    ).toEqual([['Visit mornings', 'abandon']]);
    expect(readModels.experiments(P, { statuses: ['designed'] }).map((e) => e.experimentId)).toEqual([
      'ex-2',
    ]);
  });

  it('lists reviews in date order with their decisions', () => {
    expect(
      readModels
        .reviews(P, { from: '2022-04-01' })
        .map((r) => [r.reviewId, r.decisions.map((d) => d.decision)]),
    ).toEqual([['r-2', ['Stop mornings']]]);
    expect(readModels.reviews(P).map((r) => r.reviewId)).toEqual(['r-1', 'r-2']);
  });

  it('keeps a superseded measurement visible while the series shows the correction', () => {
    const [metric] = readModels.metrics(P);
    expect(metric?.measurements.map((m) => [m.measurementId, m.value, m.supersededBy])).toEqual([
      ['m-1', 22, null],
      ['m-2', 29, 'm-2b'],
      ['m-2b', 25, null],
    ]);
    expect(readModels.runChart(P, 'metric-time').points.map((p) => p.value)).toEqual([22, 25]);
  });
});
