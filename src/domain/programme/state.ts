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

const evolveFacts = (state: Programme, event: ProgrammeEvent): Programme => {
  if (event.type === 'ProgrammeLaunched') {
    const { programmeId, name, localAuthority, startDate, phases, smallChangeTarget } = event.data;
    return {
      status: 'Active',
      id: programmeId,
      name,
      localAuthority,
      startDate,
      smallChangeTarget,
      phases: phases.map((phase) => ({ ...phase, status: 'NotStarted' })),
      vision: null,
      hasTheoryOfChange: false,
      teams: {},
      participants: {},
      outcomes: {},
      metrics: {},
      steps: [],
    };
  }
  if (state.status === 'None') return state;
  switch (event.type) {
    case 'TheoryOfChangeDefined':
      return { ...state, hasTheoryOfChange: true };
    case 'VisionSet':
    case 'VisionRevised':
      return { ...state, vision: { statement: event.data.statement, coAuthorIds: event.data.coAuthorIds } };
    case 'SimpleRuleAdopted':
      return state;
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
    case 'ParticipantLeft': {
      const left = state.participants[event.data.participantId];
      if (!left) return state;
      return {
        ...state,
        participants: { ...state.participants, [left.participantId]: { ...left, active: false } },
      };
    }
    case 'ParticipantMovedTeam': {
      const moved = state.participants[event.data.participantId];
      if (!moved) return state;
      return {
        ...state,
        participants: {
          ...state.participants,
          [moved.participantId]: { ...moved, teamId: event.data.toTeamId },
        },
      };
    }
    case 'OutcomeDefined':
      return {
        ...state,
        outcomes: { ...state.outcomes, [event.data.outcomeId]: { title: event.data.title } },
      };
    case 'MetricDefined': {
      const { programmeId: _programmeId, ...metric } = event.data;
      return { ...state, metrics: { ...state.metrics, [metric.metricId]: metric } };
    }
    case 'PhaseStarted':
      return {
        ...state,
        phases: withPhase(state, event.data.phaseId, { status: 'Started', startedAt: event.data.startedAt }),
      };
    case 'PhaseCompleted':
      return {
        ...state,
        phases: withPhase(state, event.data.phaseId, {
          status: 'Completed',
          completedAt: event.data.completedAt,
        }),
      };
    case 'ProgrammeClosed':
      return { ...state, status: 'Closed' };
    case 'OccurredDateCorrected':
      return state;
    default:
      return unhandled(event);
  }
};
