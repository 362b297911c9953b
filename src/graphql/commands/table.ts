/**
 * The command table: every command of the domain, declared once. The mutations, their rights
 * checks and error mapping (resolvers.ts) and the README's table of commands (documentation.ts)
 * are generated from it. A command of the domain without a row does not compile.
 */
import 'reflect-metadata';
import type { CommandRows, CommandType } from './commandRow';
import { BLUEPRINT_COMMANDS, EXPERIMENT_COMMANDS } from './blueprint';
import { MEASUREMENT_COMMANDS, SURVEY_ROUND_COMMANDS } from './evidence';
import { FEEDBACK_ROUND_COMMANDS } from './feedback';
import { ELEMENT_IMPLEMENTATION_COMMANDS, MEMBERSHIP_COMMANDS } from './implementation';
import { PROGRAMME_COMMANDS } from './programme';
import { BARRIER_COMMANDS, REVIEW_COMMANDS, SMALL_CHANGE_COMMANDS } from './work';
import { WRITTEN_OUTPUT_COMMANDS } from './writtenOutputs';

export const COMMAND_TABLE: CommandRows<CommandType> = {
  ...PROGRAMME_COMMANDS,
  ...BARRIER_COMMANDS,
  ...SMALL_CHANGE_COMMANDS,
  ...REVIEW_COMMANDS,
  ...EXPERIMENT_COMMANDS,
  ...BLUEPRINT_COMMANDS,
  ...MEASUREMENT_COMMANDS,
  ...SURVEY_ROUND_COMMANDS,
  ...WRITTEN_OUTPUT_COMMANDS,
  ...FEEDBACK_ROUND_COMMANDS,
  ...ELEMENT_IMPLEMENTATION_COMMANDS,
  ...MEMBERSHIP_COMMANDS,
};

/** The mutation of a command: `ProposeSmallChange` → `proposeSmallChange`. */
export const mutationName = (type: CommandType): string => `${type[0]!.toLowerCase()}${type.slice(1)}`;
