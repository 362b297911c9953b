/**
 * Who may do what. A caller's token gives an actor id and roles; recording roles act only within
 * the programmes they are participants of, admins manage programmes anywhere.
 */
import type { LedgerCommand } from '../../domain/ledger';
import type { Programme } from '../../domain/programme/state';
import { ForbiddenError } from '../../domain/shared/errors';
import { COMMAND_TABLE } from '../commands/table';
import { CALLER_ROLES, type Caller, type CallerRole } from './roles';

export { CALLER_ROLES, type Caller, type CallerRole } from './roles';

/** The roles that may record each command: the command table's (see graphql/commands). */
export const RECORDING_RIGHTS: { readonly [T in LedgerCommand['type']]: readonly CallerRole[] } =
  Object.fromEntries(Object.entries(COMMAND_TABLE).map(([type, row]) => [type, row.roles] as const)) as {
    readonly [T in LedgerCommand['type']]: readonly CallerRole[];
  };

const list = (roles: readonly string[]) =>
  // Stryker disable next-line StringLiteral: equivalent, every command's row names at least one role, so 'nobody' is never shown
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
