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

export const dateOption = (value: string | undefined, option: string): string | undefined => {
  if (value === undefined) return undefined;
  if (!WHEN.test(value) || Number.isNaN(Date.parse(value)))
    throw new UsageError(`--${option} takes a date (YYYY-MM-DD) or a UTC timestamp, not "${value}"`);
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
