/**
 * Teams, participants and measurements over time through the API: when each person joined and
 * left, moves between teams, who was in which team on a date, co-ownership counted over who was
 * there at the time, and run charts per team and for the whole programme.
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
const send = (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ledger.as(caller)(
    `mutation($input: ${pascal(mutation)}Input!) { ${mutation}(occurredAt: "${on}", input: $input) { commandId } }`,
    { input: { programmeId: 'p1', ...input } },
  );
const record = async (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ok(await send(caller, mutation, input, on));
const refusal = (answer: GraphQLAnswer) => ({
  code: answer.errors?.[0]?.extensions?.code,
  rule: answer.errors?.[0]?.extensions?.rule,
  message: answer.errors?.[0]?.message,
});
const measure = (measurementId: string, periodEnd: string, value: number, teamId?: string) =>
  record(
    'leader',
    'recordMeasurement',
    {
      metricId: 'm-time',
      measurementId,
      periodStart: periodEnd,
      periodEnd,
      value,
      source: { kind: 'TIME_DIARY' },
      ...(teamId ? { teamId } : {}),
    },
    periodEnd,
  );

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger, 'p1', '2025-01-06');
  await record(
    'admin',
    'enrolTeam',
    { teamId: 't2', name: 'Adolescents team', kind: 'SPECIALIST' },
    '2025-01-06',
  );
  await record(
    'admin',
    'joinParticipant',
    {
      participantId: 'prac-2',
      teamId: 't1',
      role: 'SOCIAL_WORKER',
      level: 'PRACTITIONER',
      displayName: 'Robin Rowe',
    },
    '2025-02-03',
  );
  await record(
    'facilitator',
    'moveParticipantToTeam',
    { participantId: 'prac-1', teamId: 't2', reason: 'Cover for a vacancy' },
    '2025-03-03',
  );
  // The blueprint is drafted while prac-2 is in the programme; its version is recorded after they left.
  await record(
    'practitioner',
    'identifyBarrier',
    {
      barrierId: 'b1',
      title: 'Duplicate recording',
      description: 'Written three times',
      kind: 'PROCESS',
      scope: 'LOCAL',
      source: { kind: 'OTHER' },
      identifiedBy: ['prac-1'],
    },
    '2025-02-10',
  );
  await record('leader', 'draftBlueprint', { coOwnerIds: ['prac-2', 'lead-1'] }, '2025-02-10');
  await record(
    'leader',
    'addBlueprintElement',
    {
      elementId: 'e1',
      kind: 'PROCESS_CHANGE',
      title: 'One note',
      description: 'Write once',
      barrierIds: ['b1'],
      ownerIds: ['lead-1'],
    },
    '2025-02-10',
  );
  await record(
    'admin',
    'recordParticipantLeft',
    { participantId: 'prac-2', reason: 'Moved authority' },
    '2025-04-01',
  );
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
      howWouldWeKnow: 'Time diaries',
    },
    '2025-01-06',
  );
  await measure('whole-1', '2025-01-17', 21);
  await measure('whole-2', '2025-01-31', 22);
  await measure('t1-1', '2025-01-17', 18, 't1');
  await measure('t2-1', '2025-01-17', 25, 't2');
  await measure('t2-2', '2025-01-31', 27, 't2');
}, 120_000);

afterAll(() => ledger.close());

const MEMBERS = `query($on: DateOrDateTime, $team: ID, $asOf: AsOfInput) {
  participants(programmeId: "p1", onDate: $on, teamId: $team, asOf: $asOf) { person { name } teamId active } }`;
const members = async (variables: Record<string, unknown>) =>
  ok(await ledger.as('evaluator')(MEMBERS, variables)).participants;

describe('teams and participants over time', () => {
  it('shows when each person joined and left, and every team they have been in', async () => {
    const { programme } = ok(
      await ledger.as('evaluator')(
        `{ programme(programmeId: "p1") { participants { person { participantId } teamId active joined { occurredAt } left { occurredAt reason } teamHistory { teamId since { occurredAt } reason } } } }`,
      ),
    );
    const byId = (id: string) => programme.participants.find((p: Json) => p.person.participantId === id);
    expect(byId('prac-1')).toEqual({
      person: { participantId: 'prac-1' },
      teamId: 't2',
      active: true,
      joined: { occurredAt: '2025-01-06' },
      left: null,
      teamHistory: [
        { teamId: 't1', since: { occurredAt: '2025-01-06' }, reason: null },
        { teamId: 't2', since: { occurredAt: '2025-03-03' }, reason: 'Cover for a vacancy' },
      ],
    });
    expect(byId('prac-2')).toMatchObject({
      active: false,
      joined: { occurredAt: '2025-02-03' },
      left: { occurredAt: '2025-04-01', reason: 'Moved authority' },
    });
  });

  it('answers who was in which team on a date', async () => {
    expect(await members({ on: '2025-02-14', team: 't1' })).toEqual([
      { person: { name: 'Fay Facilitator' }, teamId: 't1', active: true },
      { person: { name: 'Lee Leader' }, teamId: 't1', active: true },
      { person: { name: 'Pat Practitioner' }, teamId: 't1', active: true },
      { person: { name: 'Robin Rowe' }, teamId: 't1', active: true },
    ]);
    expect(await members({ on: '2025-03-14', team: 't2' })).toEqual([
      { person: { name: 'Pat Practitioner' }, teamId: 't2', active: true },
    ]);
    expect((await members({ on: '2025-04-01' })).map((p: Json) => p.person.name)).toEqual([
      'Fay Facilitator',
      'Lee Leader',
      'Pat Practitioner',
    ]);
    expect(await members({ on: '2025-01-20', team: 't2' })).toEqual([]);
  });

  it('answers as the ledger knew it then', async () => {
    const firstMove = ok(
      await ledger.as('auditor')(
        `{ history(programmeId: "p1", first: 1, filter: { types: ["ParticipantMovedTeam"] }) { edges { node { metadata { recordedAt } } } } }`,
      ),
    ).history.edges[0].node.metadata.recordedAt;
    const before = new Date(Date.parse(firstMove) - 1).toISOString();
    expect(await members({ on: '2025-03-14', team: 't2', asOf: { recordedAt: before } })).toEqual([]);
  });

  it('tells a move in the journey in words', async () => {
    const { journey } = ok(
      await ledger.as('evaluator')(
        `{ journey(programmeId: "p1", first: 5, filter: { from: "2025-03-03", to: "2025-03-03" }) { edges { node { summary rationale teamId } } } }`,
      ),
    );
    expect(journey.edges.map(({ node }: Json) => node)).toEqual([
      {
        summary: 'A social worker moved from Duty team to Adolescents team.',
        rationale: 'Cover for a vacancy',
        teamId: 't2',
      },
    ]);
  });

  it('refuses a move to the team they are in, to a team not enrolled, of someone who left, and by a leader', async () => {
    expect(
      refusal(
        await send(
          'facilitator',
          'moveParticipantToTeam',
          { participantId: 'prac-1', teamId: 't2' },
          '2025-05-01',
        ),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'MoveToAnotherTeam',
      message: 'Participant prac-1 is already in team t2',
    });
    expect(
      refusal(
        await send(
          'facilitator',
          'moveParticipantToTeam',
          { participantId: 'prac-1', teamId: 't9' },
          '2025-05-01',
        ),
      ),
    ).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'TeamInProgramme',
    });
    expect(
      refusal(
        await send(
          'facilitator',
          'moveParticipantToTeam',
          { participantId: 'prac-2', teamId: 't2' },
          '2025-05-01',
        ),
      ),
    ).toMatchObject({
      rule: 'ParticipantActive',
    });
    expect(
      refusal(
        await send(
          'leader',
          'moveParticipantToTeam',
          { participantId: 'prac-1', teamId: 't1' },
          '2025-05-01',
        ),
      ).code,
    ).toBe('FORBIDDEN');
  });
});

describe('co-ownership across levels counts who was in the programme at the time', () => {
  const publish = (on: string) =>
    send('leader', 'publishBlueprintVersion', { summary: 'First', endorsedBy: ['prac-2', 'lead-1'] }, on);

  it('refuses a version endorsed by a practitioner who had left by its date', async () => {
    expect(refusal(await publish('2025-04-07'))).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'EndorsersInProgrammeAtTheTime',
      message:
        'endorsed by: participant prac-2 was not in the programme on 2025-04-07 (they had left, or not yet joined), so they do not count',
    });
  });

  it('counts the practitioner for a version dated while they were there, recorded after they left', async () => {
    ok(await publish('2025-03-24'));
    const { blueprint } = ok(
      await ledger.as('evaluator')(
        `{ blueprint(programmeId: "p1") { versions { version endorsedBy { name } published { occurredAt } } } }`,
      ),
    );
    expect(blueprint.versions).toEqual([
      {
        version: 1,
        endorsedBy: [{ name: 'Robin Rowe' }, { name: 'Lee Leader' }],
        published: { occurredAt: '2025-03-24' },
      },
    ]);
  });
});

describe('measurements of a team, and run charts per team and for the whole programme', () => {
  const CHART = `query($team: ID) { runChart(programmeId: "p1", metricId: "m-time", teamId: $team) { teamId points { measurementId value } baseline { median } } }`;

  it('charts the whole programme from the measurements that name no team', async () => {
    expect(ok(await ledger.as('evaluator')(CHART, {})).runChart).toEqual({
      teamId: null,
      points: [
        { measurementId: 'whole-1', value: 21 },
        { measurementId: 'whole-2', value: 22 },
      ],
      baseline: { median: 21.5 },
    });
  });

  it('charts one team from its own measurements', async () => {
    expect(ok(await ledger.as('evaluator')(CHART, { team: 't2' })).runChart).toEqual({
      teamId: 't2',
      points: [
        { measurementId: 't2-1', value: 25 },
        { measurementId: 't2-2', value: 27 },
      ],
      baseline: { median: 26 },
    });
  });

  it("tells a team's measurement in the journey, under that team", async () => {
    const { journey } = ok(
      await ledger.as('evaluator')(
        `{ journey(programmeId: "p1", first: 10, filter: { kinds: [MEASUREMENT], from: "2025-01-31", to: "2025-01-31" }) { edges { node { summary teamId } } } }`,
      ),
    );
    expect(journey.edges.map(({ node }: Json) => node)).toEqual([
      { summary: '"% of time with families" measured at 22 % for 31 Jan 2025 to 31 Jan 2025.', teamId: null },
      {
        summary:
          '"% of time with families" measured at 27 % in Adolescents team for 31 Jan 2025 to 31 Jan 2025.',
        teamId: 't2',
      },
    ]);
  });

  it('shows the team on each measurement, and refuses a team not enrolled', async () => {
    const { metric } = ok(
      await ledger.as('evaluator')(
        `{ metric(programmeId: "p1", metricId: "m-time") { measurements { measurementId teamId } } }`,
      ),
    );
    expect(metric.measurements).toEqual([
      { measurementId: 'whole-1', teamId: null },
      { measurementId: 'whole-2', teamId: null },
      { measurementId: 't1-1', teamId: 't1' },
      { measurementId: 't2-1', teamId: 't2' },
      { measurementId: 't2-2', teamId: 't2' },
    ]);
    expect(refusal(await ledger.as('evaluator')(CHART, { team: 't9' }))).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'TeamInProgramme',
    });
    expect(
      refusal(
        await send(
          'leader',
          'recordMeasurement',
          {
            metricId: 'm-time',
            periodStart: '2025-02-03',
            periodEnd: '2025-02-14',
            value: 1,
            source: { kind: 'OTHER' },
            teamId: 't9',
          },
          '2025-02-14',
        ),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', rule: 'TeamInProgramme' });
  });
});
