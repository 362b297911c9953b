/**
 * The demo is written as dated steps, each a command as the person who would record it would
 * send it. Chapters are written separately and merged in business-date order before recording.
 */
import type { CallerRole } from '../graphql/auth/roles';
import { DEMO_CAST, DEMO_PROGRAMME, personId, type DemoPerson } from './cast';

export interface DemoStep {
  /** Business date (YYYY-MM-DD). */
  readonly on: string;
  /** A person of the cast, or the demo admin. */
  readonly by: DemoPerson | 'admin';
  readonly type: string;
  readonly data: Record<string, unknown>;
  /** Names the step, so that a later one can point at the event it recorded (see `eventOf`). */
  readonly label?: string;
  /** When it is entered in the ledger, when later than it occurred (a baseline from before the launch). */
  readonly enteredOn?: string;
}

/** In a step's data: the id of the event a labelled step recorded (a date correction points at it). */
export interface EventOf {
  readonly eventOf: string;
}
export const eventOf = (label: string): EventOf => ({ eventOf: label });

export const step = (
  on: string,
  by: DemoPerson | 'admin',
  type: string,
  data: Record<string, unknown> = {},
): DemoStep => ({ on, by, type, data: { programmeId: DEMO_PROGRAMME, ...data } });

const ROLE_OF_LEVEL: Record<string, CallerRole> = {
  practitioner: 'practitioner',
  manager: 'leader',
  seniorLeader: 'leader',
  external: 'facilitator',
};

/** The actor in the events' metadata: the role is the one their token would carry. */
export const actorOf = (by: DemoStep['by']): { id: string; role: CallerRole } =>
  by === 'admin'
    ? { id: 'admin-demo', role: 'admin' }
    : { id: personId(by), role: ROLE_OF_LEVEL[DEMO_CAST[by].level] ?? 'practitioner' };

export const ids = (...people: DemoPerson[]): string[] => people.map(personId);

/** Steps in the order they are entered (their business dates, unless entered later); ties keep their order. */
export const inDateOrder = (...chapters: readonly DemoStep[][]): DemoStep[] =>
  chapters.flat().sort((a, b) => (a.enteredOn ?? a.on).localeCompare(b.enteredOn ?? b.on));
