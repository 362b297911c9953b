import { unhandled } from '../shared/command';
import { stepOf, type Occurrence, type Step } from '../shared/businessTime';
import { stepsCorrectedBy, type OccurredDateCorrected } from '../shared/dateCorrection';
import type {
  Level,
  MetricDefinition,
  ParticipantRole,
  PhaseDefinition,
  ProgrammeEvent,
  SmallChangeTarget,
  TeamKind,
} from './events';
import { programmeTime } from './time';

export interface Phase extends PhaseDefinition {
  readonly status: 'NotStarted' | 'Started' | 'Completed';
  readonly startedAt?: string;
  readonly completedAt?: string;
}

export interface Participant {
  readonly participantId: string;
  readonly teamId: string | null;
  readonly role: ParticipantRole;
  readonly level: Level;
  readonly active: boolean;
}

export interface ProgrammeDetails {
  readonly id: string;
  readonly name: string;
  readonly localAuthority: string;
  readonly startDate: string;
  readonly smallChangeTarget: SmallChangeTarget | null;
  readonly phases: readonly Phase[];
  readonly vision: { readonly statement: string; readonly coAuthorIds: readonly string[] } | null;
  readonly hasTheoryOfChange: boolean;
  readonly teams: Readonly<Record<string, { readonly name: string; readonly kind: TeamKind }>>;
  readonly participants: Readonly<Record<string, Participant>>;
  readonly outcomes: Readonly<Record<string, { readonly title: string }>>;
  readonly metrics: Readonly<Record<string, MetricDefinition>>;
  /** Every fact of the programme's own stream, with when it occurred (corrections applied). */
  readonly steps: readonly Step[];
}

export type Programme =
  { readonly status: 'None' } | ({ readonly status: 'Active' | 'Closed' } & ProgrammeDetails);

export const initialProgramme: Programme = { status: 'None' };

const withPhase = (state: ProgrammeDetails, phaseId: string, change: Partial<Phase>): Phase[] =>
  state.phases.map((phase) => (phase.phaseId === phaseId ? { ...phase, ...change } : phase));

/** A corrected phase start or completion moves the phase's date too. */
const corrected = (state: ProgrammeDetails, event: OccurredDateCorrected): ProgrammeDetails => {
  const steps = stepsCorrectedBy(state.steps, event);
  const step = steps.find((candidate) => candidate.eventId === event.data.eventId);
  if (!step?.thread.startsWith('phase:')) return { ...state, steps };
  const phaseId = step.thread.slice('phase:'.length);
  const date =
    step.type === 'PhaseStarted' ? { startedAt: step.occurredAt } : { completedAt: step.occurredAt };
  return { ...state, steps, phases: withPhase(state, phaseId, date) };
};

export const evolveProgramme = (
  state: Programme,
  event: ProgrammeEvent,
  occurrence: Occurrence,
): Programme => {
  const next = evolveFacts(state, event);
  if (next.status === 'None') return next;
  if (event.type === 'OccurredDateCorrected') return { ...next, ...corrected(next, event) };
  return { ...next, steps: [...next.steps, stepOf(programmeTime, event, occurrence)] };
};

type Opened = Exclude<Programme, { readonly status: 'None' }>;
type Ev<T extends ProgrammeEvent['type']> = Extract<ProgrammeEvent, { type: T }>;

const launched = ({ data }: Ev<'ProgrammeLaunched'>): Programme => ({
  status: 'Active',
  id: data.programmeId,
  name: data.name,
  localAuthority: data.localAuthority,
  startDate: data.startDate,
  smallChangeTarget: data.smallChangeTarget,
  phases: data.phases.map((phase) => ({ ...phase, status: 'NotStarted' })),
  vision: null,
  hasTheoryOfChange: false,
  teams: {},
  participants: {},
  outcomes: {},
  metrics: {},
  steps: [],
});

/** The programme's direction: its theory of change, its vision and its simple rules. */
const evolveDirection = (
  state: Opened,
  event: Ev<'TheoryOfChangeDefined' | 'VisionSet' | 'VisionRevised' | 'SimpleRuleAdopted'>,
): Opened => {
  switch (event.type) {
    case 'TheoryOfChangeDefined':
      return { ...state, hasTheoryOfChange: true };
    case 'VisionSet':
    case 'VisionRevised':
      return { ...state, vision: { statement: event.data.statement, coAuthorIds: event.data.coAuthorIds } };
    case 'SimpleRuleAdopted':
      return state;
    default:
      return unhandled(event);
  }
};

/** A change to a participant already in the programme; one never seen changes nothing. */
const withParticipant = (state: Opened, participantId: string, change: Partial<Participant>): Opened => {
  const participant = state.participants[participantId];
  if (!participant) return state;
  return {
    ...state,
    participants: { ...state.participants, [participant.participantId]: { ...participant, ...change } },
  };
};

/** Who takes part: teams enrolled, participants joining, leaving and moving team. */
const evolveMembership = (
  state: Opened,
  event: Ev<'TeamEnrolled' | 'ParticipantJoined' | 'ParticipantLeft' | 'ParticipantMovedTeam'>,
): Opened => {
  switch (event.type) {
    case 'TeamEnrolled':
      return {
        ...state,
        teams: { ...state.teams, [event.data.teamId]: { name: event.data.name, kind: event.data.kind } },
      };
    case 'ParticipantJoined': {
      const { participantId, teamId, role, level } = event.data;
      const participant: Participant = { participantId, teamId, role, level, active: true };
      return { ...state, participants: { ...state.participants, [participantId]: participant } };
    }
    case 'ParticipantLeft':
      return withParticipant(state, event.data.participantId, { active: false });
    case 'ParticipantMovedTeam':
      return withParticipant(state, event.data.participantId, { teamId: event.data.toTeamId });
    default:
      return unhandled(event);
  }
};

/** What the programme measures: its outcomes and their metrics. */
const evolveOutcomes = (state: Opened, event: Ev<'OutcomeDefined' | 'MetricDefined'>): Opened => {
  if (event.type === 'OutcomeDefined')
    return { ...state, outcomes: { ...state.outcomes, [event.data.outcomeId]: { title: event.data.title } } };
  const { programmeId: _programmeId, ...metric } = event.data;
  return { ...state, metrics: { ...state.metrics, [metric.metricId]: metric } };
};

const evolvePhases = (state: Opened, event: Ev<'PhaseStarted' | 'PhaseCompleted'>): Opened => {
  const change: Partial<Phase> =
    event.type === 'PhaseStarted'
      ? { status: 'Started', startedAt: event.data.startedAt }
      : { status: 'Completed', completedAt: event.data.completedAt };
  return { ...state, phases: withPhase(state, event.data.phaseId, change) };
};

const evolveFacts = (state: Programme, event: ProgrammeEvent): Programme => {
  if (event.type === 'ProgrammeLaunched') return launched(event);
  if (state.status === 'None') return state;
  switch (event.type) {
    case 'TheoryOfChangeDefined':
    case 'VisionSet':
    case 'VisionRevised':
    case 'SimpleRuleAdopted':
      return evolveDirection(state, event);
    case 'TeamEnrolled':
    case 'ParticipantJoined':
    case 'ParticipantLeft':
    case 'ParticipantMovedTeam':
      return evolveMembership(state, event);
    case 'OutcomeDefined':
    case 'MetricDefined':
      return evolveOutcomes(state, event);
    case 'PhaseStarted':
    case 'PhaseCompleted':
      return evolvePhases(state, event);
    case 'ProgrammeClosed':
      return { ...state, status: 'Closed' };
    case 'OccurredDateCorrected':
      return state;
    default:
      return unhandled(event);
  }
};
