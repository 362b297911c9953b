/**
 * The blueprint the blueprint test files start from: one element on the local barrier, drafted
 * with three co-owners and published as version 1.
 */
import type { BlueprintCommand } from '../../src/domain/blueprint/commands';
import type { BlueprintEvent } from '../../src/domain/blueprint/events';
import { commandsOf, DIRECTOR, LOCAL_BARRIER, MANAGER, P, SW1 } from './fixtures';

/** One kind of blueprint event (so a test can spread its data and stay typed). */
type EventOf<T extends BlueprintEvent['type']> = Extract<BlueprintEvent, { type: T }>;

export const command = commandsOf<BlueprintCommand>();
export const ELEMENT = 'element-duty-rota';
export const content = {
  kind: 'processChange' as const,
  title: 'Duty rota in fortnightly blocks',
  description: 'Fewer handovers',
  barrierIds: [LOCAL_BARRIER],
  ownerIds: [SW1],
};

export const drafted: EventOf<'BlueprintDrafted'> = {
  type: 'BlueprintDrafted',
  data: { programmeId: P, coOwnerIds: [SW1, MANAGER, DIRECTOR] },
};
export const added: EventOf<'BlueprintElementAdded'> = {
  type: 'BlueprintElementAdded',
  data: { programmeId: P, elementId: ELEMENT, ...content, rationale: null, evidence: [] },
};
export const v1: EventOf<'BlueprintVersionPublished'> = {
  type: 'BlueprintVersionPublished',
  data: { programmeId: P, version: 1, summary: 'First blueprint', endorsedBy: [SW1, DIRECTOR] },
};
