/**
 * The written outputs over GraphQL, on a programme recorded through the API: the insights document
 * with its statements in the words a reader sees and the events each rests on; as of an earlier
 * moment; delivery marked once (again only as a re-issue); the overview's due, delivered and late;
 * and each read of a document left in the access record.
 */
import { ok, setUpProgramme, startTestLedger, type CallerName, type TestLedger } from '../support/ledgerApi';

let ledger: TestLedger;
const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const INPUTS: Record<string, string> = { startPhase: 'PhaseChangeInput' };
const send = (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ledger.as(caller)(
    `mutation($input: ${INPUTS[mutation] ?? `${pascal(mutation)}Input`}!) { ${mutation}(occurredAt: "${on}", input: $input) { commandId } }`,
    { input: { programmeId: 'p1', ...input } },
  );
const record = async (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ok(await send(caller, mutation, input, on));

const DOCUMENT = `query($asOf: AsOfInput) { writtenOutput(programmeId: "p1", output: INSIGHTS, asOf: $asOf) {
  title output markdown sections { heading statements { text eventIds } } } }`;
const STANDINGS = `query($asOf: AsOfInput) { overview(programmeId: "p1", asOf: $asOf) {
  writtenOutputs { output dueBy lateAfter standing deliveries { occurredAt audience reissue rationale } } } }`;

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger, 'p1', '2025-01-06');
  for (const [phaseId, on] of [
    ['vision', '2025-01-06'],
    ['smallChanges', '2025-02-03'],
    ['sensemakingAndBlueprint', '2025-03-03'],
  ] as const)
    await record('leader', 'startPhase', { phaseId }, on);
  await record(
    'practitioner',
    'identifyBarrier',
    {
      barrierId: 'b1',
      title: 'Visit notes typed twice',
      description: 'Once on paper, once in the case system',
      kind: 'PROCESS',
      scope: 'LOCAL',
      source: { kind: 'SENSEMAKING' },
      identifiedBy: ['prac-1'],
    },
    '2025-03-10',
  );
  await record(
    'leader',
    'holdReview',
    { reviewId: 'r1', kind: 'SENSEMAKING_SESSION', attendeeIds: ['prac-1', 'lead-1'] },
    '2025-03-10',
  );
  await record(
    'practitioner',
    'recordInsight',
    {
      reviewId: 'r1',
      insightId: 'i1',
      kind: 'CHALLENGE',
      statement: 'Recording takes the afternoon',
      barrierIds: ['b1'],
    },
    '2025-03-10',
  );
  await record(
    'leader',
    'completePhase',
    { phaseId: 'sensemakingAndBlueprint', summary: 'Insights named' },
    '2025-03-31',
  );
  await record(
    'leader',
    'markWrittenOutputDelivered',
    { output: 'INSIGHTS', audience: 'The leadership team' },
    '2025-04-07',
  );
  await ledger.ledger.runner.waitFor((await ledger.lastPosition())!);
});
afterAll(() => ledger.close());

describe('the insights document over GraphQL', () => {
  it('says what was recorded, each statement citing events of the ledger', async () => {
    const { writtenOutput } = ok(await ledger.as('evaluator')(DOCUMENT));
    expect(writtenOutput.title).toBe('Riverside family time: Insights: challenges and opportunities');
    expect(
      writtenOutput.sections.map((s: { heading: string; statements: { text: string }[] }) => [
        s.heading,
        s.statements.map((t) => t.text),
      ]),
    ).toEqual([
      [
        'The programme',
        [
          '"Riverside family time", in Riverside (fictional): Children in need teams; started 6 Jan 2025 and planned for 18 months.',
        ],
      ],
      [
        'Sensemaking sessions',
        ['Sensemaking session on 10 Mar 2025, with 1 practitioner and 1 manager: 1 insight recorded.'],
      ],
      [
        'Challenges',
        [
          '"Recording takes the afternoon" (sensemaking session, 10 Mar 2025); it names "Visit notes typed twice".',
        ],
      ],
      [
        'Barriers surfaced',
        [
          'A local process barrier, "Visit notes typed twice", identified at a sensemaking session on 10 Mar 2025; still open.',
        ],
      ],
    ]);
    const { history } = ok(
      await ledger.as('auditor')(
        `{ history(programmeId: "p1", first: 100) { edges { node { eventId type } } } }`,
      ),
    );
    const typeOf = new Map(
      history.edges.map(({ node }: { node: { eventId: string; type: string } }) => [node.eventId, node.type]),
    );
    const cited = writtenOutput.sections.map((s: { statements: { eventIds: string[] }[] }) =>
      s.statements.map((t) => t.eventIds.map((id) => typeOf.get(id) ?? `unknown ${id}`)),
    );
    expect(cited).toEqual([
      [['ProgrammeLaunched']],
      [['ReviewHeld']],
      [['ReviewHeld', 'InsightRecorded', 'BarrierIdentified']],
      [['BarrierIdentified']],
    ]);
    expect(writtenOutput.markdown.split('\n').slice(0, 5)).toEqual([
      '# Riverside family time: Insights: challenges and opportunities',
      '',
      '## The programme',
      '',
      '- "Riverside family time", in Riverside (fictional): Children in need teams; started 6 Jan 2025 and planned for 18 months.',
    ]);
  });

  it('as of an earlier moment, is the earlier document', async () => {
    const { writtenOutput } = ok(
      await ledger.as('evaluator')(DOCUMENT, { asOf: { occurredAt: '2025-03-09' } }),
    );
    expect(writtenOutput.sections.map((s: { heading: string }) => s.heading)).toEqual(['The programme']);
    expect(writtenOutput.markdown.split('\n')[2]).toBe(
      '_As it had happened by 2025-03-09, with what is known today._',
    );
  });

  it('is recorded in the access record with what was read', async () => {
    await ledger.as('practitioner')(DOCUMENT, { asOf: { recordedAt: '2030-01-01' } });
    const { accessRecord } = ok(
      await ledger.as('auditor')(
        `{ accessRecord(filter: { kinds: [EXPORTED], actorId: "prac-1" }) { edges { node { kind roles details } } } }`,
      ),
    );
    expect(accessRecord.edges.map(({ node }: { node: unknown }) => node)).toEqual([
      {
        kind: 'EXPORTED',
        roles: ['practitioner'],
        details: { query: 'writtenOutput', programmeId: 'p1', output: 'insights', recordedAt: '2030-01-01' },
      },
    ]);
  });
});

describe('delivering the outputs', () => {
  it('shows each output due, delivered or late on the overview, as of any day', async () => {
    const standings = async (occurredAt: string) =>
      ok(await ledger.as('leader')(STANDINGS, { asOf: { occurredAt } })).overview.writtenOutputs.map(
        ({ output, dueBy, lateAfter, standing }: Record<string, string>) => [
          output,
          dueBy,
          lateAfter,
          standing,
        ],
      );
    expect(await standings('2025-04-01')).toEqual([
      ['INSIGHTS', '2025-03-31', '2025-04-28', 'DUE'],
      ['CHANGE_RECORD', '2026-07-06', '2026-08-03', 'NOT_DUE'],
      ['BLUEPRINT', '2025-03-31', '2025-04-28', 'DUE'],
      ['IMPLEMENTATION', '2026-07-06', '2026-08-03', 'NOT_DUE'],
      ['CASE_STUDY', '2026-07-06', '2026-08-03', 'NOT_DUE'],
    ]);
    expect((await standings('2025-04-29')).slice(0, 3)).toEqual([
      ['INSIGHTS', '2025-03-31', '2025-04-28', 'DELIVERED'],
      ['CHANGE_RECORD', '2026-07-06', '2026-08-03', 'NOT_DUE'],
      ['BLUEPRINT', '2025-03-31', '2025-04-28', 'LATE'],
    ]);
    const { overview } = ok(await ledger.as('leader')(STANDINGS));
    expect(overview.writtenOutputs[0].deliveries).toEqual([
      { occurredAt: '2025-04-07', audience: 'The leadership team', reissue: false, rationale: null },
    ]);
  });

  it('refuses a second delivery, except as a re-issue with its reason, and tells the journey', async () => {
    const before = await ledger.lastPosition();
    const twice = await send(
      'leader',
      'markWrittenOutputDelivered',
      { output: 'INSIGHTS', audience: 'Both teams' },
      '2025-04-14',
    );
    expect(twice.errors?.map((e) => [e.extensions?.code, e.extensions?.rule, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'OutputDeliveredOnce',
        'The insights document was delivered on 2025-04-07; to hand it over again, mark it delivered as a re-issue, with the reason',
      ],
    ]);
    expect(await ledger.lastPosition()).toBe(before);
    await record(
      'facilitator',
      'markWrittenOutputDelivered',
      {
        output: 'INSIGHTS',
        audience: 'Both teams',
        reissue: true,
        rationale: 'The teams asked for their own copy',
      },
      '2025-04-14',
    );
    await ledger.ledger.runner.waitFor((await ledger.lastPosition())!);
    const { journey } = ok(
      await ledger.as('evaluator')(
        `{ journey(programmeId: "p1", first: 100) { edges { node { eventType summary rationale actorRole } } } }`,
      ),
    );
    const told = journey.edges
      .map(({ node }: { node: Record<string, string> }) => node)
      .filter((node: Record<string, string>) => node.eventType === 'WrittenOutputDelivered');
    expect(told).toEqual([
      {
        eventType: 'WrittenOutputDelivered',
        summary: 'The insights document was delivered to "The leadership team".',
        rationale: null,
        actorRole: 'leader',
      },
      {
        eventType: 'WrittenOutputDelivered',
        summary: 'The insights document was re-issued to "Both teams".',
        rationale: 'The teams asked for their own copy',
        actorRole: 'facilitator',
      },
    ]);
  });

  it('is for those who steer the programme', async () => {
    const refused = await send(
      'practitioner',
      'markWrittenOutputDelivered',
      { output: 'CASE_STUDY', audience: 'Everyone' },
      '2025-04-14',
    );
    expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['FORBIDDEN', 'This needs one of the roles leader, facilitator; you have practitioner'],
    ]);
  });
});
