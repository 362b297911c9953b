/**
 * Blueprint elements implemented, not only planned. Besides its content, an element moves through
 * planned → in progress → implemented; it may be paused (and resumed) and retired. Each step is a
 * dated event of the blueprint's stream, in a thread of its own per element (`implementation:<id>`).
 *
 * DOMAIN: a retired element is a failure that teaches: its retirement carries the rationale, what
 * was learnt and what was done next, and nothing more happens to its implementation afterwards.
 */
import type { Command, Event } from '../shared/command';

export const IMPLEMENTATION_STATUSES = ['planned', 'inProgress', 'implemented', 'paused', 'retired'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

type E<T> = { programmeId: string; elementId: string } & T;

export type ElementImplementationCommand =
  /** Who owns the element's implementation and when it is planned to start and be done (a re-plan says why). */
  | Command<
      'PlanElementImplementation',
      E<{ ownerId: string; plannedStartOn?: string; plannedImplementedBy?: string; rationale?: string }>
    >
  | Command<'StartElementImplementation', E<object>>
  | Command<'PauseElementImplementation', E<{ rationale: string }>>
  | Command<'ResumeElementImplementation', E<{ rationale?: string }>>
  | Command<'CompleteElementImplementation', E<{ summary: string }>>
  | Command<'RetireBlueprintElement', E<{ rationale: string; learning: string; nextStep: string }>>;

export type ElementImplementationEvent =
  | Event<
      'ElementImplementationPlanned',
      E<{
        ownerId: string;
        plannedStartOn: string | null;
        plannedImplementedBy: string | null;
        rationale: string | null;
      }>
    >
  | Event<'ElementImplementationStarted', E<object>>
  | Event<'ElementImplementationPaused', E<{ rationale: string }>>
  | Event<'ElementImplementationResumed', E<{ rationale: string | null }>>
  | Event<'ElementImplemented', E<{ summary: string }>>
  | Event<'BlueprintElementRetired', E<{ rationale: string; learning: string; nextStep: string }>>;

export const ELEMENT_IMPLEMENTATION_COMMAND_TYPES: readonly ElementImplementationCommand['type'][] = [
  'PlanElementImplementation',
  'StartElementImplementation',
  'PauseElementImplementation',
  'ResumeElementImplementation',
  'CompleteElementImplementation',
  'RetireBlueprintElement',
];

export const ELEMENT_IMPLEMENTATION_EVENT_TYPES: readonly ElementImplementationEvent['type'][] = [
  'ElementImplementationPlanned',
  'ElementImplementationStarted',
  'ElementImplementationPaused',
  'ElementImplementationResumed',
  'ElementImplemented',
  'BlueprintElementRetired',
];

/** The status each implementation event leaves the element in (a plan leaves it where it was). */
export const statusAfter = (
  event: ElementImplementationEvent,
  before: ImplementationStatus,
): ImplementationStatus => {
  switch (event.type) {
    case 'ElementImplementationPlanned':
      return before;
    case 'ElementImplementationStarted':
    case 'ElementImplementationResumed':
      return 'inProgress';
    case 'ElementImplementationPaused':
      return 'paused';
    case 'ElementImplemented':
      return 'implemented';
    case 'BlueprintElementRetired':
      return 'retired';
  }
};

/** What the blueprint's state keeps of an element's implementation: enough to decide the next step. */
export interface ImplementationState {
  readonly status: ImplementationStatus;
  readonly ownerId: string | null;
  readonly planned: boolean;
}

export const NOT_STARTED: ImplementationState = { status: 'planned', ownerId: null, planned: false };

export const evolveImplementation = (
  state: ImplementationState,
  event: ElementImplementationEvent,
): ImplementationState =>
  event.type === 'ElementImplementationPlanned'
    ? { ...state, ownerId: event.data.ownerId, planned: true }
    : { ...state, status: statusAfter(event, state.status) };
