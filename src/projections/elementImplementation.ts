/**
 * Each blueprint element's implementation as the blueprint read model keeps it: its status since
 * when, its owner and plan, every dated step with its rationale, and for a retired element what was
 * learnt and what was done next (a failure that teaches, shown as plainly as a success).
 */
import type { Element } from '../domain/blueprint/events';
import {
  statusAfter,
  type ElementImplementationEvent,
  type ImplementationStatus,
} from '../domain/blueprint/implementation';
import type { When } from './ledgerRecord';

export interface ImplementationStep extends When {
  readonly status: ImplementationStatus;
  /** Why: given when re-planned, paused, resumed or retired; null otherwise. */
  readonly rationale: string | null;
  readonly recordedBy: string;
}

export interface Retirement extends When {
  readonly rationale: string;
  readonly learning: string;
  readonly nextStep: string;
  readonly recordedBy: string;
}

export interface ElementImplementation {
  readonly elementId: string;
  readonly status: ImplementationStatus;
  /** The step that brought it to its status (for planned: when the element was added or derived). */
  readonly since: When;
  readonly ownerId: string | null;
  readonly plannedStartOn: string | null;
  readonly plannedImplementedBy: string | null;
  /** Every step, oldest first: the first is the element planned when it was added. */
  readonly history: readonly ImplementationStep[];
  readonly implemented: (When & { readonly summary: string }) | null;
  readonly retirement: Retirement | null;
}

/** A newly added (or derived) element: planned, since then, with no owner or dates yet. */
export const plannedElement = (elementId: string, when: When, recordedBy: string): ElementImplementation => ({
  elementId,
  status: 'planned',
  since: when,
  ownerId: null,
  plannedStartOn: null,
  plannedImplementedBy: null,
  history: [{ ...when, status: 'planned', rationale: null, recordedBy }],
  implemented: null,
  retirement: null,
});

export const plannedElements = (
  elements: readonly Element[],
  when: When,
  recordedBy: string,
): Record<string, ElementImplementation> =>
  Object.fromEntries(
    elements.map((element) => [element.elementId, plannedElement(element.elementId, when, recordedBy)]),
  );

const rationaleOf = (event: ElementImplementationEvent): string | null =>
  'rationale' in event.data ? event.data.rationale : null;

export const evolveElementImplementation = (
  before: ElementImplementation,
  event: ElementImplementationEvent,
  when: When,
  recordedBy: string,
): ElementImplementation => {
  const status = statusAfter(event, before.status);
  const step = { ...when, status, rationale: rationaleOf(event), recordedBy };
  const moved = { ...before, status, history: [...before.history, step] };
  switch (event.type) {
    case 'ElementImplementationPlanned': {
      const { ownerId, plannedStartOn, plannedImplementedBy } = event.data;
      return { ...moved, ownerId, plannedStartOn, plannedImplementedBy };
    }
    case 'ElementImplemented':
      return { ...moved, since: when, implemented: { ...when, summary: event.data.summary } };
    case 'BlueprintElementRetired': {
      const { rationale, learning, nextStep } = event.data;
      return { ...moved, since: when, retirement: { ...when, rationale, learning, nextStep, recordedBy } };
    }
    default:
      return { ...moved, since: when };
  }
};

export type ImplementationCounts = Readonly<Record<ImplementationStatus, number>>;

/** An element of the working blueprint with a planned date, as "implemented against plan" reads it. */
export interface PlannedElement {
  readonly elementId: string;
  readonly title: string;
  readonly status: ImplementationStatus;
  readonly plannedStartOn: string | null;
  readonly plannedImplementedBy: string | null;
}

/** "Implemented against plan": the working blueprint's elements by status, and those with planned dates. */
export interface ImplementationAgainstPlan {
  readonly counts: ImplementationCounts;
  readonly planned: readonly PlannedElement[];
}

export const againstPlan = (
  elements: readonly Element[],
  implementation: Readonly<Record<string, ElementImplementation>>,
): ImplementationAgainstPlan => {
  const counts = { planned: 0, inProgress: 0, implemented: 0, paused: 0, retired: 0 };
  const planned: PlannedElement[] = [];
  for (const { elementId, title } of elements) {
    const { status, plannedStartOn, plannedImplementedBy } = implementation[elementId] ?? {
      status: 'planned' as const,
      plannedStartOn: null,
      plannedImplementedBy: null,
    };
    counts[status] += 1;
    if (plannedStartOn || plannedImplementedBy)
      planned.push({ elementId, title, status, plannedStartOn, plannedImplementedBy });
  }
  return { counts, planned };
};

/** DOMAIN: an element is behind plan on a day when it has not started by its planned start, or is not implemented by its planned date. */
export const behindPlanOn = (plan: ImplementationAgainstPlan, today: string) => {
  const passed = (date: string | null) => date !== null && date < today.slice(0, 10);
  const live = plan.planned.filter((element) => element.status !== 'retired');
  return {
    notStartedByPlannedStart: live.filter((e) => e.status === 'planned' && passed(e.plannedStartOn)),
    notImplementedByPlannedDate: live.filter(
      (e) => e.status !== 'implemented' && passed(e.plannedImplementedBy),
    ),
  };
};

/** Retired elements with what was learnt and what was done next: one source of the programme's failures. */
export const retiredElements = (
  elements: readonly Element[],
  implementation: Readonly<Record<string, ElementImplementation>>,
) =>
  elements.flatMap((element) => {
    const retirement = implementation[element.elementId]?.retirement;
    return retirement
      ? [{ elementId: element.elementId, title: element.title, kind: element.kind, retirement }]
      : [];
  });

/** An element as it is practised: its implementation, the experiments that serve it and their measures. */
export interface ElementInPractice<X, M> {
  readonly implementation: ElementImplementation | null;
  readonly experiments: readonly X[];
  readonly measures: readonly M[];
}

/** Each element with its implementation, experiments (those designed to serve it) and their metrics. */
export const inPractice = <
  X extends { readonly blueprintElementId: string | null; readonly measureIds: readonly string[] },
  M extends { readonly metricId: string },
>(
  elements: readonly Element[],
  implementation: Readonly<Record<string, ElementImplementation>>,
  experiments: readonly X[],
  metrics: readonly M[],
): (Element & ElementInPractice<X, M>)[] =>
  elements.map((element) => {
    const serving = experiments.filter((experiment) => experiment.blueprintElementId === element.elementId);
    const measureIds = new Set(serving.flatMap((experiment) => experiment.measureIds));
    return {
      ...element,
      implementation: implementation[element.elementId] ?? null,
      experiments: serving,
      measures: metrics.filter((metric) => measureIds.has(metric.metricId)),
    };
  });
