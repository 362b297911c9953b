/**
 * Who may do what. A caller's token gives an actor id and roles; recording roles act only within
 * the programmes they are participants of, admins manage programmes anywhere.
 */
import type { LedgerCommand } from '../../domain/ledger';
import type { Programme } from '../../domain/programme/state';
import { ForbiddenError } from '../../domain/shared/errors';

export const CALLER_ROLES = [
  'practitioner',
  'leader',
  'facilitator',
  'evaluator',
  'auditor',
  'admin',
] as const;
export type CallerRole = (typeof CALLER_ROLES)[number];

/** The authenticated caller: from a token, never from a request body. */
export interface Caller {
  readonly actorId: string;
  readonly roles: readonly CallerRole[];
  /** How the caller proved who they are (for logs): an API key's id, or "jwt". */
  readonly credential: string;
  /** The programmes the token is limited to; absent for a token that reaches every programme. */
  readonly programmes?: readonly string[];
  /** When a JSON Web Token stops being accepted: live subscriptions end then. */
  readonly expiresAt?: Date;
}

const RECORDERS: readonly CallerRole[] = ['practitioner', 'leader', 'facilitator'];
const LEADS: readonly CallerRole[] = ['leader', 'facilitator'];
/** A wrong occurred date is corrected by those who steer the programme, or an admin. */
const CORRECTORS: readonly CallerRole[] = ['admin', 'leader', 'facilitator'];

/** The roles that may record each command. A new command does not compile until it is given its rights. */
export const RECORDING_RIGHTS: { readonly [T in LedgerCommand['type']]: readonly CallerRole[] } = {
  LaunchProgramme: ['admin'],
  DefineTheoryOfChange: LEADS,
  SetVision: LEADS,
  ReviseVision: LEADS,
  AdoptSimpleRule: LEADS,
  EnrolTeam: ['admin', 'facilitator'],
  JoinParticipant: ['admin', 'facilitator'],
  RecordParticipantLeft: ['admin', 'facilitator'],
  DefineOutcome: LEADS,
  DefineMetric: LEADS,
  StartPhase: LEADS,
  CompletePhase: LEADS,
  CloseProgramme: ['admin', 'leader'],
  IdentifyBarrier: RECORDERS,
  RescopeBarrier: LEADS,
  ResolveBarrier: LEADS,
  ProposeSmallChange: RECORDERS,
  AgreeSmallChange: LEADS,
  DeclineSmallChange: LEADS,
  ImplementSmallChange: RECORDERS,
  ReviewSmallChange: RECORDERS,
  AdaptSmallChange: RECORDERS,
  RevertSmallChange: RECORDERS,
  EscalateSmallChange: LEADS,
  HoldReview: LEADS,
  RecordInsight: RECORDERS,
  RecordDecision: LEADS,
  DesignExperiment: LEADS,
  StartExperiment: LEADS,
  AdaptExperiment: LEADS,
  ConcludeExperiment: LEADS,
  StopExperiment: LEADS,
  DraftBlueprint: LEADS,
  DeriveBlueprint: LEADS,
  AddBlueprintCoOwner: LEADS,
  AddBlueprintElement: RECORDERS,
  ReviseBlueprintElement: RECORDERS,
  RemoveBlueprintElement: RECORDERS,
  PublishBlueprintVersion: LEADS,
  RecordMeasurement: LEADS,
  CorrectMeasurement: LEADS,
  RecordSurveyRound: LEADS,
  CorrectProgrammeDate: CORRECTORS,
  CorrectBarrierDate: CORRECTORS,
  CorrectSmallChangeDate: CORRECTORS,
  CorrectReviewDate: CORRECTORS,
  CorrectExperimentDate: CORRECTORS,
  CorrectBlueprintDate: CORRECTORS,
  CorrectMeasurementDate: CORRECTORS,
  CorrectSurveyRoundDate: CORRECTORS,
};

const list = (roles: readonly string[]) =>
  roles.length > 1 ? `${roles.slice(0, -1).join(', ')} or ${roles.at(-1)}` : (roles[0] ?? 'nobody');

/** Words for a command type in a message: "AgreeSmallChange" → "agree small change". */
export const commandWords = (type: string): string => type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * The role the caller records this command in: the first of their roles with the right to it.
 * Throws ForbiddenError naming the roles that have the right.
 */
export const actingRole = (caller: Caller, commandType: LedgerCommand['type']): CallerRole => {
  const allowed = RECORDING_RIGHTS[commandType];
  const role = caller.roles.find((candidate) => allowed.includes(candidate));
  if (!role) {
    throw new ForbiddenError(
      'RoleMayRecord',
      `Your roles (${caller.roles.join(', ') || 'none'}) may not ${commandWords(commandType)}; it needs ${list(allowed)}`,
    );
  }
  return role;
};

/**
 * Recording roles act within programmes they take part in: the actor must be an active participant
 * of the programme, as its own stream tells it. Admins manage every programme.
 */
export const membershipCheck =
  (caller: Caller, role: CallerRole) =>
  (programme: Programme): void => {
    // A programme that does not exist is for the decision to refuse, as not found.
    if (role === 'admin' || programme.status === 'None') return;
    if (!programme.participants[caller.actorId]?.active) {
      throw new ForbiddenError(
        'ParticipantOfProgramme',
        `${caller.actorId} is not an active participant of this programme, so may not record in it as ${role}`,
      );
    }
  };

/** Reading rights: every role reads dashboards and evaluations; the raw history is for auditors and admins. */
export const READ_ROLES = {
  reader: CALLER_ROLES,
  history: ['auditor', 'admin'],
  admin: ['admin'],
} as const satisfies Record<string, readonly CallerRole[]>;

/**
 * Auditing: every reader may fetch the signed digest, the public key and consistency proofs
 * (hashes only); events with their proofs, the access record and fresh heads are for auditors and
 * admins; redacting a field of an event is for admins only.
 */
export const AUDIT_RIGHTS = {
  digest: CALLER_ROLES,
  proofs: ['auditor', 'admin'],
  accessRecord: ['auditor', 'admin'],
  signTreeHead: ['auditor', 'admin'],
  redactEventFields: ['admin'],
} as const satisfies Record<string, readonly CallerRole[]>;
