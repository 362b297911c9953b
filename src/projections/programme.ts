/**
 * The programme document: what the programme is (phases, vision, teams, participants, metrics)
 * and running tallies of everything in it, kept as events arrive so a dashboard reads one document.
 */
import type { BarrierScope } from '../domain/barrier/events';
import type { ExperimentResult } from '../domain/experiment/events';
import type { ProgrammeEvent, SmallChangeTarget, TeamKind } from '../domain/programme/events';
import type { Participant } from '../domain/programme/state';
import type { ReviewKind } from '../domain/review/events';
import { unhandled } from '../domain/shared/command';
import type { BarrierStatus } from './barriers';
import type { ExperimentStatus } from './experiments';
import { whenOf, type LedgerRecord, type When } from './ledgerRecord';
import { correctedBy } from './redate';
import type { SmallChangeStatus } from './smallChanges';

export type Counts<K extends string> = Partial<Record<K, number>>;

export interface Phase {
  readonly phaseId: string;
  readonly name: string;
  readonly status: 'notStarted' | 'inProgress' | 'completed';
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  readonly summary: string | null;
  /** The events that dated the start and the completion (a correction of either moves the date). */
  readonly startedEventId: string | null;
  readonly completedEventId: string | null;
}

/** A review as the overview counts it. */
export interface ReviewHeld {
  readonly reviewId: string;
  readonly kind: ReviewKind;
  readonly heldAt: string;
  readonly heldEventId: string;
  readonly decisions: number;
}

/** A participant as the programme knows them: id, team, role and level, never a name. */
export type { Participant };

/** A spell in one team (null: in none), from the step that began it. */
export interface TeamSpell {
  readonly teamId: string | null;
  readonly since: When;
  /** Why they moved; null for the team they joined in, or a move without one. */
  readonly reason: string | null;
}

/** A participant with when they joined and left, and every team they have been in. */
export interface ParticipantDocument extends Participant {
  readonly joined: When;
  readonly left: (When & { readonly reason: string | null }) | null;
  readonly teamHistory: readonly TeamSpell[];
}

export interface Tallies {
  readonly smallChangesByTeam: Readonly<Record<string, Counts<SmallChangeStatus>>>;
  /** Per team, how many small changes were implemented on each day: enough to count against any target window. */
  readonly implementationsByTeamAndDay: Readonly<Record<string, Counts<string>>>;
  readonly smallChangesProposed: number;
  readonly smallChangesProposedByPractitioners: number;
  readonly experimentsByStatus: Counts<ExperimentStatus>;
  readonly experimentsByResult: Counts<ExperimentResult>;
  readonly barriersByScope: Readonly<Record<BarrierScope, Counts<BarrierStatus>>>;
  readonly reviewsHeld: number;
  readonly decisionsRecorded: number;
  /** The latest review held (kept as reviews arrive; see latestReview). */
  readonly lastReview: ReviewHeld | null;
}

export interface ProgrammeDocument {
  readonly programmeId: string;
  readonly name: string;
  readonly localAuthority: string;
  readonly scope: string;
  readonly startDate: string;
  readonly plannedDurationMonths: number;
  readonly launched: When;
  readonly status: 'active' | 'closed';
  readonly closed: (When & { readonly closedAt: string; readonly summary: string }) | null;
  readonly phases: readonly Phase[];
  readonly vision: {
    readonly statement: string;
    readonly coAuthorIds: readonly string[];
    readonly revisions: number;
    readonly lastRationale: string | null;
    readonly since: string;
    readonly sinceEventId: string;
  } | null;
  readonly theoryOfChange: {
    readonly problem: string;
    readonly intendedChange: string;
    readonly assumptions: readonly string[];
  } | null;
  readonly simpleRules: readonly string[];
  readonly teams: readonly { readonly teamId: string; readonly name: string; readonly kind: TeamKind }[];
  readonly participants: readonly ParticipantDocument[];
  readonly outcomes: readonly { readonly outcomeId: string; readonly title: string }[];
  readonly metricIds: readonly string[];
  readonly smallChangeTarget: SmallChangeTarget | null;
  readonly tallies: Tallies;
  /** Log position of the last event applied to anything in this programme. */
  readonly lastPosition: string;
  readonly lastRecordedAt: string;
}

const noTallies: Tallies = {
  smallChangesByTeam: {},
  implementationsByTeamAndDay: {},
  smallChangesProposed: 0,
  smallChangesProposedByPractitioners: 0,
  experimentsByStatus: {},
  experimentsByResult: {},
  barriersByScope: { local: {}, national: {} },
  reviewsHeld: 0,
  decisionsRecorded: 0,
  lastReview: null,
};

/** The latest review held (of two on the same date, the one recorded last). */
export const latestReview = (reviews: readonly ReviewHeld[]): ReviewHeld | null =>
  reviews.reduce<ReviewHeld | null>(
    (latest, review) => (!latest || review.heldAt >= latest.heldAt ? review : latest),
    null,
  );

/** Moves one item from one count to another (either side may be absent). */
export const moved = <K extends string>(
  counts: Counts<K>,
  from: K | undefined,
  to: K | undefined,
): Counts<K> => {
  if (from === to) return counts;
  const next: Counts<K> = { ...counts };
  if (from !== undefined) next[from] = (next[from] ?? 0) - 1;
  if (to !== undefined) next[to] = (next[to] ?? 0) + 1;
  // A count that falls to zero is dropped, so documents say only what is there.
  if (from !== undefined && next[from] === 0) delete next[from];
  return next;
};

const withPhase = (document: ProgrammeDocument, phaseId: string, change: Partial<Phase>): readonly Phase[] =>
  document.phases.map((phase) => (phase.phaseId === phaseId ? { ...phase, ...change } : phase));

type Ev<T extends ProgrammeEvent['type']> = Extract<ProgrammeEvent, { type: T }>;

const launchedDocument = (
  event: Ev<'ProgrammeLaunched'>,
  record: LedgerRecord,
  when: When,
): ProgrammeDocument => {
  const { phases, ...launched } = event.data;
  return {
    ...launched,
    launched: when,
    status: 'active',
    closed: null,
    phases: phases.map(({ phaseId, name }) => ({
      phaseId,
      name,
      status: 'notStarted',
      startedAt: null,
      completedAt: null,
      summary: null,
      startedEventId: null,
      completedEventId: null,
    })),
    vision: null,
    theoryOfChange: null,
    simpleRules: [],
    teams: [],
    participants: [],
    outcomes: [],
    metricIds: [],
    tallies: noTallies,
    lastPosition: record.position.toString(),
    lastRecordedAt: when.recordedAt,
  };
};

/** The programme's direction: its theory of change, its vision (with its revisions) and its simple rules. */
const evolveDirection = (
  document: ProgrammeDocument,
  event: Ev<'TheoryOfChangeDefined' | 'VisionSet' | 'VisionRevised' | 'SimpleRuleAdopted'>,
  when: When,
): ProgrammeDocument => {
  switch (event.type) {
    case 'TheoryOfChangeDefined': {
      const { problem, intendedChange, assumptions } = event.data;
      return { ...document, theoryOfChange: { problem, intendedChange, assumptions } };
    }
    case 'VisionSet':
    case 'VisionRevised': {
      const revised = event.type === 'VisionRevised';
      const vision = {
        statement: event.data.statement,
        coAuthorIds: event.data.coAuthorIds,
        revisions: revised ? (document.vision?.revisions ?? 0) + 1 : 0,
        lastRationale: event.type === 'VisionRevised' ? event.data.rationale : null,
        since: when.occurredAt,
        sinceEventId: when.eventId,
      };
      return { ...document, vision };
    }
    case 'SimpleRuleAdopted':
      return { ...document, simpleRules: [...document.simpleRules, event.data.rule] };
    default:
      return unhandled(event);
  }
};

const withParticipant = (
  document: ProgrammeDocument,
  participantId: string,
  change: (participant: ParticipantDocument) => ParticipantDocument,
): ProgrammeDocument => ({
  ...document,
  participants: document.participants.map((p) => (p.participantId === participantId ? change(p) : p)),
});

/** Who takes part: teams enrolled, and participants joining, leaving and moving team. */
const evolveMembership = (
  document: ProgrammeDocument,
  event: Ev<'TeamEnrolled' | 'ParticipantJoined' | 'ParticipantLeft' | 'ParticipantMovedTeam'>,
  when: When,
): ProgrammeDocument => {
  switch (event.type) {
    case 'TeamEnrolled': {
      const { teamId, name, kind } = event.data;
      return { ...document, teams: [...document.teams, { teamId, name, kind }] };
    }
    case 'ParticipantJoined': {
      const { participantId, teamId, role, level } = event.data;
      const participant: ParticipantDocument = {
        participantId,
        teamId,
        role,
        level,
        active: true,
        joined: when,
        left: null,
        teamHistory: [{ teamId, since: when, reason: null }],
      };
      return { ...document, participants: [...document.participants, participant] };
    }
    case 'ParticipantLeft':
      return withParticipant(document, event.data.participantId, (p) => ({
        ...p,
        active: false,
        left: { ...when, reason: event.data.reason },
      }));
    case 'ParticipantMovedTeam':
      return withParticipant(document, event.data.participantId, (p) => movedTeam(p, event, when));
    default:
      return unhandled(event);
  }
};

const evolvePhases = (
  document: ProgrammeDocument,
  event: Ev<'PhaseStarted' | 'PhaseCompleted'>,
  when: When,
): ProgrammeDocument => {
  const change: Partial<Phase> =
    event.type === 'PhaseStarted'
      ? { status: 'inProgress', startedAt: when.occurredAt, startedEventId: when.eventId }
      : {
          status: 'completed',
          completedAt: when.occurredAt,
          completedEventId: when.eventId,
          summary: event.data.summary,
        };
  return { ...document, phases: withPhase(document, event.data.phaseId, change) };
};

export const evolveProgramme = (
  document: ProgrammeDocument | undefined,
  event: ProgrammeEvent,
  record: LedgerRecord,
): ProgrammeDocument | undefined => {
  const when = whenOf(record);
  if (event.type === 'ProgrammeLaunched') return launchedDocument(event, record, when);
  if (!document) return undefined;
  switch (event.type) {
    case 'TheoryOfChangeDefined':
    case 'VisionSet':
    case 'VisionRevised':
    case 'SimpleRuleAdopted':
      return evolveDirection(document, event, when);
    case 'TeamEnrolled':
    case 'ParticipantJoined':
    case 'ParticipantLeft':
    case 'ParticipantMovedTeam':
      return evolveMembership(document, event, when);
    case 'OutcomeDefined': {
      const { outcomeId, title } = event.data;
      return { ...document, outcomes: [...document.outcomes, { outcomeId, title }] };
    }
    case 'MetricDefined':
      return { ...document, metricIds: [...document.metricIds, event.data.metricId] };
    case 'PhaseStarted':
    case 'PhaseCompleted':
      return evolvePhases(document, event, when);
    case 'ProgrammeClosed': {
      const { summary } = event.data;
      return { ...document, status: 'closed', closed: { ...when, closedAt: when.occurredAt, summary } };
    }
    case 'OccurredDateCorrected':
      return correctedBy(document, event);
    default:
      return unhandled(event);
  }
};

/** The participant once they moved team: their team now, and one more spell in their team history. */
const movedTeam = (
  participant: ParticipantDocument,
  event: Ev<'ParticipantMovedTeam'>,
  when: When,
): ParticipantDocument => ({
  ...participant,
  teamId: event.data.toTeamId,
  teamHistory: [
    ...participant.teamHistory,
    { teamId: event.data.toTeamId, since: when, reason: event.data.reason },
  ],
});

export const participantIn = (document: ProgrammeDocument | undefined, participantId: string) =>
  document?.participants.find((participant) => participant.participantId === participantId);
