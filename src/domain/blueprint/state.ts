import { unhandled } from '../shared/command';
import { stepOf, type Occurrence, type Step } from '../shared/businessTime';
import { stepsCorrectedBy } from '../shared/dateCorrection';
import type { BlueprintEvent, Element } from './events';
import { blueprintTime } from './time';

export interface PublishedVersion {
  readonly version: number;
  readonly elements: readonly Element[];
}

export type Blueprint =
  | { readonly status: 'None' }
  | {
      readonly status: 'Working';
      readonly programmeId: string;
      readonly coOwnerIds: readonly string[];
      readonly elements: Readonly<Record<string, Element>>;
      /** Element ids ever used, removed ones included: an id is never reused. */
      readonly usedElementIds: readonly string[];
      readonly versions: readonly PublishedVersion[];
      readonly changedSinceLastVersion: boolean;
      readonly steps: readonly Step[];
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
  if (event.type === 'OccurredDateCorrected')
    return { ...stepped, steps: stepsCorrectedBy(stepped.steps, event) };
  const steps = event.type === 'BlueprintDrafted' || event.type === 'BlueprintDerived' ? [] : stepped.steps;
  return { ...stepped, steps: [...steps, stepOf(blueprintTime, event, occurrence)] };
};

type Started = Extract<BlueprintEvent, { type: 'BlueprintDrafted' | 'BlueprintDerived' }>;
type Changed = Exclude<BlueprintEvent, Started | { type: 'OccurredDateCorrected' }>;

const started = (event: Started): Blueprint => {
  const elements = event.type === 'BlueprintDerived' ? event.data.elements : [];
  return {
    status: 'Working',
    programmeId: event.data.programmeId,
    coOwnerIds: event.data.coOwnerIds,
    elements: Object.fromEntries(elements.map((element) => [element.elementId, element])),
    usedElementIds: elements.map((element) => element.elementId),
    versions: [],
    changedSinceLastVersion: elements.length > 0,
    steps: [],
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

const changed = (state: Exclude<Blueprint, { status: 'None' }>, event: Changed): Blueprint => {
  switch (event.type) {
    case 'BlueprintCoOwnerAdded':
      return { ...state, coOwnerIds: [...state.coOwnerIds, event.data.participantId] };
    case 'BlueprintElementAdded':
    case 'BlueprintElementRevised': {
      const { kind, elementId, title, description, barrierIds, ownerIds } = event.data;
      const element: Element = { kind, elementId, title, description, barrierIds, ownerIds };
      const usedElementIds = state.usedElementIds.includes(elementId)
        ? state.usedElementIds
        : [...state.usedElementIds, elementId];
      return {
        ...state,
        elements: { ...state.elements, [elementId]: element },
        usedElementIds,
        changedSinceLastVersion: true,
      };
    }
    case 'BlueprintElementRemoved': {
      const { [event.data.elementId]: _removed, ...elements } = state.elements;
      return { ...state, elements, changedSinceLastVersion: true };
    }
    case 'BlueprintVersionPublished':
      return {
        ...state,
        versions: [
          ...state.versions,
          { version: event.data.version, elements: Object.values(state.elements) },
        ],
        changedSinceLastVersion: false,
      };
    default:
      return unhandled(event);
  }
};
