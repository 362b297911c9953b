import { unhandled } from '../shared/command';
import { evidenceRefs, refs } from '../facts';
import { streamName, type Aggregate } from '../shared/decider';
import { BLUEPRINT_COMMAND_TYPES, type BlueprintCommand } from './commands';
import { decideBlueprint } from './decide';
import type { BlueprintEvent } from './events';
import { evolveBlueprint, initialBlueprint, type Blueprint } from './state';
import { blueprintTime } from './time';

export const BLUEPRINT = 'blueprint';
/** One blueprint per programme, so its stream is named by the programme's id. */
export const blueprintStream = (programmeId: string): string => streamName(BLUEPRINT, programmeId);

export const blueprintAggregate: Aggregate<BlueprintCommand, BlueprintEvent, Blueprint> = {
  category: BLUEPRINT,
  commandTypes: BLUEPRINT_COMMAND_TYPES,
  initialState: initialBlueprint,
  evolve: evolveBlueprint,
  decide: decideBlueprint,
  time: blueprintTime,
  targetId: (command) => command.data.programmeId,
  references: (command) => {
    switch (command.type) {
      case 'DeriveBlueprint':
        return refs('blueprint', [command.data.sourceProgrammeId]);
      case 'AddBlueprintElement':
      case 'ReviseBlueprintElement':
        return [...refs('barrier', command.data.barrierIds), ...evidenceRefs(command.data.evidence)];
      case 'RemoveBlueprintElement':
        return evidenceRefs(command.data.evidence);
      case 'DraftBlueprint':
      case 'AddBlueprintCoOwner':
      case 'PublishBlueprintVersion':
      case 'CorrectBlueprintDate':
      case 'PlanElementImplementation':
      case 'StartElementImplementation':
      case 'PauseElementImplementation':
      case 'ResumeElementImplementation':
      case 'CompleteElementImplementation':
      case 'RetireBlueprintElement':
        return [];
      default:
        return unhandled(command);
    }
  },
};
