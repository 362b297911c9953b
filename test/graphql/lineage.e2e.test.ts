/**
 * Lineage with differences through the API: a blueprint derived from another programme's
 * published version shows what the adapting programme changed (elements added, removed, adapted,
 * kept, each with its rationale), and the line across programmes shows who adapted what.
 */
import {
  ok,
  setUpProgramme,
  startTestLedger,
  type CallerName,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';

let ledger: TestLedger;

const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const record = async (
  caller: CallerName,
  programmeId: string,
  mutation: string,
  input: Record<string, unknown>,
  on: string,
) =>
  ok(
    await ledger.as(caller)(
      `mutation($input: ${pascal(mutation)}Input!) { ${mutation}(occurredAt: "${on}", input: $input) { commandId } }`,
      { input: { programmeId, ...input } },
    ),
  );
const barrier = (programmeId: string, on: string) =>
  record(
    'practitioner',
    programmeId,
    'identifyBarrier',
    {
      barrierId: `${programmeId}-b1`,
      title: 'Duplicate recording',
      description: 'Written three times',
      kind: 'PROCESS',
      scope: 'LOCAL',
      source: { kind: 'OTHER' },
      identifiedBy: ['prac-1'],
    },
    on,
  );
const element = (programmeId: string, elementId: string, title: string, description: string) => ({
  elementId,
  kind: 'PROCESS_CHANGE',
  title,
  description,
  barrierIds: [`${programmeId}-b1`],
  ownerIds: ['prac-1'],
});

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger, 'p1', '2025-01-06');
  await barrier('p1', '2025-01-13');
  await record('leader', 'p1', 'draftBlueprint', { coOwnerIds: ['prac-1', 'lead-1'] }, '2025-02-03');
  for (const [id, title, description] of [
    ['e-rota', 'Duty in weekly blocks', 'One week in four on duty'],
    ['e-notes', 'One visit note', 'Written once, copied twice'],
    ['e-panel', 'Weekly panel', 'Decisions at a weekly panel'],
  ] as const)
    await record(
      'practitioner',
      'p1',
      'addBlueprintElement',
      element('p1', id, title, description),
      '2025-02-03',
    );
  await record(
    'leader',
    'p1',
    'publishBlueprintVersion',
    { summary: 'First blueprint', endorsedBy: ['prac-1', 'lead-1'] },
    '2025-02-10',
  );

  await setUpProgramme(ledger, 'p2', '2025-01-06');
  await barrier('p2', '2025-03-03');
  await record(
    'leader',
    'p2',
    'deriveBlueprint',
    { coOwnerIds: ['prac-1', 'lead-1'], sourceProgrammeId: 'p1', sourceVersion: 1 },
    '2025-03-03',
  );
  await record(
    'practitioner',
    'p2',
    'reviseBlueprintElement',
    {
      ...element('p2', 'e-rota', 'Duty in fortnightly blocks', 'One fortnight in eight on duty'),
      rationale: 'Our duty team is half the size',
    },
    '2025-03-10',
  );
  await record(
    'practitioner',
    'p2',
    'reviseBlueprintElement',
    { ...element('p2', 'e-notes', 'One visit note', 'Written once, copied twice'), rationale: 'Our barrier' },
    '2025-03-10',
  );
  await record(
    'practitioner',
    'p2',
    'removeBlueprintElement',
    { elementId: 'e-panel', rationale: 'We have no panel to change' },
    '2025-03-10',
  );
  await record(
    'practitioner',
    'p2',
    'addBlueprintElement',
    {
      ...element('p2', 'e-travel', 'Shared travel', 'Visits grouped by area'),
      rationale: 'Our patch is rural',
    },
    '2025-03-10',
  );
}, 120_000);

afterAll(() => ledger.close());

const LINEAGE = `query($id: ID!, $asOf: AsOfInput) { blueprintLineage(programmeId: $id, asOf: $asOf) {
  programmeId
  self { programmeName derivedFrom { programmeId version } started { occurredAt } adaptations { added removed adapted kept } }
  diff { version differences { change elementId title fieldsChanged fromSource { title description } adapted { title description }
    changes { change rationale occurredAt } } }
  ancestors { programmeId programmeName }
  descendants { programmeId programmeName derivedFrom { programmeId version } adaptations { added removed adapted kept } } } }`;

describe('lineage with differences', () => {
  it('shows what the adapting programme changed from its source, element by element, with the rationale', async () => {
    const { blueprintLineage } = ok(await ledger.as('evaluator')(LINEAGE, { id: 'p2' }));
    expect(blueprintLineage.self).toEqual({
      programmeName: 'Riverside family time',
      derivedFrom: { programmeId: 'p1', version: 1 },
      started: { occurredAt: '2025-03-03' },
      adaptations: { added: 1, removed: 1, adapted: 1, kept: 1 },
    });
    expect(blueprintLineage.diff).toEqual({
      version: null,
      differences: [
        {
          change: 'ADAPTED',
          elementId: 'e-rota',
          title: 'Duty in fortnightly blocks',
          fieldsChanged: ['title', 'description'],
          fromSource: { title: 'Duty in weekly blocks', description: 'One week in four on duty' },
          adapted: { title: 'Duty in fortnightly blocks', description: 'One fortnight in eight on duty' },
          changes: [
            { change: 'REVISED', rationale: 'Our duty team is half the size', occurredAt: '2025-03-10' },
          ],
        },
        {
          change: 'KEPT',
          elementId: 'e-notes',
          title: 'One visit note',
          fieldsChanged: [],
          fromSource: { title: 'One visit note', description: 'Written once, copied twice' },
          adapted: { title: 'One visit note', description: 'Written once, copied twice' },
          changes: [{ change: 'REVISED', rationale: 'Our barrier', occurredAt: '2025-03-10' }],
        },
        {
          change: 'REMOVED',
          elementId: 'e-panel',
          title: 'Weekly panel',
          fieldsChanged: [],
          fromSource: { title: 'Weekly panel', description: 'Decisions at a weekly panel' },
          adapted: null,
          changes: [{ change: 'REMOVED', rationale: 'We have no panel to change', occurredAt: '2025-03-10' }],
        },
        {
          change: 'ADDED',
          elementId: 'e-travel',
          title: 'Shared travel',
          fieldsChanged: [],
          fromSource: null,
          adapted: { title: 'Shared travel', description: 'Visits grouped by area' },
          changes: [{ change: 'ADDED', rationale: 'Our patch is rural', occurredAt: '2025-03-10' }],
        },
      ],
    });
    expect(blueprintLineage.ancestors).toEqual([
      { programmeId: 'p1', programmeName: 'Riverside family time' },
    ]);
    expect(blueprintLineage.descendants).toEqual([]);
  });

  it('shows the source programme the programmes that adapted it, and how much each changed', async () => {
    const { blueprintLineage } = ok(await ledger.as('evaluator')(LINEAGE, { id: 'p1' }));
    expect(blueprintLineage.diff).toBeNull();
    expect(blueprintLineage.self.derivedFrom).toBeNull();
    expect(blueprintLineage.ancestors).toEqual([]);
    expect(blueprintLineage.descendants).toEqual([
      {
        programmeId: 'p2',
        programmeName: 'Riverside family time',
        derivedFrom: { programmeId: 'p1', version: 1 },
        adaptations: { added: 1, removed: 1, adapted: 1, kept: 1 },
      },
    ]);
  });

  it('reads as of a past date: before any adaptation every element was kept; before the derivation, no descendant', async () => {
    const derived = ok(
      await ledger.as('evaluator')(LINEAGE, { id: 'p2', asOf: { occurredAt: '2025-03-05' } }),
    );
    expect(derived.blueprintLineage.self.adaptations).toEqual({ added: 0, removed: 0, adapted: 0, kept: 3 });
    expect(derived.blueprintLineage.diff.differences.map((d: Json) => d.change)).toEqual([
      'KEPT',
      'KEPT',
      'KEPT',
    ]);
    const source = ok(
      await ledger.as('evaluator')(LINEAGE, { id: 'p1', asOf: { occurredAt: '2025-02-28' } }),
    );
    expect(source.blueprintLineage.descendants).toEqual([]);
  });
});
