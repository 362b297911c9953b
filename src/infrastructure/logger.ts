/**
 * Structured logs: one JSON object per line, with a time and a level. Callers pass only what is
 * safe to keep: ids, operation names, durations; never tokens, names or request bodies.
 */
export type LogFields = { readonly msg: string } & Readonly<Record<string, unknown>>;

export interface Logger {
  info(fields: LogFields): void;
  warn(fields: LogFields): void;
  error(fields: LogFields): void;
}

export const jsonLogger = (
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  clock: () => Date = () => new Date(),
): Logger => {
  const at =
    (level: string) =>
    (fields: LogFields): void =>
      write(JSON.stringify({ time: clock().toISOString(), level, ...fields }));
  return { info: at('info'), warn: at('warn'), error: at('error') };
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
