/**
 * Blueprint elements implemented, not only planned, through the API: each step recorded by a
 * mutation, read back in the blueprint (with its experiments and measures), in the overview as
 * "implemented against plan", as of a past date, and in the journey's words.
 */
import {
  ok,
  setUpProgramme,
  startTestLedger,
  type CallerName,
  type GraphQLAnswer,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';

let ledger: TestLedger;

const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const INPUTS: Record<string, string> = { startElementImplementation: 'ElementImplementationRef' };
const send = (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ledger.as(caller)(
    `mutation($input: ${INPUTS[mutation] ?? `${pascal(mutation)}Input`}!) { ${mutation}(occurredAt: "${on}", input: $input) { commandId } }`,
    { input: { programmeId: 'p1', ...input } },
  );
const record = async (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ok(await send(caller, mutation, input, on));
const refusal = (answer: GraphQLAnswer) => ({
  code: answer.errors?.[0]?.extensions?.code,
  rule: answer.errors?.[0]?.extensions?.rule,
  message: answer.errors?.[0]?.message,
});
const element = (elementId: string, title: string) => ({
  elementId,
  kind: 'PROCESS_CHANGE',
  title,
  description: `${title}, in practice`,
  barrierIds: ['b1'],
  ownerIds: ['prac-1'],
});

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger, 'p1', '2025-01-06');
  await record(
    'practitioner',
    'identifyBarrier',
    {
      barrierId: 'b1',
      title: 'Duplicate recording',
      description: 'The same visit written three times',
      kind: 'PROCESS',
      scope: 'LOCAL',
      source: { kind: 'OTHER' },
      identifiedBy: ['prac-1'],
    },
    '2025-01-10',
  );
  await record('leader', 'draftBlueprint', { coOwnerIds: ['prac-1', 'lead-1'] }, '2025-02-03');
  await record(
    'practitioner',
    'addBlueprintElement',
    element('e-rota', 'Duty in weekly blocks'),
    '2025-02-03',
  );
  await record('practitioner', 'addBlueprintElement', element('e-notes', 'One visit note'), '2025-02-03');
  await record('practitioner', 'addBlueprintElement', element('e-panel', 'Weekly panel'), '2025-02-03');
  await record(
    'leader',
    'defineOutcome',
    { outcomeId: 'o1', title: 'More time with families' },
    '2025-01-06',
  );
  await record(
    'leader',
    'defineMetric',
    {
      metricId: 'm-time',
      outcomeId: 'o1',
      name: '% of time with families',
      unit: '%',
      direction: 'HIGHER_IS_BETTER',
      baseline: 20,
      target: 30,
      cadence: 'fortnightly',
      howWouldWeKnow: 'Practitioner survey',
    },
    '2025-01-06',
  );
  await record(
    'leader',
    'designExperiment',
    {
      experimentId: 'x-rota',
      title: 'Weekly duty blocks',
      hypothesis: {
        ifWe: 'do duty in weekly blocks',
        weExpect: 'more visit time',
        because: 'fewer handovers',
      },
      barrierIds: ['b1'],
      blueprintElementId: 'e-rota',
      measureIds: ['m-time'],
      plannedStart: '2025-03-03',
      reviewDate: '2025-05-30',
    },
    '2025-02-10',
  );
  const plan = { ownerId: 'lead-1', plannedStartOn: '2025-03-03', plannedImplementedBy: '2025-06-30' };
  await record('leader', 'planElementImplementation', { elementId: 'e-rota', ...plan }, '2025-02-10');
  await record('practitioner', 'startElementImplementation', { elementId: 'e-rota' }, '2025-03-03');
  await record(
    'leader',
    'pauseElementImplementation',
    { elementId: 'e-rota', rationale: 'Two vacancies on duty' },
    '2025-04-01',
  );
  await record('leader', 'resumeElementImplementation', { elementId: 'e-rota' }, '2025-04-22');
  await record(
    'practitioner',
    'completeElementImplementation',
    { elementId: 'e-rota', summary: 'Both teams on weekly blocks' },
    '2025-06-02',
  );
  await record(
    'leader',
    'planElementImplementation',
    { elementId: 'e-notes', ownerId: 'prac-1', plannedStartOn: '2025-03-17' },
    '2025-02-10',
  );
  await record(
    'leader',
    'retireBlueprintElement',
    {
      elementId: 'e-panel',
      rationale: 'Nobody came after the first month',
      learning: 'Panels moved decisions away from the visits',
      nextStep: 'Decisions returned to supervision',
    },
    '2025-05-12',
  );
}, 120_000);

afterAll(() => ledger.close());

const BLUEPRINT = `query($asOf: AsOfInput) { blueprint(programmeId: "p1", asOf: $asOf) {
  elements { elementId
    implementation { status since { occurredAt } owner { name } plannedStartOn plannedImplementedBy
      history { status occurredAt rationale recordedBy { name } } implemented { summary occurredAt } }
    experiments { experimentId status } measures { metricId name } }
  implementation { onDate planned inProgress implemented paused retired
    notStartedByPlannedStart { elementId title plannedStartOn } notImplementedByPlannedDate { elementId } }
  retiredElements { elementId title kind retirement { rationale learning nextStep occurredAt recordedBy { name } } } } }`;

describe('blueprint elements implemented against plan', () => {
  it("shows each element's status since when, its owner, plan and every dated step, with its experiments and measures", async () => {
    const { blueprint } = ok(await ledger.as('evaluator')(BLUEPRINT));
    const rota = blueprint.elements.find((e: Json) => e.elementId === 'e-rota');
    expect(rota.implementation).toEqual({
      status: 'IMPLEMENTED',
      since: { occurredAt: '2025-06-02' },
      owner: { name: 'Lee Leader' },
      plannedStartOn: '2025-03-03',
      plannedImplementedBy: '2025-06-30',
      history: [
        {
          status: 'PLANNED',
          occurredAt: '2025-02-03',
          rationale: null,
          recordedBy: { name: 'Pat Practitioner' },
        },
        { status: 'PLANNED', occurredAt: '2025-02-10', rationale: null, recordedBy: { name: 'Lee Leader' } },
        {
          status: 'IN_PROGRESS',
          occurredAt: '2025-03-03',
          rationale: null,
          recordedBy: { name: 'Pat Practitioner' },
        },
        {
          status: 'PAUSED',
          occurredAt: '2025-04-01',
          rationale: 'Two vacancies on duty',
          recordedBy: { name: 'Lee Leader' },
        },
        {
          status: 'IN_PROGRESS',
          occurredAt: '2025-04-22',
          rationale: null,
          recordedBy: { name: 'Lee Leader' },
        },
        {
          status: 'IMPLEMENTED',
          occurredAt: '2025-06-02',
          rationale: null,
          recordedBy: { name: 'Pat Practitioner' },
        },
      ],
      implemented: { summary: 'Both teams on weekly blocks', occurredAt: '2025-06-02' },
    });
    expect(rota.experiments).toEqual([{ experimentId: 'x-rota', status: 'DESIGNED' }]);
    expect(rota.measures).toEqual([{ metricId: 'm-time', name: '% of time with families' }]);
  });

  it('counts the elements by status and names those behind their planned dates, in the blueprint and the overview', async () => {
    const { blueprint } = ok(await ledger.as('evaluator')(BLUEPRINT));
    const today = new Date().toISOString().slice(0, 10);
    const againstPlan = {
      onDate: today,
      planned: 1,
      inProgress: 0,
      implemented: 1,
      paused: 0,
      retired: 1,
      notStartedByPlannedStart: [
        { elementId: 'e-notes', title: 'One visit note', plannedStartOn: '2025-03-17' },
      ],
      notImplementedByPlannedDate: [],
    };
    expect(blueprint.implementation).toEqual(againstPlan);
    const { overview } = ok(
      await ledger.as('evaluator')(
        `{ overview(programmeId: "p1") { blueprint { implementation { onDate planned inProgress implemented paused retired notStartedByPlannedStart { elementId title plannedStartOn } notImplementedByPlannedDate { elementId } } } } }`,
      ),
    );
    expect(overview.blueprint.implementation).toEqual(againstPlan);
  });

  it('lists a retired element with why, what was learnt and what was done next', async () => {
    const { blueprint } = ok(await ledger.as('evaluator')(BLUEPRINT));
    expect(blueprint.retiredElements).toEqual([
      {
        elementId: 'e-panel',
        title: 'Weekly panel',
        kind: 'PROCESS_CHANGE',
        retirement: {
          rationale: 'Nobody came after the first month',
          learning: 'Panels moved decisions away from the visits',
          nextStep: 'Decisions returned to supervision',
          occurredAt: '2025-05-12',
          recordedBy: { name: 'Lee Leader' },
        },
      },
    ]);
  });

  it('reads as it stood on a past date: paused, with the notes element not yet behind its plan', async () => {
    const { blueprint } = ok(await ledger.as('evaluator')(BLUEPRINT, { asOf: { occurredAt: '2025-04-10' } }));
    const rota = blueprint.elements.find((e: Json) => e.elementId === 'e-rota');
    expect(rota.implementation.status).toBe('PAUSED');
    expect(rota.implementation.since).toEqual({ occurredAt: '2025-04-01' });
    expect(blueprint.implementation).toMatchObject({
      onDate: '2025-04-10',
      planned: 2,
      paused: 1,
      retired: 0,
      notStartedByPlannedStart: [
        { elementId: 'e-notes', title: 'One visit note', plannedStartOn: '2025-03-17' },
      ],
    });
    const earlier = ok(await ledger.as('evaluator')(BLUEPRINT, { asOf: { occurredAt: '2025-03-10' } }));
    expect(earlier.blueprint.implementation.notStartedByPlannedStart).toEqual([]);
  });

  it('refuses a step out of the lifecycle, a pause without a reason, and a practitioner retiring an element', async () => {
    expect(
      refusal(
        await send(
          'leader',
          'pauseElementImplementation',
          { elementId: 'e-notes', rationale: 'Why not' },
          '2025-06-03',
        ),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'ElementImplementationLifecycle',
      message:
        'Element e-notes is planned, not started, so its implementation cannot pause (it can from: in progress)',
    });
    expect(
      refusal(
        await send(
          'leader',
          'pauseElementImplementation',
          { elementId: 'e-rota', rationale: ' ' },
          '2025-06-03',
        ),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'RationaleRequired',
    });
    expect(
      refusal(await send('leader', 'startElementImplementation', { elementId: 'e-panel' }, '2025-06-03')),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'RetiredElementStaysRetired',
    });
    expect(
      refusal(
        await send(
          'practitioner',
          'retireBlueprintElement',
          { elementId: 'e-notes', rationale: 'r', learning: 'l', nextStep: 'n' },
          '2025-06-03',
        ),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      refusal(
        await send('practitioner', 'startElementImplementation', { elementId: 'e-notes' }, '2025-01-20'),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'ElementImplementationStepsInOrder',
    });
  });

  it('tells each step in the journey in words', async () => {
    const { journey } = ok(
      await ledger.as('evaluator')(
        `{ journey(programmeId: "p1", first: 100, filter: { kinds: [BLUEPRINT] }) { edges { node { occurredAt summary rationale } } } }`,
      ),
    );
    const steps = journey.edges
      .map(({ node }: Json) => node)
      .filter((node: Json) => /mplement|retired/.test(node.summary));
    expect(steps).toEqual([
      {
        occurredAt: '2025-02-10',
        summary:
          'Implementation of blueprint element "Duty in weekly blocks" planned, owned by a manager-level participant, to start 3 Mar 2025 and to be implemented by 30 Jun 2025.',
        rationale: null,
      },
      {
        occurredAt: '2025-02-10',
        summary:
          'Implementation of blueprint element "One visit note" planned, owned by a practitioner-level participant, to start 17 Mar 2025.',
        rationale: null,
      },
      {
        occurredAt: '2025-03-03',
        summary: 'Implementation of blueprint element "Duty in weekly blocks" started.',
        rationale: null,
      },
      {
        occurredAt: '2025-04-01',
        summary: 'Implementation of blueprint element "Duty in weekly blocks" paused.',
        rationale: 'Two vacancies on duty',
      },
      {
        occurredAt: '2025-04-22',
        summary: 'Implementation of blueprint element "Duty in weekly blocks" resumed.',
        rationale: null,
      },
      {
        occurredAt: '2025-05-12',
        summary:
          'Blueprint element "Weekly panel" retired; learning: Panels moved decisions away from the visits; next: Decisions returned to supervision.',
        rationale: 'Nobody came after the first month',
      },
      {
        occurredAt: '2025-06-02',
        summary: 'Blueprint element "Duty in weekly blocks" implemented: Both teams on weekly blocks.',
        rationale: null,
      },
    ]);
  });
});
