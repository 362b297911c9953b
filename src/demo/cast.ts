/**
 * The demo programme's cast. Harrowmere, its teams and its people are invented; nothing here is
 * about real children, families or staff. Names reach the ledger only through the register.
 */
import type { CallerRole } from '../graphql/auth/roles';
import type { Level, ParticipantRole } from '../domain/programme/events';

export const DEMO_PROGRAMME = 'programme-harrowmere';

export const DEMO_TEAMS = {
  frontDoor: { teamId: 'team-front-door', name: 'Front door and assessment', kind: 'statutory' },
  adolescents: { teamId: 'team-adolescents', name: 'Adolescent safety', kind: 'specialist' },
} as const;

interface CastMember {
  readonly displayName: string;
  readonly role: ParticipantRole;
  readonly level: Level;
  readonly teamId?: string;
}

export const DEMO_PEOPLE = {
  ines: {
    displayName: 'Ines Marlowe',
    role: 'socialWorker',
    level: 'practitioner',
    teamId: DEMO_TEAMS.frontDoor.teamId,
  },
  kofi: {
    displayName: 'Kofi Adair',
    role: 'socialWorker',
    level: 'practitioner',
    teamId: DEMO_TEAMS.adolescents.teamId,
  },
  rhea: {
    displayName: 'Rhea Lindqvist',
    role: 'practiceSupervisor',
    level: 'practitioner',
    teamId: DEMO_TEAMS.frontDoor.teamId,
  },
  marcus: {
    displayName: 'Marcus Penhale',
    role: 'teamManager',
    level: 'manager',
    teamId: DEMO_TEAMS.frontDoor.teamId,
  },
  olu: {
    displayName: 'Olu Brennan',
    role: 'teamManager',
    level: 'manager',
    teamId: DEMO_TEAMS.adolescents.teamId,
  },
  grace: { displayName: 'Grace Tamsin', role: 'director', level: 'seniorLeader' },
  sam: { displayName: 'Sam Ferrow', role: 'coach', level: 'external' },
} as const satisfies Record<string, CastMember>;

/**
 * The second demo programme: Oakbrook, another invented authority, adapts Harrowmere's
 * published blueprint (spreading is adapting). One team, three people.
 */
export const OAKBROOK_PROGRAMME = 'programme-oakbrook';

export const OAKBROOK_TEAM = {
  teamId: 'team-oakbrook-family-support',
  name: 'Family support',
  kind: 'statutory',
} as const;

export const OAKBROOK_PEOPLE = {
  nadia: {
    displayName: 'Nadia Quell',
    role: 'socialWorker',
    level: 'practitioner',
    teamId: OAKBROOK_TEAM.teamId,
  },
  owen: { displayName: 'Owen Hartley', role: 'teamManager', level: 'manager', teamId: OAKBROOK_TEAM.teamId },
  priya: { displayName: 'Priya Coombe', role: 'director', level: 'seniorLeader' },
} as const satisfies Record<string, CastMember>;

/** The programmes the demo records, Harrowmere first: a ledger holding only these is the demo's. */
export const DEMO_PROGRAMMES: readonly string[] = [DEMO_PROGRAMME, OAKBROOK_PROGRAMME];

/** Everyone in the demo, in either programme. */
export const DEMO_CAST = { ...DEMO_PEOPLE, ...OAKBROOK_PEOPLE };

export type DemoPerson = keyof typeof DEMO_CAST;
export const personId = (person: DemoPerson): string => `person-${person}`;

/**
 * One API key per caller role, each for a demo actor: recording roles are participants of the
 * programme, the others are not (evaluators and auditors read, the admin manages).
 */
export const DEMO_CALLERS: readonly { readonly role: CallerRole; readonly actorId: string }[] = [
  { role: 'practitioner', actorId: personId('ines') },
  { role: 'leader', actorId: personId('grace') },
  { role: 'facilitator', actorId: personId('sam') },
  { role: 'evaluator', actorId: 'evaluator-demo' },
  { role: 'auditor', actorId: 'auditor-demo' },
  { role: 'admin', actorId: 'admin-demo' },
];
