/**
 * Issue 21, part 1 through the API: a review decision, and a small change adapted or reverted, cite
 * staff feedback rounds as evidence; each step names the rounds it cites, and each round lists what
 * cited it ("you said, we did"). A round never recorded is refused with its rule.
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

let ledger: TestLedger;
const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const send = (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ledger.as(caller)(
    `mutation($input: ${pascal(mutation)}Input!) { ${mutation}(occurredAt: "${on}", input: $input) { commandId } }`,
    { input: { programmeId: 'p1', ...input } },
  );
const record = async (caller: CallerName, mutation: string, input: Record<string, unknown>, on: string) =>
  ok(await send(caller, mutation, input, on));
const journeyQuery =
  '{ journey(programmeId: "p1", first: 100) { edges { node { eventId eventType occurredAt summary } } } }';
const read = async (query: string) => ok(await ledger.as('evaluator')(query));

const smallChange = async (smallChangeId: string, title: string) => {
  await record(
    'practitioner',
    'proposeSmallChange',
    { smallChangeId, teamId: 't1', title, description: 'd', proposedBy: ['prac-1'], barrierIds: ['b1'] },
    '2025-02-04',
  );
  await record('leader', 'agreeSmallChange', { smallChangeId, agreedBy: ['lead-1'] }, '2025-02-05');
  await record(
    'practitioner',
    'implementSmallChange',
    { smallChangeId, whatChanged: 'In use' },
    '2025-02-06',
  );
};

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger, 'p1', '2025-01-06');
  await ledger.as('leader')(
    'mutation { startPhase(occurredAt: "2025-01-06", input: { programmeId: "p1", phaseId: "vision" }) { commandId } }',
  );
  await ledger.as('leader')(
    'mutation { startPhase(occurredAt: "2025-02-03", input: { programmeId: "p1", phaseId: "smallChanges" }) { commandId } }',
  );
  await record(
    'practitioner',
    'identifyBarrier',
    {
      ...{ barrierId: 'b1', title: 'Typing twice', description: 'Found on a visit', kind: 'PROCESS' },
      ...{ scope: 'LOCAL', source: { kind: 'OTHER' }, identifiedBy: ['prac-1'] },
    },
    '2025-02-03',
  );
  await smallChange('sc1', 'Shared visit diary');
  await smallChange('sc2', 'Duty swap board');
  await record(
    'facilitator',
    'recordFeedbackRound',
    {
      ...{ feedbackRoundId: 'fr1', phaseId: 'smallChanges', items: [{ kind: 'SMALL_CHANGE', id: 'sc1' }] },
      ...{
        asked: [{ teamId: 't1', level: 'PRACTITIONER', count: 10 }],
        answered: 7,
        themes: ['evening typing'],
      },
      ...{ anonymisedQuotes: [], scores: [], consequences: [] },
    },
    '2025-02-20',
  );
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
      reviewId: 'r1',
      decisionId: 'd1',
      decision: 'Protect an hour for notes',
      rationale: 'Staff said so',
      affects: [],
    },
    '2025-03-03',
  );
  // The decision above cites nothing; this one cites the round.
  await record(
    'leader',
    'recordDecision',
    {
      ...{ reviewId: 'r1', decisionId: 'd2', decision: 'One diary, one owner', rationale: 'Typed twice' },
      ...{ affects: [], feedbackRoundIds: ['fr1'] },
    },
    '2025-03-03',
  );
  await record(
    'practitioner',
    'adaptSmallChange',
    {
      smallChangeId: 'sc1',
      whatChanged: 'Kept by the duty manager',
      rationale: 'Typed twice',
      feedbackRoundIds: ['fr1'],
    },
    '2025-03-04',
  );
  await record(
    'practitioner',
    'revertSmallChange',
    { smallChangeId: 'sc2', rationale: 'No one used it', feedbackRoundIds: ['fr1'] },
    '2025-03-05',
  );
}, 120_000);
afterAll(() => ledger.close());

describe('feedback rounds cited as evidence', () => {
  it('each citing step names the rounds it cites, with when they were held', async () => {
    const data = await read(`{
      review(programmeId: "p1", reviewId: "r1") { decisions { decisionId feedbackRounds { feedbackRoundId found heldAt } } }
      sc1: smallChange(programmeId: "p1", smallChangeId: "sc1") { adaptations { whatChanged feedbackRounds { feedbackRoundId found heldAt } } }
      sc2: smallChange(programmeId: "p1", smallChangeId: "sc2") { reverted { rationale feedbackRounds { feedbackRoundId found heldAt } } }
    }`);
    const fr1 = [{ feedbackRoundId: 'fr1', found: true, heldAt: '2025-02-20' }];
    expect(data.review.decisions).toEqual([
      { decisionId: 'd1', feedbackRounds: [] },
      { decisionId: 'd2', feedbackRounds: fr1 },
    ]);
    expect(data.sc1.adaptations).toEqual([{ whatChanged: 'Kept by the duty manager', feedbackRounds: fr1 }]);
    expect(data.sc2.reverted).toEqual({ rationale: 'No one used it', feedbackRounds: fr1 });
  });

  it('reads in the journey in words, naming the day the cited round was held', async () => {
    const data = await read(journeyQuery);
    const citing = data.journey.edges
      .map((edge: { node: { summary: string } }) => edge.node.summary)
      .filter((summary: string) => summary.includes('citing'));
    expect(citing).toEqual([
      'Decision at the monthly senior leader review citing the feedback round of 20 Feb 2025: "One diary, one owner".',
      'Duty team adapted "Shared visit diary" citing the feedback round of 20 Feb 2025: Kept by the duty manager.',
      'Duty team reverted "Duty swap board" citing the feedback round of 20 Feb 2025.',
    ]);
  });

  it('the round lists what cited it, oldest first, with dates and the events that recorded them', async () => {
    const data = await read(`{
      feedbackRound(programmeId: "p1", feedbackRoundId: "fr1") { citedBy { step itemId title occurredAt eventId } }
    }`);
    const journey = (await read(journeyQuery)).journey.edges.map((edge: { node: Json }) => edge.node);
    const eventOf = (eventType: string, occurredAt: string) =>
      journey.find(
        (step: Json) =>
          step.eventType === eventType && step.occurredAt === occurredAt && step.summary.includes('citing'),
      ).eventId;
    expect(data.feedbackRound.citedBy).toEqual([
      {
        step: 'DECISION_RECORDED',
        itemId: 'r1',
        title: 'One diary, one owner',
        occurredAt: '2025-03-03',
        eventId: eventOf('DecisionRecorded', '2025-03-03'),
      },
      {
        step: 'SMALL_CHANGE_ADAPTED',
        itemId: 'sc1',
        title: 'Shared visit diary',
        occurredAt: '2025-03-04',
        eventId: eventOf('SmallChangeAdapted', '2025-03-04'),
      },
      {
        step: 'SMALL_CHANGE_REVERTED',
        itemId: 'sc2',
        title: 'Duty swap board',
        occurredAt: '2025-03-05',
        eventId: eventOf('SmallChangeReverted', '2025-03-05'),
      },
    ]);
  });

  it('refuses a round never recorded in this programme, writing nothing', async () => {
    const answer = await send(
      'leader',
      'recordDecision',
      {
        reviewId: 'r1',
        decisionId: 'd3',
        decision: 'x',
        rationale: 'y',
        affects: [],
        feedbackRoundIds: ['fr9'],
      },
      '2025-03-03',
    );
    expect(codesOf(answer)).toEqual(['NOT_FOUND']);
    expect(answer.errors?.[0]?.extensions?.rule).toBe('FeedbackRoundInProgramme');
    expect(answer.errors?.[0]?.message).toBe('Feedback round fr9 is not recorded in this programme');
    const data = await read('{ review(programmeId: "p1", reviewId: "r1") { decisions { decisionId } } }');
    expect(data.review.decisions).toEqual([{ decisionId: 'd1' }, { decisionId: 'd2' }]);
  });
});
