import type { Command } from '../shared/command';
import type { CorrectDate } from '../shared/dateCorrection';
import type { ElementContent, Evidence } from './events';
import { ELEMENT_IMPLEMENTATION_COMMAND_TYPES, type ElementImplementationCommand } from './implementation';

type B<T> = { programmeId: string } & T;

export type BlueprintCommand =
  | Command<'DraftBlueprint', B<{ coOwnerIds: string[] }>>
  | Command<'DeriveBlueprint', B<{ coOwnerIds: string[]; sourceProgrammeId: string; sourceVersion: number }>>
  | Command<'AddBlueprintCoOwner', B<{ participantId: string }>>
  | Command<
      'AddBlueprintElement',
      B<ElementContent & { elementId: string; rationale?: string; evidence?: Evidence[] }>
    >
  | Command<
      'ReviseBlueprintElement',
      B<ElementContent & { elementId: string; rationale?: string; evidence?: Evidence[] }>
    >
  | Command<'RemoveBlueprintElement', B<{ elementId: string; rationale: string; evidence?: Evidence[] }>>
  | Command<'PublishBlueprintVersion', B<{ summary: string; endorsedBy: string[] }>>
  /** A step of the blueprint (a change, a version) was recorded with the wrong occurred date. */
  | CorrectDate<'CorrectBlueprintDate', object>
  | ElementImplementationCommand;

export const BLUEPRINT_COMMAND_TYPES: readonly BlueprintCommand['type'][] = [
  'DraftBlueprint',
  'DeriveBlueprint',
  'AddBlueprintCoOwner',
  'AddBlueprintElement',
  'ReviseBlueprintElement',
  'RemoveBlueprintElement',
  'PublishBlueprintVersion',
  'CorrectBlueprintDate',
  ...ELEMENT_IMPLEMENTATION_COMMAND_TYPES,
];
