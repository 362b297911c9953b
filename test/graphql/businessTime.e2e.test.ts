/**
 * Issue 13, "what was seen", items 1 to 4, through the API over HTTP: facts in an order that
 * cannot have happened are refused with the rule and both dates; the journey and the dashboard
 * tell the story in business time, however late a fact or a phase start was recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_SCHEMA_VERSION } from '../../src/domain/shared/metadata';
import {
  codesOf,
  ok,
  setUpProgramme,
  startTestLedger,
  type CallerName,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';

let ledger: TestLedger;

const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const inputOf = (mutation: string) =>
  mutation === 'startPhase' ? 'PhaseChangeInput' : `${pascal(mutation)}Input`;

/** Sends one mutation as a caller, on a business date (a literal, whatever its scalar). */
const send = (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ledger.as(caller)(
    `mutation($input: ${inputOf(mutation)}!) { ${mutation}(occurredAt: "${on}", input: $input) { commandId } }`,
    { input: { programmeId: 'p1', ...input } },
  );
const record = async (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ok(await send(caller, mutation, input, on));

const refusal = async (answer: Awaited<ReturnType<typeof send>>) => ({
  code: codesOf(answer)?.[0],
  rule: answer.errors?.[0]?.extensions?.rule,
  message: answer.errors?.[0]?.message,
});

const journey = async (filter = '{}', fields = 'eventType occurredAt phaseId summary') =>
  ok(
    await ledger.as('auditor')(
      `{ journey(programmeId: "p1", first: 100, filter: ${filter}) { totalCount edges { node { ${fields} } } } }`,
    ),
  ).journey;

const proposal = (smallChangeId: string) => ({
  smallChangeId,
  teamId: 't1',
  title: `Change ${smallChangeId}`,
  description: 'Write it once',
  proposedBy: ['prac-1'],
  barrierIds: ['b1'],
});

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger, 'p1', '2025-01-06');
  await record('leader', 'startPhase', { phaseId: 'vision' }, '2025-01-13');
  await record(
    'practitioner',
    'identifyBarrier',
    {
      barrierId: 'b1',
      title: 'Duplicate recording',
      description: 'Notes typed twice',
      kind: 'PROCESS',
      scope: 'LOCAL',
      source: { kind: 'SENSEMAKING' },
      identifiedBy: ['prac-1'],
    },
    '2025-01-20',
  );
  await record('practitioner', 'proposeSmallChange', proposal('sc1'), '2025-03-10');
  await record('leader', 'agreeSmallChange', { smallChangeId: 'sc1', agreedBy: ['lead-1'] }, '2025-03-11');
});
afterAll(() => ledger.close());

describe('what was seen (issue 13), now refused or told in business time', () => {
  it('1. refuses a small change implemented before it was agreed, naming both dates, and records nothing', async () => {
    const before = await ledger.lastPosition();
    const answer = await send(
      'practitioner',
      'implementSmallChange',
      { smallChangeId: 'sc1', whatChanged: 'One page' },
      '2025-03-01',
    );
    expect(await refusal(answer)).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'SmallChangeStepsInOrder',
      message: 'A small change cannot be implemented on 2025-03-01, before it was agreed on 2025-03-11',
    });
    expect(await ledger.lastPosition()).toBe(before);
    await record(
      'practitioner',
      'implementSmallChange',
      { smallChangeId: 'sc1', whatChanged: 'One page' },
      '2025-03-12',
    );
    const steps = (await journey('{ kinds: [SMALL_CHANGE] }')).edges.map((edge: Json) => edge.node.eventType);
    expect(steps).toEqual(['SmallChangeProposed', 'SmallChangeAgreed', 'SmallChangeImplemented']);
  });

  it('1. keeps in the per-team counts a change whose steps a ledger from before these rules holds out of order', async () => {
    // Version 0.1.0 accepted an implementation dated before the proposal: such a file still opens.
    const metadata = (occurredAt: string, n: number) => ({
      actorId: 'prac-1',
      actorRole: 'practitioner',
      occurredAt,
      recordedAt: new Date().toISOString(),
      correlationId: `legacy-${n}`,
      causationId: `legacy-${n}`,
      commandId: `legacy-${n}`,
      schemaVersion: EVENT_SCHEMA_VERSION,
    });
    const ids = { programmeId: 'p1', smallChangeId: 'sc-old' };
    const { lastPosition } = await ledger.ledger.store.appendToStream(
      'smallChange-sc-old',
      [
        {
          id: 'legacy-1',
          type: 'SmallChangeProposed',
          data: { ...proposal('sc-old'), programmeId: 'p1' },
          metadata: metadata('2025-04-10', 1),
        },
        {
          id: 'legacy-2',
          type: 'SmallChangeAgreed',
          data: { ...ids, agreedBy: ['lead-1'] },
          metadata: metadata('2025-04-11', 2),
        },
        {
          id: 'legacy-3',
          type: 'SmallChangeImplemented',
          data: { ...ids, implementedAt: '2025-04-01', whatChanged: 'x' },
          metadata: metadata('2025-04-01', 3),
        },
      ],
      'no_stream',
    );
    expect(await ledger.ledger.runner.waitFor(lastPosition, 10_000)).toBe(true);
    const teams = async (asOf: string) =>
      ok(
        await ledger.as('leader')(
          `{ overview(programmeId: "p1"${asOf}) { teams { smallChanges { proposed agreed implemented } } } }`,
        ),
      ).overview.teams[0].smallChanges;
    expect(await teams('')).toEqual({ proposed: 0, agreed: 0, implemented: 2 });
    // Implemented by the 5th of April, so proposed and agreed by then too, whatever dates they carry.
    expect(await teams(', asOf: { occurredAt: "2025-04-05" }')).toEqual({
      proposed: 0,
      agreed: 0,
      implemented: 2,
    });
  });

  it("2. refuses a review decision dated before the review's own date", async () => {
    await record(
      'leader',
      'holdReview',
      { reviewId: 'r1', kind: 'MONTHLY_SENIOR_LEADER_REVIEW', attendeeIds: ['lead-1'] },
      '2025-03-20',
    );
    const decision = {
      reviewId: 'r1',
      decisionId: 'd1',
      decision: 'Go on',
      rationale: 'It works',
      affects: [],
    };
    expect(await refusal(await send('leader', 'recordDecision', decision, '2025-03-13'))).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'DecisionOnReviewDate',
      message:
        "A review's decisions occur on the review's date: it was held on 2025-03-20, the decision is dated 2025-03-13",
    });
    await record('leader', 'recordDecision', decision, '2025-03-20');
  });

  it('3. refuses a fact dated before the programme started, unless it is a declared baseline', async () => {
    expect(
      await refusal(await send('practitioner', 'proposeSmallChange', proposal('sc-early'), '2024-12-02')),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'NotBeforeProgrammeStart',
      message:
        'What you are recording is dated 2024-12-02, before the programme starts on 2025-01-06; only a baseline measurement or survey round, declared as one, may come before the start',
    });
    await record('facilitator', 'defineOutcome', { outcomeId: 'o1', title: 'Time' }, '2025-01-07');
    const metric = {
      metricId: 'm1',
      outcomeId: 'o1',
      name: 'Time',
      unit: '%',
      direction: 'HIGHER_IS_BETTER',
    };
    await record(
      'facilitator',
      'defineMetric',
      { ...metric, baseline: 20, target: 30, cadence: 'monthly', howWouldWeKnow: 'Survey' },
      '2025-01-07',
    );
    const measurement = {
      metricId: 'm1',
      measurementId: 'm0',
      periodStart: '2024-12-02',
      periodEnd: '2024-12-13',
      value: 19,
      source: { kind: 'TIME_DIARY' },
    };
    expect(
      (await refusal(await send('facilitator', 'recordMeasurement', measurement, '2024-12-13'))).rule,
    ).toBe('NotBeforeProgrammeStart');
    await record('facilitator', 'recordMeasurement', { ...measurement, baseline: true }, '2024-12-13');
    const { metric: recorded } = ok(
      await ledger.as('evaluator')(
        '{ metric(programmeId: "p1", metricId: "m1") { measurements { measurementId baseline } } }',
      ),
    );
    expect(recorded.measurements).toEqual([{ measurementId: 'm0', baseline: true }]);
  });

  it('4. re-phases the facts a late-recorded phase start covers: in the entries, the phase filter and a rebuild', async () => {
    const phases = async () =>
      Object.fromEntries(
        (await journey('{ kinds: [SMALL_CHANGE] }')).edges.map((edge: Json) => [
          `${edge.node.eventType} ${edge.node.occurredAt}`,
          edge.node.phaseId,
        ]),
      );
    expect((await phases())['SmallChangeImplemented 2025-03-12']).toBe('vision');
    // Minutes written up late: the small-changes phase had started on 24 February.
    await record('leader', 'startPhase', { phaseId: 'smallChanges' }, '2025-02-24');
    expect(await phases()).toEqual({
      'SmallChangeProposed 2025-03-10': 'smallChanges',
      'SmallChangeAgreed 2025-03-11': 'smallChanges',
      'SmallChangeImplemented 2025-03-12': 'smallChanges',
      'SmallChangeImplemented 2025-04-01': 'smallChanges',
      'SmallChangeProposed 2025-04-10': 'smallChanges',
      'SmallChangeAgreed 2025-04-11': 'smallChanges',
    });
    const inVision = await journey('{ phaseId: "vision" }');
    expect(inVision.edges.map((edge: Json) => edge.node.eventType)).toEqual([
      'PhaseStarted',
      'BarrierIdentified',
    ]);
    expect(inVision.totalCount).toBe(2);
    const inSmallChanges = await journey('{ phaseId: "smallChanges", kinds: [SMALL_CHANGE] }');
    expect(inSmallChanges.totalCount).toBe(6);

    // The same log read by a ledger that rebuilt its read models from zero tells the same.
    const folder = mkdtempSync(join(tmpdir(), 'ledger-rebuilt-'));
    const rebuilt = await startTestLedger({
      env: {
        SQLITE_PATH: ledger.config.store.kind === 'sqlite' ? ledger.config.store.path : '',
        READ_MODELS_PATH: join(folder, 'rebuilt.db'),
      },
    });
    try {
      expect(await rebuilt.ledger.runner.waitFor((await ledger.lastPosition())!, 20_000)).toBe(true);
      const again = ok(
        await rebuilt.as('auditor')(
          '{ journey(programmeId: "p1", first: 100, filter: { phaseId: "smallChanges", kinds: [SMALL_CHANGE] }) { totalCount } }',
        ),
      );
      expect(again.journey.totalCount).toBe(6);
    } finally {
      await rebuilt.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('corrects a wrong date by an event of its own: the entry moves, the history keeps both', async () => {
    const implemented = (await journey('{ kinds: [SMALL_CHANGE] }', 'eventId occurredAt')).edges.find(
      (edge: Json) => edge.node.occurredAt === '2025-03-12',
    ).node;
    const answer = ok(
      await ledger.as('leader')(
        `mutation($input: CorrectSmallChangeDateInput!) { correctSmallChangeDate(input: $input) { eventTypes entry { eventId occurredAt phaseId } } }`,
        {
          input: {
            programmeId: 'p1',
            smallChangeId: 'sc1',
            eventId: implemented.eventId,
            correctOccurredAt: '2025-03-14',
            rationale: 'The rota shows the 14th',
          },
        },
      ),
    ).correctSmallChangeDate;
    expect(answer).toEqual({
      eventTypes: ['OccurredDateCorrected'],
      entry: { eventId: implemented.eventId, occurredAt: '2025-03-14', phaseId: 'smallChanges' },
    });
    const corrections = await journey('{ from: "2026-01-01" }');
    expect(corrections.edges.map((edge: Json) => edge.node.summary)).toContain(
      'Date corrected: the small change implemented of "Change sc1" occurred on 14 Mar 2025, not 12 Mar 2025.',
    );
    const { history } = ok(
      await ledger.as('auditor')(
        '{ history(programmeId: "p1", filter: { types: ["SmallChangeImplemented"] }) { totalCount edges { node { eventId metadata { occurredAt } } } } }',
      ),
    );
    expect(history.totalCount).toBe(2);
    expect(
      history.edges.find((edge: Json) => edge.node.eventId === implemented.eventId).node.metadata.occurredAt,
    ).toBe('2025-03-12');
  });
});
