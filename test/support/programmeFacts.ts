/**
 * The facts of one small fictional programme, each with the business time it occurred and the
 * facts that must be recorded before it (an item's earlier steps, what it refers to). Recording
 * order may vary within those constraints while the occurred times stay fixed: a phase start can
 * be recorded after the facts that fall in it, a correction after the step it corrects.
 */
import type { LedgerCommandRequest } from '../../src/domain/ledger';

export const P = 'programme-marlow';

export interface Fact {
  readonly id: string;
  /** Business time; every fact has its own, so the journey's order does not depend on recording. */
  readonly at: string;
  readonly after: readonly string[];
  readonly by: { readonly id: string; readonly role: string };
  /** The command, given the ids of the events already recorded (by fact id). */
  readonly request: (eventIds: ReadonlyMap<string, string>) => LedgerCommandRequest;
}

const LEAD = { id: 'person-lead', role: 'leader' };
const PRAC = { id: 'person-prac', role: 'practitioner' };
const ADMIN = { id: 'admin-1', role: 'admin' };

const fact = (
  id: string,
  at: string,
  after: readonly string[],
  by: Fact['by'],
  type: string,
  data: Record<string, unknown> | ((eventIds: ReadonlyMap<string, string>) => Record<string, unknown>),
): Fact => ({
  id,
  at,
  after: id === 'launch' ? after : ['launch', ...after],
  by,
  request: (eventIds) =>
    ({
      type,
      data: { programmeId: P, ...(typeof data === 'function' ? data(eventIds) : data) },
    }) as LedgerCommandRequest,
});

const JOINED = ['join-lead', 'join-prac', 'join-dir'];
const smallChange = { smallChangeId: 'sc-1' };
const metric = { metricId: 'metric-time' };

export const PROGRAMME_FACTS: readonly Fact[] = [
  fact('launch', '2025-01-06T08:00:00Z', [], ADMIN, 'LaunchProgramme', {
    name: 'Marlow time with families',
    localAuthority: 'Marlow (fictional)',
    scope: 'Two teams',
    startDate: '2025-01-06',
    plannedDurationMonths: 15,
    smallChangeTarget: { count: 4, withinWeeks: 6 },
  }),
  fact('team-1', '2025-01-06T09:00:00Z', [], ADMIN, 'EnrolTeam', {
    teamId: 't1',
    name: 'Duty',
    kind: 'statutory',
  }),
  fact('team-2', '2025-01-06T09:10:00Z', [], ADMIN, 'EnrolTeam', {
    teamId: 't2',
    name: 'Edge',
    kind: 'specialist',
  }),
  fact('join-lead', '2025-01-06T10:00:00Z', ['team-1'], ADMIN, 'JoinParticipant', {
    participantId: 'person-lead',
    teamId: 't1',
    role: 'teamManager',
    level: 'manager',
  }),
  fact('join-prac', '2025-01-06T10:10:00Z', ['team-1'], ADMIN, 'JoinParticipant', {
    participantId: 'person-prac',
    teamId: 't1',
    role: 'socialWorker',
    level: 'practitioner',
  }),
  fact('join-dir', '2025-01-06T10:20:00Z', [], ADMIN, 'JoinParticipant', {
    participantId: 'person-dir',
    role: 'director',
    level: 'seniorLeader',
  }),
  fact('outcome', '2025-01-07T09:00:00Z', [], LEAD, 'DefineOutcome', { outcomeId: 'o1', title: 'Time' }),
  fact('metric', '2025-01-07T10:00:00Z', ['outcome'], LEAD, 'DefineMetric', {
    ...metric,
    outcomeId: 'o1',
    name: '% of time with families',
    unit: '%',
    direction: 'higherIsBetter',
    baseline: 20,
    target: 30,
    cadence: 'fortnightly',
    howWouldWeKnow: 'A pulse survey',
  }),
  fact('phase-vision', '2025-01-13T09:00:00Z', [], LEAD, 'StartPhase', { phaseId: 'vision' }),
  fact('phase-small', '2025-02-03T09:00:00Z', [], LEAD, 'StartPhase', { phaseId: 'smallChanges' }),
  fact('phase-blueprint', '2025-04-07T09:00:00Z', [], LEAD, 'StartPhase', {
    phaseId: 'sensemakingAndBlueprint',
  }),
  fact('vision', '2025-01-20T09:00:00Z', JOINED, LEAD, 'SetVision', {
    statement: 'Time with families',
    coAuthorIds: ['person-prac', 'person-dir'],
  }),
  fact('vision-2', '2025-02-10T09:00:00Z', ['vision'], LEAD, 'ReviseVision', {
    statement: 'Most of our time with families',
    coAuthorIds: ['person-prac', 'person-lead', 'person-dir'],
    rationale: 'Practitioners asked for more',
  }),
  fact('barrier', '2025-01-27T09:00:00Z', ['join-prac'], PRAC, 'IdentifyBarrier', {
    barrierId: 'b1',
    title: 'Duplicate recording',
    description: 'Notes typed twice',
    kind: 'process',
    scope: 'local',
    source: { kind: 'sensemaking' },
    identifiedBy: ['person-prac'],
  }),
  fact('propose', '2025-02-05T09:00:00Z', ['barrier', 'team-1'], PRAC, 'ProposeSmallChange', {
    ...smallChange,
    teamId: 't1',
    title: 'One-page notes',
    description: 'Write once',
    proposedBy: ['person-prac'],
    barrierIds: ['b1'],
  }),
  fact('agree', '2025-02-07T09:00:00Z', ['propose', 'join-lead'], LEAD, 'AgreeSmallChange', {
    ...smallChange,
    agreedBy: ['person-lead'],
  }),
  // Recorded as implemented on the 10th; corrected below to the 12th.
  fact('implement', '2025-02-10T09:00:00Z', ['agree'], PRAC, 'ImplementSmallChange', {
    ...smallChange,
    whatChanged: 'Notes fit one page',
  }),
  fact('review-change', '2025-02-20T09:00:00Z', ['implement'], PRAC, 'ReviewSmallChange', {
    ...smallChange,
    hoursFreedPerWeek: 2,
    practitionersNoticed: 'Less typing',
    familiesNoticed: 'Longer visits',
    verdict: 'keep',
  }),
  fact('correct-implement', '2025-03-01T09:00:00Z', ['implement'], LEAD, 'CorrectSmallChangeDate', (ids) => ({
    ...smallChange,
    eventId: ids.get('implement'),
    correctOccurredAt: '2025-02-12T09:00:00Z',
    rationale: 'The rota shows it went live on the 12th',
  })),
  fact('propose-2', '2025-02-06T09:00:00Z', ['barrier', 'team-2', 'join-prac'], PRAC, 'ProposeSmallChange', {
    smallChangeId: 'sc-2',
    teamId: 't2',
    title: 'Skip the second form',
    description: 'One form',
    proposedBy: ['person-prac'],
    barrierIds: ['b1'],
  }),
  fact('decline-2', '2025-02-09T09:00:00Z', ['propose-2', 'join-lead'], LEAD, 'DeclineSmallChange', {
    smallChangeId: 'sc-2',
    declinedBy: ['person-lead'],
    rationale: 'The inspectors need it',
  }),
  fact('hold', '2025-02-24T09:00:00Z', JOINED, LEAD, 'HoldReview', {
    reviewId: 'r1',
    kind: 'monthlySeniorLeaderReview',
    attendeeIds: ['person-lead', 'person-dir'],
  }),
  fact('decide', '2025-02-24T15:00:00Z', ['hold', 'propose'], LEAD, 'RecordDecision', {
    reviewId: 'r1',
    decisionId: 'd1',
    decision: 'Spread one-page notes',
    rationale: 'Kept after review',
    affects: [{ kind: 'smallChange', id: 'sc-1' }],
  }),
  fact('design', '2025-03-03T09:00:00Z', ['barrier', 'metric'], LEAD, 'DesignExperiment', {
    experimentId: 'x1',
    title: 'Protected mornings',
    hypothesis: { ifWe: 'protect mornings', weExpect: 'more visits', because: 'fewer meetings' },
    barrierIds: ['b1'],
    measureIds: ['metric-time'],
    plannedStart: '2025-03-10',
    reviewDate: '2025-04-14',
  }),
  fact('start', '2025-03-10T09:00:00Z', ['design'], LEAD, 'StartExperiment', { experimentId: 'x1' }),
  fact('conclude', '2025-04-14T09:00:00Z', ['start'], LEAD, 'ConcludeExperiment', {
    experimentId: 'x1',
    result: 'notSupported',
    learning: 'Emergencies cluster in the mornings',
    nextStep: 'adapt',
  }),
  fact('draft', '2025-04-08T09:00:00Z', JOINED, LEAD, 'DraftBlueprint', {
    coOwnerIds: ['person-prac', 'person-lead', 'person-dir'],
  }),
  fact('element', '2025-04-09T09:00:00Z', ['draft', 'barrier'], PRAC, 'AddBlueprintElement', {
    elementId: 'e1',
    kind: 'processChange',
    title: 'Write it once',
    description: 'One record per visit',
    barrierIds: ['b1'],
    ownerIds: ['person-prac'],
  }),
  fact('publish', '2025-04-15T09:00:00Z', ['element'], LEAD, 'PublishBlueprintVersion', {
    summary: 'First blueprint',
    endorsedBy: ['person-prac', 'person-dir'],
  }),
  fact('measure-1', '2025-02-14T09:00:00Z', ['metric'], LEAD, 'RecordMeasurement', {
    ...metric,
    measurementId: 'm1',
    periodStart: '2025-02-03',
    periodEnd: '2025-02-14',
    value: 21,
    source: { kind: 'timeDiary' },
  }),
  fact('measure-2', '2025-02-28T09:00:00Z', ['metric'], LEAD, 'RecordMeasurement', {
    ...metric,
    measurementId: 'm2',
    periodStart: '2025-02-17',
    periodEnd: '2025-02-28',
    value: 52,
    source: { kind: 'timeDiary' },
  }),
  fact('correct-measure', '2025-03-02T09:00:00Z', ['measure-2'], LEAD, 'CorrectMeasurement', {
    ...metric,
    measurementId: 'm3',
    supersedes: 'm2',
    value: 25,
    reason: 'Typed 52 for 25',
  }),
];

/**
 * A recording order the domain allows: facts in the order given by `preference` (a permutation of
 * their ids), each held back until everything it must follow has been recorded.
 */
export const legalOrder = (preference: readonly string[]): Fact[] => {
  const pending = preference.map((id) => PROGRAMME_FACTS.find((candidate) => candidate.id === id)!);
  const done = new Set<string>();
  const order: Fact[] = [];
  while (pending.length > 0) {
    const next = pending.findIndex((candidate) => candidate.after.every((id) => done.has(id)));
    const [chosen] = pending.splice(next, 1);
    order.push(chosen!);
    done.add(chosen!.id);
  }
  return order;
};
