import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CALLERS, DEMO_PROGRAMME, OAKBROOK_PROGRAMME } from '../../src/demo/cast';
import { lineageDiffIn } from '../../src/projections/lineageReads';
import { prepareDemo } from '../../src/demo/prepareDemo';
import { failuresOf } from '../../src/projections/failures';
import { feedbackRoundsOf, staffFeedbackGapsOf } from '../../src/projections/staffFeedback';
import { loadConfig } from '../../src/infrastructure/config';
import { silentLogger } from '../../src/infrastructure/logger';
import { openLedger, type Ledger } from '../../src/composition/openLedger';

const P = DEMO_PROGRAMME;
let folder: string;
const open = (env: Record<string, string> = {}) => {
  const config = loadConfig({ SQLITE_PATH: join(folder, 'ledger.db'), ...env });
  return { config, ledger: openLedger(config, { log: silentLogger }) };
};

describe('the demo programme', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ledger-demo-'));
    const opened = open();
    ledger = opened.ledger;
    const outcome = await prepareDemo(ledger, opened.config.demo);
    expect(outcome).toMatchObject({ kind: 'ready', recorded: 304 });
    await ledger.runner.catchUp();
  });
  afterAll(async () => {
    await ledger.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const models = () => ledger.services.readModels;

  it('revises its vision once, over two teams, across about fifteen months of business dates', async () => {
    const overview = models().overview(P);
    expect(overview.programme.vision?.revisions).toBe(1);
    expect(overview.teams.map((team) => team.teamId)).toEqual(['team-front-door', 'team-adolescents']);
    const page = await models().journey(P, {}, { first: 1000 });
    const dates = page.items.map(({ node }) => node.occurredAt).sort();
    expect([dates[0], dates.at(-1)]).toEqual(['2024-08-19', '2025-11-24']);
  });

  it('has a dozen small changes in every end state', () => {
    const changes = models().smallChanges(P);
    expect(changes).toHaveLength(12);
    expect(models().overview(P).smallChanges).toEqual({
      kept: 4,
      adapted: 2,
      reverted: 2,
      declined: 2,
      escalated: 2,
    });
    const national = models().barriers(P, { scopes: ['national'] });
    expect(national.map((barrier) => barrier.title)).toEqual([
      'The national data return duplicates the case record',
      'Prescribed assessment timescales',
    ]);
  });

  it('holds a sensemaking session with insights and monthly reviews with decisions', () => {
    const [sensemaking] = models().reviews(P, { kinds: ['sensemakingSession'] });
    expect(sensemaking?.insights.map((insight) => insight.kind)).toEqual([
      'challenge',
      'challenge',
      'opportunity',
      'opportunity',
    ]);
    const monthly = models().reviews(P, { kinds: ['monthlySeniorLeaderReview'] });
    expect(new Set(monthly.map((review) => review.heldAt.slice(0, 7))).size).toBe(15);
    expect(monthly.every((review) => review.decisions.length > 0)).toBe(true);
  });

  it('runs experiments that end not supported, stopped early and supported', () => {
    const experiments = models().experiments(P);
    expect(
      experiments.map((experiment) => experiment.conclusion?.result ?? experiment.status).sort(),
    ).toEqual(['notSupported', 'stoppedEarly', 'supported', 'supported']);
  });

  it('publishes blueprint versions 1 to 3 whose adaptations cite conclusions, decisions and survey rounds', () => {
    const blueprint = models().blueprint(P);
    expect(blueprint?.versions.map((version) => version.version)).toEqual([1, 2, 3]);
    const cited = new Set(
      blueprint!.versions
        .filter((version) => version.version > 1)
        .flatMap((version) => version.changes.flatMap((change) => change.evidence.map((item) => item.kind))),
    );
    expect([...cited].sort()).toEqual([
      'experimentConclusion',
      'reviewDecision',
      'smallChangeReview',
      'surveyRound',
    ]);
  });

  it('adds Oakbrook, which adapts Harrowmere’s version 3 and publishes its own version 1', () => {
    expect(programmeIds(ledger)).toEqual(['programme-harrowmere', 'programme-oakbrook']);
    const { diff, self } = lineageDiffIn(models(), OAKBROOK_PROGRAMME, null);
    expect(self.derivedFrom).toEqual({ programmeId: 'programme-harrowmere', version: 3 });
    expect(self.adaptations).toEqual({ added: 1, removed: 1, adapted: 1, kept: 4 });
    const changed = diff!.differences.filter(({ change }) => change !== 'kept');
    expect(changed.map(({ change, title, changes }) => [change, title, changes[0]!.evidence.length])).toEqual(
      [
        ['removed', 'Duty in weekly blocks for both teams', 1],
        ['adapted', 'Protected visit hours around the school day', 1],
        ['added', 'Visit days by village', 1],
      ],
    );
    const [version] = models().blueprint(OAKBROOK_PROGRAMME)!.versions;
    expect([version!.version, version!.endorsedBy]).toEqual([1, ['person-nadia', 'person-owen']]);
  });

  it('surveys fortnightly from a baseline, shows a shift in time with families, and corrects one measurement', () => {
    const [baseline, ...rounds] = models().surveyRounds(P);
    expect(baseline).toMatchObject({ audience: 'childrenAndFamilies', baseline: true, heldAt: '2024-08-19' });
    expect(rounds).toHaveLength(32);
    expect(rounds.every((round) => round.audience === 'practitioners' && !round.baseline)).toBe(true);
    const gaps = rounds
      .slice(1)
      .map((round, n) => (Date.parse(round.heldAt) - Date.parse(rounds[n]!.heldAt)) / 86_400_000);
    expect(new Set(gaps)).toEqual(new Set([14]));
    const chart = models().runChart(P, 'metric-time-with-families');
    // Shifts only: the run-chart rules for runs may add signals of other kinds.
    const shifts = chart.signals.filter(({ rule }) => rule === 'shift');
    expect(shifts.map(({ rule, direction }) => [rule, direction])).toEqual([['shift', 'above']]);
    const time = models()
      .metrics(P)
      .find((metric) => metric.metricId === 'metric-time-with-families')!;
    const current = time.measurements.filter((measurement) => !measurement.supersededBy);
    // From 19% before the target of 30% to 31% in the last round.
    expect([time.baseline, time.target, current[0]!.value, current.at(-1)!.value]).toEqual([20, 30, 19, 31]);
    expect(time.measurements.filter((measurement) => measurement.corrects)).toHaveLength(1);
  });

  it('corrects one wrong date: the small change moves, the history keeps the date first recorded', async () => {
    const change = models().item<{ implemented: { implementedAt: string } }>('smallChange', P, 'sc-3');
    expect(change?.implemented.implementedAt).toBe('2024-11-11');
    const corrections = await models().journey(P, { from: '2024-11-20', to: '2024-11-20' }, { first: 10 });
    expect(corrections.items.map(({ node }) => node.summary)).toContain(
      'Date corrected: the small change implemented of "A shared travel planner for joint visits" occurred on 11 Nov 2024, not 4 Nov 2024.',
    );
    const recorded = await models().history(P, { types: ['SmallChangeImplemented'] }, { first: 100 });
    expect(recorded.items.map(({ node }) => node.metadata.occurredAt)).toContain('2024-11-04');
  });

  it('asks staff for feedback at each stage, answers it, and lists every failure with its learning', () => {
    const rounds = feedbackRoundsOf(models(), P);
    expect(rounds.map((round) => [round.phaseId, round.answeredByUs])).toEqual([
      ['smallChanges', true],
      ['testAndLearn', true],
      ['testAndLearn', false],
    ]);
    expect(rounds[1]!.responses[0]!.decision).toMatchObject({
      decision: 'Replace fixed visit mornings with flexible protected hours',
      review: { reviewId: 'review-2025-03', kind: 'monthlySeniorLeaderReview', heldAt: '2025-03-27' },
    });
    const gaps = staffFeedbackGapsOf(models(), P);
    expect(gaps.phasesWithoutFeedback.map((phase) => phase.phaseId)).toEqual([
      'vision',
      'sensemakingAndBlueprint',
      'methodologyAndSpread',
    ]);
    expect(gaps.openConsequences).toEqual([]);
    const failures = failuresOf(models(), P);
    expect(failures.map((failure) => [failure.kind, failure.occurredAt])).toEqual([
      ['smallChangeDeclined', '2024-10-29'],
      ['smallChangeDeclined', '2024-10-29'],
      ['smallChangeReverted', '2024-11-25'],
      ['smallChangeReverted', '2024-11-25'],
      ['experimentStopped', '2025-03-03'],
      ['experimentNotSupported', '2025-03-24'],
      ['escalationClosedWithoutResult', '2025-06-16'],
      ['barrierNotResolved', '2025-07-14'],
      ['blueprintElementRetired', '2025-11-03'],
    ]);
    expect(failures[8]).toMatchObject({
      itemId: 'element-supervisor-sign-off',
      learning: 'Moving a task down a level moves the queue with it unless the task itself shrinks',
    });
    // Failure is shown as plainly as success: every one of them says what was learnt.
    expect(failures.filter((failure) => !failure.learning)).toEqual([]);
    expect(failures[4]!.decision).toMatchObject({
      decision: 'Pause paired first visits until vacancies are filled',
      recordedBy: 'person-grace',
      recordedByRole: 'leader',
    });
  });

  it('implements its blueprint element by element, retiring one with what was learnt', () => {
    const blueprint = models().blueprint(P)!;
    const statusOf = Object.fromEntries(
      blueprint.elements.map((element) => [
        element.elementId,
        blueprint.implementation[element.elementId]?.status,
      ]),
    );
    expect(statusOf).toEqual({
      'element-rota-blocks': 'implemented',
      'element-visit-mornings': 'implemented',
      'element-one-note': 'implemented',
      'element-pulse-survey': 'implemented',
      'element-supervisor-sign-off': 'retired',
      'element-relational-check-ins': 'planned',
    });
    expect(blueprint.implementation['element-one-note']?.history.map((step) => step.status)).toEqual([
      'planned',
      'planned',
      'inProgress',
      'paused',
      'inProgress',
      'implemented',
    ]);
    expect(blueprint.implementation['element-supervisor-sign-off']?.retirement?.learning).toBe(
      'Moving a task down a level moves the queue with it unless the task itself shrinks',
    );
  });

  it('moves a practitioner between teams and measures time with families per team', () => {
    const kofi = models()
      .programme(P)!
      .participants.find((p) => p.participantId === 'person-kofi')!;
    expect(kofi.teamHistory.map((spell) => [spell.teamId, spell.since.occurredAt])).toEqual([
      ['team-adolescents', '2024-09-03'],
      ['team-front-door', '2025-06-02'],
    ]);
    const frontDoor = models().runChart(P, 'metric-time-with-families', 'team-front-door');
    expect(frontDoor.points.map((point) => point.value)).toEqual([22, 23, 25, 27, 29, 31, 33, 35]);
    expect(models().runChart(P, 'metric-time-with-families').points).toHaveLength(32);
  });

  it('names its people through the personal-data register only', async () => {
    const history = await models().history(P, { types: ['ParticipantJoined'] }, { first: 100 });
    expect(history.items).toHaveLength(7);
    expect(JSON.stringify(history.items.map(({ node }) => node.data))).not.toMatch(/Marlowe|Tamsin/);
    // The demo admin enrolled them: not a person in the register, so named by its API key's label.
    expect(history.items.map(({ node }) => node.actorName)).toEqual(Array(7).fill('demo admin'));
    const names = await models().names(['person-ines']);
    expect(names.get('person-ines')).toBe('Ines Marlowe');
  });
});

describe('preparing the demo', () => {
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'ledger-demo-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('issues a working API key per caller role and offers the same keys on the next start', async () => {
    const first = open();
    const outcome = await prepareDemo(first.ledger, first.config.demo);
    if (outcome.kind !== 'ready') throw new Error(outcome.kind);
    expect(outcome.tokens.map(({ role }) => role)).toEqual(DEMO_CALLERS.map(({ role }) => role));
    for (const { token, role, actorId } of outcome.tokens)
      expect(first.ledger.services.apiKeys.authenticate(token)).toMatchObject({ actorId, roles: [role] });
    const position = await first.ledger.store.lastPosition();
    const again = await prepareDemo(first.ledger, first.config.demo);
    expect(again).toEqual({ kind: 'ready', recorded: 0, tokens: outcome.tokens });
    expect(await first.ledger.store.lastPosition()).toBe(position);
    await first.ledger.close();
  });

  it('does not offer a demo key an admin has revoked', async () => {
    const { ledger, config } = open();
    const outcome = await prepareDemo(ledger, config.demo);
    const admin = ledger.services.apiKeys.list().find((record) => record.label === 'demo admin')!;
    ledger.services.apiKeys.revoke(admin.keyId);
    const again = await prepareDemo(ledger, config.demo);
    const roles = (prepared: typeof outcome) =>
      prepared.kind === 'ready' ? prepared.tokens.map(({ role }) => role) : prepared.kind;
    expect(roles(outcome)).toEqual([
      'practitioner',
      'leader',
      'facilitator',
      'evaluator',
      'auditor',
      'admin',
    ]);
    expect(roles(again)).toEqual(['practitioner', 'leader', 'facilitator', 'evaluator', 'auditor']);
    await ledger.close();
  });

  it('completes a demo interrupted part-way without recording anything twice', async () => {
    const { ledger, config } = open();
    await prepareDemo(ledger, config.demo);
    const complete = await ledger.store.lastPosition();
    rmSync(config.demo.tokensFile);
    const resumed = await prepareDemo(ledger, config.demo);
    expect(resumed).toMatchObject({ kind: 'ready', recorded: 0 });
    expect(await ledger.store.lastPosition()).toBe(complete);
    await ledger.close();
  });

  it('leaves a ledger that holds other programmes alone, and records nothing when switched off', async () => {
    const { ledger, config } = open();
    expect(await prepareDemo(ledger, { ...config.demo, enabled: false })).toEqual({ kind: 'off' });
    expect(await ledger.store.lastPosition()).toBeUndefined();
    await ledger.services.handler.execute(
      {
        type: 'LaunchProgramme',
        data: {
          programmeId: 'programme-own',
          name: 'Our own programme',
          localAuthority: 'Somewhere',
          scope: 'One team',
          startDate: '2025-01-06',
          plannedDurationMonths: 12,
        },
      },
      { actor: { id: 'admin-1', role: 'admin' } },
    );
    expect(await prepareDemo(ledger, config.demo)).toEqual({ kind: 'ledgerInUse' });
    await ledger.runner.catchUp();
    expect(programmeIds(ledger)).toEqual(['programme-own']);
    await ledger.close();
  });

  it('leaves alone a ledger that holds the demo’s programme beside one of its own', async () => {
    const { ledger, config } = open();
    await prepareDemo(ledger, config.demo);
    rmSync(config.demo.tokensFile);
    await ledger.services.handler.execute(
      {
        type: 'LaunchProgramme',
        data: {
          programmeId: 'programme-own',
          name: 'Our own programme',
          localAuthority: 'Somewhere',
          scope: 'One team',
          startDate: '2025-01-06',
          plannedDurationMonths: 12,
        },
      },
      { actor: { id: 'admin-1', role: 'admin' } },
    );
    expect(await prepareDemo(ledger, config.demo)).toEqual({ kind: 'ledgerInUse' });
    await ledger.close();
  });
});

const programmeIds = (ledger: Ledger) => ledger.services.readModels.programmes().map((p) => p.programmeId);
