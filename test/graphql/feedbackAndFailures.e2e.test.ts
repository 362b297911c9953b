/**
 * Issue 21, parts 1, 4 and 6 through the API: staff feedback rounds and "you said, we did";
 * review decisions cited by what followed from them, and listing it; every failure of a programme
 * with its learning and what was done next. Each read as of now and as of a past time.
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
let beforeAnswers = '';
const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const INPUTS: Record<string, string> = { startPhase: 'PhaseChangeInput', startExperiment: 'ExperimentRef' };
const send = (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ledger.as(caller)(
    `mutation($input: ${INPUTS[mutation] ?? `${pascal(mutation)}Input`}!) { ${mutation}(occurredAt: "${on}", input: $input) { commandId } }`,
    { input: { programmeId: 'p1', ...input } },
  );
const record = async (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ok(await send(caller, mutation, input, on));
const read = async (query: string) => ok(await ledger.as('evaluator')(query));
const nodes = (connection: Json) => connection.edges.map((edge: Json) => edge.node);

const DECISION = { reviewId: 'r1', decisionId: 'd1' };
const ROUND = {
  feedbackRoundId: 'fr1',
  phaseId: 'smallChanges',
  items: [{ kind: 'SMALL_CHANGE', id: 'sc1' }],
  asked: [{ teamId: 't1', level: 'PRACTITIONER', count: 10 }],
  answered: 7,
  themes: ['less duplication', 'evening typing'],
  anonymisedQuotes: ['I get home on time now, mostly'],
  scores: [{ question: 'My workload is manageable', score: 3.1, outOf: 5 }],
  consequences: [{ consequenceId: 'c1', description: 'Visit notes typed up in the evening', onStaff: true }],
};

const smallChange = async (smallChangeId: string, title: string, on: string) =>
  record(
    'practitioner',
    'proposeSmallChange',
    { smallChangeId, teamId: 't1', title, description: 'd', proposedBy: ['prac-1'], barrierIds: ['b1'] },
    on,
  );

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger, 'p1', '2025-01-06');
  await record('leader', 'startPhase', { phaseId: 'vision' }, '2025-01-06');
  await record('leader', 'startPhase', { phaseId: 'smallChanges' }, '2025-02-03');
  await record('facilitator', 'defineOutcome', { outcomeId: 'o1', title: 'Time' }, '2025-01-07');
  await record(
    'facilitator',
    'defineMetric',
    {
      ...{ metricId: 'm1', outcomeId: 'o1', name: 'Time with families', unit: '%' },
      ...{
        direction: 'HIGHER_IS_BETTER',
        baseline: 20,
        target: 30,
        cadence: 'fortnightly',
        howWouldWeKnow: 'Survey',
      },
    },
    '2025-01-07',
  );
  for (const barrierId of ['b1', 'b2'])
    await record(
      'practitioner',
      'identifyBarrier',
      {
        ...{ barrierId, title: `Barrier ${barrierId}`, description: 'Found on a visit', kind: 'PROCESS' },
        ...{ scope: 'LOCAL', source: { kind: 'OTHER' }, identifiedBy: ['prac-1'] },
      },
      '2025-02-03',
    );
  await smallChange('sc1', 'Shared visit diary', '2025-02-04');
  await smallChange('sc2', 'Duty swap board', '2025-02-04');
  await smallChange('sc3', 'Shorter assessment timescales', '2025-02-04');
  await record('leader', 'agreeSmallChange', { smallChangeId: 'sc1', agreedBy: ['lead-1'] }, '2025-02-05');
  await record(
    'practitioner',
    'implementSmallChange',
    { smallChangeId: 'sc1', whatChanged: 'In use' },
    '2025-02-06',
  );
  await record(
    'leader',
    'declineSmallChange',
    {
      ...{ smallChangeId: 'sc2', declinedBy: ['lead-1'], rationale: 'The rota system cannot show swaps' },
      ...{ learning: 'Swaps need the rota system first', nextStep: 'Asked IT for a rota export' },
    },
    '2025-02-12',
  );
  await record(
    'leader',
    'escalateSmallChange',
    {
      smallChangeId: 'sc3',
      nationalBarrierId: 'nb1',
      nationalBarrierTitle: 'Statutory timescales',
      escalatedBy: ['lead-1'],
      rationale: 'Set in law',
    },
    '2025-02-10',
  );
  await record(
    'facilitator',
    'designExperiment',
    {
      ...{ experimentId: 'e1', title: 'Paired first visits', barrierIds: ['b1'], measureIds: ['m1'] },
      ...{ hypothesis: { ifWe: 'pair up', weExpect: 'more time', because: 'shared travel' } },
      ...{ plannedStart: '2025-02-10', reviewDate: '2025-04-30' },
    },
    '2025-02-10',
  );
  await record('facilitator', 'startExperiment', { experimentId: 'e1' }, '2025-02-10');
  await record('facilitator', 'recordFeedbackRound', ROUND, '2025-02-20');
  await clockPasses();
  beforeAnswers = new Date().toISOString();
  await clockPasses(Date.parse(beforeAnswers));
  await record(
    'leader',
    'holdReview',
    { reviewId: 'r1', kind: 'MONTHLY_SENIOR_LEADER_REVIEW', attendeeIds: ['lead-1'] },
    '2025-03-03',
  );
  await record(
    'leader',
    'recordDecision',
    {
      ...DECISION,
      decision: 'Stop paired visits and the shared diary',
      rationale: 'Two vacancies',
      affects: [],
    },
    '2025-03-03',
  );
  await record(
    'leader',
    'stopExperiment',
    { experimentId: 'e1', rationale: 'Vacancies', learning: 'Pairs need full staffing', decision: DECISION },
    '2025-03-03',
  );
  await record(
    'practitioner',
    'revertSmallChange',
    {
      smallChangeId: 'sc1',
      rationale: 'Typed twice',
      decision: DECISION,
      learning: 'One diary, one owner',
      nextStep: 'Diary kept by the duty manager',
    },
    '2025-03-04',
  );
  await record(
    'leader',
    'respondToFeedback',
    {
      feedbackRoundId: 'fr1',
      responseId: 'we1',
      whatWeDid: 'Stopped the shared diary',
      consequenceId: 'c1',
      decision: DECISION,
    },
    '2025-03-05',
  );
  await record(
    'leader',
    'closeEscalation',
    {
      smallChangeId: 'sc3',
      rationale: 'No answer',
      learning: 'Escalate with other authorities',
      nextStep: 'Joined the regional group',
    },
    '2025-03-06',
  );
  await record(
    'leader',
    'recordBarrierNotResolved',
    {
      barrierId: 'b2',
      rationale: 'Needs a new case system',
      learning: 'Put it in the procurement',
      nextStep: 'Added to the supplier requirements',
    },
    '2025-03-07',
  );
}, 120_000);
afterAll(() => ledger.close());

describe('decisions cited both ways', () => {
  it('answers who recorded the decision to stop an experiment, in which role, at which review', async () => {
    const data = await read(
      '{ experiment(programmeId: "p1", experimentId: "e1") { stoppedEarly { stoppedAt decision { decision recordedBy { name } recordedByRole review { reviewId kind heldAt } } } } }',
    );
    expect(data.experiment.stoppedEarly).toEqual({
      stoppedAt: '2025-03-03',
      decision: {
        decision: 'Stop paired visits and the shared diary',
        recordedBy: { name: 'Lee Leader' },
        recordedByRole: 'LEADER',
        review: { reviewId: 'r1', kind: 'MONTHLY_SENIOR_LEADER_REVIEW', heldAt: '2025-03-03' },
      },
    });
  });

  it('lists, on the decision, what followed from it with dates', async () => {
    const data = await read(
      '{ review(programmeId: "p1", reviewId: "r1") { decisions { decisionId followedBy { step itemId title occurredAt } } } }',
    );
    expect(data.review.decisions).toEqual([
      {
        decisionId: 'd1',
        followedBy: [
          {
            step: 'EXPERIMENT_STOPPED',
            itemId: 'e1',
            title: 'Paired first visits',
            occurredAt: '2025-03-03',
          },
          {
            step: 'SMALL_CHANGE_REVERTED',
            itemId: 'sc1',
            title: 'Shared visit diary',
            occurredAt: '2025-03-04',
          },
          {
            step: 'FEEDBACK_ANSWERED',
            itemId: 'fr1',
            title: 'Stopped the shared diary',
            occurredAt: '2025-03-05',
          },
        ],
      },
    ]);
  });

  it('refuses to cite a decision never recorded, and a small change with none cited reads "no decision"', async () => {
    const answer = await send(
      'leader',
      'respondToFeedback',
      { feedbackRoundId: 'fr1', whatWeDid: 'x', decision: { reviewId: 'r1', decisionId: 'd9' } },
      '2025-03-08',
    );
    expect(codesOf(answer)).toEqual(['NOT_FOUND']);
    expect(answer.errors?.[0]?.extensions?.rule).toBe('DecisionInReview');
    expect(answer.errors?.[0]?.message).toBe('Decision d9 is not recorded at review r1 of this programme');
    const data = await read(
      '{ smallChange(programmeId: "p1", smallChangeId: "sc2") { declined { decision { found } learning nextStep } } }',
    );
    expect(data.smallChange.declined).toEqual({
      decision: null,
      learning: 'Swaps need the rota system first',
      nextStep: 'Asked IT for a rota export',
    });
  });
});

describe('feedback rounds', () => {
  const roundQuery = (asOf = '') =>
    `{ feedbackRound(programmeId: "p1", feedbackRoundId: "fr1"${asOf}) { heldAt phaseId answered answeredByUs consequences { consequenceId onStaff closed { resolution } } responses { whatWeDid consequenceId recordedBy { name } decision { decision } } } }`;

  it('show what was done in answer ("you said, we did"), and that nothing was, as recorded before', async () => {
    expect((await read(roundQuery())).feedbackRound).toEqual({
      heldAt: '2025-02-20',
      phaseId: 'smallChanges',
      answered: 7,
      answeredByUs: true,
      consequences: [{ consequenceId: 'c1', onStaff: true, closed: null }],
      responses: [
        {
          whatWeDid: 'Stopped the shared diary',
          consequenceId: 'c1',
          recordedBy: { name: 'Lee Leader' },
          decision: { decision: 'Stop paired visits and the shared diary' },
        },
      ],
    });
    const before = (await read(roundQuery(`, asOf: { recordedAt: "${beforeAnswers}" }`))).feedbackRound;
    expect(before).toMatchObject({ answeredByUs: false, responses: [] });
  });

  it('tell a dashboard which stages and items had no staff feedback, and which consequences are open', async () => {
    const query = (asOf = '') =>
      `{ staffFeedback(programmeId: "p1"${asOf}) { phasesWithoutFeedback { phaseId name } itemsWithoutFeedback { kind id title } openConsequences { feedbackRoundId consequenceId description } } }`;
    expect((await read(query())).staffFeedback).toEqual({
      phasesWithoutFeedback: [{ phaseId: 'vision', name: 'Vision' }],
      itemsWithoutFeedback: [
        { kind: 'SMALL_CHANGE', id: 'sc2', title: 'Duty swap board' },
        { kind: 'SMALL_CHANGE', id: 'sc3', title: 'Shorter assessment timescales' },
        { kind: 'EXPERIMENT', id: 'e1', title: 'Paired first visits' },
      ],
      openConsequences: [
        { feedbackRoundId: 'fr1', consequenceId: 'c1', description: 'Visit notes typed up in the evening' },
      ],
    });
    const early = (await read(query(', asOf: { occurredAt: "2025-02-19" }'))).staffFeedback;
    expect(early.phasesWithoutFeedback).toEqual([
      { phaseId: 'vision', name: 'Vision' },
      { phaseId: 'smallChanges', name: 'Small changes' },
    ]);
    expect(early.openConsequences).toEqual([]);
  });

  it('refuse more answers than people asked, and a practitioner recording one', async () => {
    const tooMany = await send(
      'facilitator',
      'recordFeedbackRound',
      { ...ROUND, feedbackRoundId: 'fr2', answered: 11 },
      '2025-03-10',
    );
    expect(codesOf(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0]?.extensions?.rule).toBe('AnsweredNoMoreThanAsked');
    expect(tooMany.errors?.[0]?.message).toBe('11 answered, but only 10 were asked');
    const practitioner = await send(
      'practitioner',
      'recordFeedbackRound',
      { ...ROUND, feedbackRoundId: 'fr3' },
      '2025-03-10',
    );
    expect(codesOf(practitioner)).toEqual(['FORBIDDEN']);
  });

  it('read in the journey in words, and close a consequence once', async () => {
    await record(
      'leader',
      'closeUnintendedConsequence',
      { feedbackRoundId: 'fr1', consequenceId: 'c1', resolution: 'Nobody types at night now' },
      '2025-03-20',
    );
    const again = await send(
      'leader',
      'closeUnintendedConsequence',
      { feedbackRoundId: 'fr1', consequenceId: 'c1', resolution: 'x' },
      '2025-03-21',
    );
    expect(again.errors?.[0]?.extensions?.rule).toBe('ConsequenceOpen');
    const missing = await read(
      '{ feedbackRound(programmeId: "p1", feedbackRoundId: "nope") { heldAt } }',
    ).catch((e: Error) => e.message);
    expect(missing).toContain('FeedbackRoundExists');
    const journey = await read(
      '{ journey(programmeId: "p1", first: 20, filter: { kinds: [FEEDBACK_ROUND] }) { edges { node { eventType summary } } } }',
    );
    expect(nodes(journey.journey)).toEqual([
      {
        eventType: 'FeedbackRoundRecorded',
        summary:
          'Staff asked for feedback in the "Small changes" phase about small change "Shared visit diary": 7 of 10 people answered; they said: less duplication and evening typing; 1 unintended consequence flagged ("Visit notes typed up in the evening").',
      },
      {
        eventType: 'FeedbackResponded',
        summary:
          'You said, we did (answering the unintended consequence "Visit notes typed up in the evening"): Stopped the shared diary.',
      },
      {
        eventType: 'UnintendedConsequenceClosed',
        summary:
          'Unintended consequence "Visit notes typed up in the evening" closed: Nobody types at night now.',
      },
    ]);
  });
});

describe('failures', () => {
  const query = (asOf = '') =>
    `{ failures(programmeId: "p1"${asOf}) { totalCount edges { node { kind itemId title occurredAt rationale learning nextStep decision { decisionId } } } } }`;

  it('lists every failure of a programme with its learning and what was done next, in the order it occurred', async () => {
    expect(nodes((await read(query())).failures)).toEqual([
      {
        kind: 'SMALL_CHANGE_DECLINED',
        itemId: 'sc2',
        title: 'Duty swap board',
        occurredAt: '2025-02-12',
        rationale: 'The rota system cannot show swaps',
        learning: 'Swaps need the rota system first',
        nextStep: 'Asked IT for a rota export',
        decision: null,
      },
      {
        kind: 'EXPERIMENT_STOPPED',
        itemId: 'e1',
        title: 'Paired first visits',
        occurredAt: '2025-03-03',
        rationale: 'Vacancies',
        learning: 'Pairs need full staffing',
        nextStep: null,
        decision: { decisionId: 'd1' },
      },
      {
        kind: 'SMALL_CHANGE_REVERTED',
        itemId: 'sc1',
        title: 'Shared visit diary',
        occurredAt: '2025-03-04',
        rationale: 'Typed twice',
        learning: 'One diary, one owner',
        nextStep: 'Diary kept by the duty manager',
        decision: { decisionId: 'd1' },
      },
      {
        kind: 'ESCALATION_CLOSED_WITHOUT_RESULT',
        itemId: 'sc3',
        title: 'Shorter assessment timescales',
        occurredAt: '2025-03-06',
        rationale: 'No answer',
        learning: 'Escalate with other authorities',
        nextStep: 'Joined the regional group',
        decision: null,
      },
      {
        kind: 'BARRIER_NOT_RESOLVED',
        itemId: 'b2',
        title: 'Barrier b2',
        occurredAt: '2025-03-07',
        rationale: 'Needs a new case system',
        learning: 'Put it in the procurement',
        nextStep: 'Added to the supplier requirements',
        decision: null,
      },
    ]);
  });

  it('as of a past time, and of chosen kinds', async () => {
    const early = nodes((await read(query(', asOf: { occurredAt: "2025-03-03" }'))).failures);
    expect(early.map((f: Json) => f.kind)).toEqual(['SMALL_CHANGE_DECLINED', 'EXPERIMENT_STOPPED']);
    const recorded = nodes((await read(query(`, asOf: { recordedAt: "${beforeAnswers}" }`))).failures);
    expect(recorded.map((f: Json) => f.kind)).toEqual(['SMALL_CHANGE_DECLINED']);
    const barriers = (
      await read('{ failures(programmeId: "p1", kinds: [BARRIER_NOT_RESOLVED]) { totalCount } }')
    ).failures;
    expect(barriers.totalCount).toBe(1);
  });
});
