/** The rows of the date corrections: one mutation per kind of item, each answered with the moved journey entry. */
import { CORRECTORS } from '../auth/roles';
import { CorrectionPayload } from '../types/payloads';
import { correctedEntryOf } from './answers';
import type { CommandRow, CommandType } from './commandRow';

const WHAT = 'What to correct, to when, and why.';
const MOVES = 'The wrong date stays in the history; the journey entry moves to the correct date and phase.';

export const correctionRow = <T extends Extract<CommandType, `Correct${string}Date`>>(
  decider: CommandRow<T>['decider'],
  input: CommandRow<T>['input'],
  what: string,
): CommandRow<T> => ({
  decider,
  input,
  inputDescription: WHAT,
  roles: CORRECTORS,
  description: `${what} ${MOVES}`,
  payload: CorrectionPayload,
  answer: correctedEntryOf,
});
