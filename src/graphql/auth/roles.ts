/** The caller, the roles a token may carry, and the groups of them that the command table gives rights to. */
export const CALLER_ROLES = [
  'practitioner',
  'leader',
  'facilitator',
  'evaluator',
  'auditor',
  'admin',
] as const;
export type CallerRole = (typeof CALLER_ROLES)[number];

/** Those who record the everyday work of a programme. */
export const RECORDERS: readonly CallerRole[] = ['practitioner', 'leader', 'facilitator'];
/** Those who steer a programme. */
export const LEADS: readonly CallerRole[] = ['leader', 'facilitator'];
/** A wrong occurred date is corrected by those who steer the programme, or an admin. */
export const CORRECTORS: readonly CallerRole[] = ['admin', 'leader', 'facilitator'];

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
