import type { Aggregate } from '../shared/decider';
import { streamName } from '../shared/decider';
import { PROGRAMME_COMMAND_TYPES, type ProgrammeCommand } from './commands';
import { decideProgramme } from './decide';
import type { ProgrammeEvent } from './events';
import { evolveProgramme, initialProgramme, type Programme } from './state';
import { programmeTime } from './time';

export const PROGRAMME = 'programme';
export const programmeStream = (programmeId: string): string => streamName(PROGRAMME, programmeId);

export const programmeAggregate: Aggregate<ProgrammeCommand, ProgrammeEvent, Programme> = {
  category: PROGRAMME,
  commandTypes: PROGRAMME_COMMAND_TYPES,
  initialState: initialProgramme,
  evolve: evolveProgramme,
  decide: (command, state) => decideProgramme(command, state),
  time: programmeTime,
  targetId: (command) => command.data.programmeId,
  references: () => [],
};
