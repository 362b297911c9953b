/**
 * What a command needs from its surroundings: somewhere to write results (stdout), somewhere to
 * write progress and messages (stderr), and the environment it reads its configuration from.
 */
import { WHEN } from '../graphql/inputs/rules';

export interface CliIo {
  readonly stdout: Pick<NodeJS.WriteStream, 'write'>;
  readonly stderr: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A mistake in how the command was called: the usage is printed with it, and the exit code is 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A day that is on the calendar: Date.parse reads 2025-02-31 as 3 March, so the parts are checked back. */
const onCalendar = (value: string): boolean => {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

export const dateOption = (value: string | undefined, option: string): string | undefined => {
  if (value === undefined) return undefined;
  const malformed = () =>
    new UsageError(`--${option} takes a date (YYYY-MM-DD) or a UTC timestamp, not "${value}"`);
  if (!WHEN.test(value)) throw malformed();
  if (!onCalendar(value))
    throw new UsageError(`--${option}: ${value.slice(0, 10)} is not a day on the calendar`);
  if (Number.isNaN(Date.parse(value))) throw malformed();
  return value;
};

export const oneOf = <T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T => {
  const chosen = value ?? allowed[0]!;
  if (!(allowed as readonly string[]).includes(chosen))
    throw new UsageError(`--${option} is one of ${allowed.join(', ')}, not "${chosen}"`);
  return chosen as T;
};

/** The one positional argument a command takes: the programme's id. */
export const programmeArgument = (positionals: readonly string[]): string => {
  if (positionals.length === 0) throw new UsageError('Name the programme, e.g. programme-harrowmere');
  if (positionals.length > 1) throw new UsageError(`One programme at a time, not ${positionals.join(' ')}`);
  return positionals[0]!;
};

/** JSON with the ledger's 64-bit positions and revisions written as strings. */
export const jsonText = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item), 2);
