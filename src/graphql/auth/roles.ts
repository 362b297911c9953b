/** The roles a token may carry, and the groups of them that the command table gives rights to. */
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
