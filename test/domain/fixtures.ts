/**
 * A fictional programme (invented LA, teams and people) used across the domain tests.
 */
import { barrierAggregate } from '../../src/domain/barrier';
import type { BarrierEvent } from '../../src/domain/barrier/events';
import type { Barrier } from '../../src/domain/barrier/state';
import { noFacts, type Facts } from '../../src/domain/facts';
import { programmeAggregate } from '../../src/domain/programme';
import { DEFAULT_PHASES, type ProgrammeEvent } from '../../src/domain/programme/events';
import type { Programme } from '../../src/domain/programme/state';
import type { AnyCommand, CommandContext } from '../../src/domain/shared/command';
import { foldEvents } from './givenWhenThen';

export const P = 'programme-fenmoor';
export const DUTY_TEAM = 'team-duty';
export const EXPLOITATION_TEAM = 'team-exploitation';
/** Participants by level. */
export const SW1 = 'person-sw1';
export const SW2 = 'person-sw2';
export const MANAGER = 'person-tm1';
export const DIRECTOR = 'person-dir1';
export const LEFT = 'person-left';
export const METRIC = 'metric-time-with-families';
export const OUTCOME = 'outcome-more-time';
export const LOCAL_BARRIER = 'barrier-duplicate-recording';
export const NATIONAL_BARRIER = 'barrier-statutory-timescales';

export const context = (occurredAt = '2022-03-14T10:00:00.000Z'): CommandContext => ({
  occurredAt,
  recordedAt: '2022-03-21T09:00:00.000Z',
  actor: { id: MANAGER, role: 'leader' },
});

export const launched: ProgrammeEvent = {
  type: 'ProgrammeLaunched',
  data: {
    programmeId: P,
    name: 'Fenmoor time with families',
    localAuthority: 'Fenmoor County Council',
    scope: 'Two statutory teams and the exploitation team',
    startDate: '2021-09-01',
    plannedDurationMonths: 18,
    phases: [...DEFAULT_PHASES],
    smallChangeTarget: { count: 10, withinWeeks: 8 },
  },
};

const joined = (
  participantId: string,
  role: string,
  level: string,
  teamId: string | null = DUTY_TEAM,
): ProgrammeEvent =>
  ({
    type: 'ParticipantJoined',
    data: { programmeId: P, participantId, teamId, role, level },
  }) as ProgrammeEvent;

export const programmeHistory: ProgrammeEvent[] = [
  launched,
  {
    type: 'TeamEnrolled',
    data: { programmeId: P, teamId: DUTY_TEAM, name: 'Duty and assessment', kind: 'statutory' },
  },
  {
    type: 'TeamEnrolled',
    data: { programmeId: P, teamId: EXPLOITATION_TEAM, name: 'Exploitation', kind: 'specialist' },
  },
  joined(SW1, 'socialWorker', 'practitioner'),
  joined(SW2, 'socialWorker', 'practitioner', EXPLOITATION_TEAM),
  joined(MANAGER, 'teamManager', 'manager'),
  joined(DIRECTOR, 'director', 'seniorLeader', null),
  joined(LEFT, 'socialWorker', 'practitioner'),
  { type: 'ParticipantLeft', data: { programmeId: P, participantId: LEFT, reason: null } },
  {
    type: 'OutcomeDefined',
    data: { programmeId: P, outcomeId: OUTCOME, title: 'More time with children and families' },
  },
  {
    type: 'MetricDefined',
    data: {
      programmeId: P,
      metricId: METRIC,
      outcomeId: OUTCOME,
      name: '% of time with families',
      unit: '%',
      direction: 'higherIsBetter',
      baseline: 20,
      target: 30,
      cadence: 'fortnightly',
      howWouldWeKnow: 'Fortnightly practitioner survey',
    },
  },
];

export const programmeState = (events: readonly ProgrammeEvent[] = programmeHistory): Programme =>
  foldEvents(programmeAggregate, events);

export const barrierIdentified = (
  barrierId: string,
  scope: 'local' | 'national',
  programmeId = P,
): BarrierEvent => ({
  type: 'BarrierIdentified',
  data: {
    barrierId,
    programmeId,
    title: scope === 'local' ? 'Duplicate recording' : 'Statutory assessment timescales',
    description: 'Found while proposing small changes',
    kind: scope === 'local' ? 'process' : 'rule',
    scope,
    source: { kind: 'sensemaking' },
    identifiedBy: [SW1],
  },
});

export const barrierState = (...events: BarrierEvent[]): Barrier => foldEvents(barrierAggregate, events);

/** The programme, with its local and national barrier known. */
export const programmeFacts = (overrides: Partial<Facts> = {}): Facts => ({
  ...noFacts(programmeState()),
  barriers: new Map([
    [LOCAL_BARRIER, barrierState(barrierIdentified(LOCAL_BARRIER, 'local'))],
    [NATIONAL_BARRIER, barrierState(barrierIdentified(NATIONAL_BARRIER, 'national'))],
  ]),
  ...overrides,
});

/** Builds commands of one aggregate for this programme: commandsOf<SmallChangeCommand>()('AgreeSmallChange', {...}). */
export const commandsOf =
  <C extends AnyCommand>() =>
  <T extends C['type']>(
    type: T,
    data: Omit<Extract<C, { type: T }>['data'], 'programmeId'>,
    occurredAt?: string,
  ) =>
    ({ type, data: { programmeId: P, ...data }, context: context(occurredAt) }) as unknown as Extract<
      C,
      { type: T }
    >;
