import { List, Map as PersistentMap, OrderedMap, Set as PersistentSet } from 'immutable';
import { unhandled } from '../shared/command';
import { stepOf, type Occurrence, type Step } from '../shared/businessTime';
import { stepsCorrectedBy } from '../shared/dateCorrection';
import type { BlueprintEvent, Element } from './events';
import {
  ELEMENT_IMPLEMENTATION_EVENT_TYPES,
  evolveImplementation,
  NOT_STARTED,
  type ElementImplementationEvent,
  type ImplementationState,
} from './implementation';
import { noStepOrder, stepOrderOf, withStep, type StepOrder } from './stepOrder';
import { blueprintTime } from './time';

export interface PublishedVersion {
  readonly version: number;
  readonly elements: readonly Element[];
}

/**
 * A blueprint grows for the whole programme, so its elements, ids and steps are held in persistent
 * collections: one more change costs the same however many came before (no copy of the whole
 * blueprint per event). Elements keep the order they were added in.
 */
export type Blueprint =
  | { readonly status: 'None' }
  | {
      readonly status: 'Working';
      readonly programmeId: string;
      readonly coOwnerIds: readonly string[];
      readonly elements: OrderedMap<string, Element>;
      /** Element ids ever used, removed ones included: an id is never reused. */
      readonly usedElementIds: PersistentSet<string>;
      /** Each element's implementation; an element without an entry is planned, with no owner yet. */
      readonly implementation: PersistentMap<string, ImplementationState>;
      readonly versions: readonly PublishedVersion[];
      readonly changedSinceLastVersion: boolean;
      readonly steps: List<Step>;
      /** The latest date of each group of steps a new change may have to follow (see stepOrder.ts). */
      readonly order: StepOrder;
    };

export const initialBlueprint: Blueprint = { status: 'None' };

export const latestVersion = (blueprint: Blueprint): number =>
  blueprint.status === 'None' ? 0 : (blueprint.versions.at(-1)?.version ?? 0);

export const evolveBlueprint = (
  state: Blueprint,
  event: BlueprintEvent,
  occurrence: Occurrence,
): Blueprint => {
  const stepped = evolveContent(state, event);
  if (stepped.status === 'None') return stepped;
  if (event.type === 'OccurredDateCorrected') {
    const steps = stepsCorrectedBy(stepped.steps.toArray(), event);
    return { ...stepped, steps: List(steps), order: stepOrderOf(steps) };
  }
  // A drafted or derived blueprint starts (in `started`) with no steps and an empty index.
  const step = stepOf(blueprintTime, event, occurrence);
  return { ...stepped, steps: stepped.steps.push(step), order: withStep(stepped.order, step) };
};

type Started = Extract<BlueprintEvent, { type: 'BlueprintDrafted' | 'BlueprintDerived' }>;
type Changed = Exclude<BlueprintEvent, Started | { type: 'OccurredDateCorrected' }>;

const started = (event: Started): Blueprint => {
  const elements = event.type === 'BlueprintDerived' ? event.data.elements : [];
  return {
    status: 'Working',
    programmeId: event.data.programmeId,
    coOwnerIds: event.data.coOwnerIds,
    elements: OrderedMap(elements.map((element) => [element.elementId, element])),
    usedElementIds: PersistentSet(elements.map((element) => element.elementId)),
    implementation: PersistentMap(),
    versions: [],
    changedSinceLastVersion: elements.length > 0,
    steps: List(),
    order: noStepOrder,
  };
};

const evolveContent = (state: Blueprint, event: BlueprintEvent): Blueprint => {
  switch (event.type) {
    case 'BlueprintDrafted':
    case 'BlueprintDerived':
      return started(event);
    case 'OccurredDateCorrected':
      return state;
    default:
      return state.status === 'None' ? state : changed(state, event);
  }
};

const isImplementationStep = (event: BlueprintEvent): event is ElementImplementationEvent =>
  (ELEMENT_IMPLEMENTATION_EVENT_TYPES as readonly string[]).includes(event.type);

const changed = (state: Exclude<Blueprint, { status: 'None' }>, event: Changed): Blueprint => {
  if (isImplementationStep(event)) {
    const { elementId } = event.data;
    const before = state.implementation.get(elementId) ?? NOT_STARTED;
    return {
      ...state,
      implementation: state.implementation.set(elementId, evolveImplementation(before, event)),
    };
  }
  switch (event.type) {
    case 'BlueprintCoOwnerAdded':
      return { ...state, coOwnerIds: [...state.coOwnerIds, event.data.participantId] };
    case 'BlueprintElementAdded':
    case 'BlueprintElementRevised': {
      const { kind, elementId, title, description, barrierIds, ownerIds } = event.data;
      const element: Element = { kind, elementId, title, description, barrierIds, ownerIds };
      return {
        ...state,
        elements: state.elements.set(elementId, element),
        usedElementIds: state.usedElementIds.add(elementId),
        changedSinceLastVersion: true,
      };
    }
    case 'BlueprintElementRemoved':
      return {
        ...state,
        elements: state.elements.delete(event.data.elementId),
        changedSinceLastVersion: true,
      };
    case 'BlueprintVersionPublished':
      return {
        ...state,
        versions: [
          ...state.versions,
          { version: event.data.version, elements: state.elements.valueSeq().toArray() },
        ],
        changedSinceLastVersion: false,
      };
    default:
      return unhandled(event);
  }
};
