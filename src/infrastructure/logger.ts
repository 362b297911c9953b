/**
 * Structured logs (pino): one JSON object per line on stdout, with an ISO time, a level name and a
 * message. Callers pass only what is safe to keep (ids, operation names, durations, codes); as a
 * second guard, fields that could carry a secret (authorization, token, key, password, secret)
 * are redacted wherever they appear.
 */
import pino from 'pino';

export type LogFields = { readonly msg: string } & Readonly<Record<string, unknown>>;

export interface Logger {
  info(fields: LogFields): void;
  warn(fields: LogFields): void;
  error(fields: LogFields): void;
}

const SECRET_FIELDS = ['authorization', 'token', 'key', 'password', 'secret'];

export const REDACTED_PATHS = [...SECRET_FIELDS, ...SECRET_FIELDS.map((field) => `*.${field}`)];

export const jsonLogger = (
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  clock: () => Date = () => new Date(),
): Logger => {
  const logger = pino(
    {
      base: undefined,
      messageKey: 'msg',
      timestamp: () => `,"time":"${clock().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) },
  );
  return {
    info: (fields) => logger.info(fields),
    warn: (fields) => logger.warn(fields),
    error: (fields) => logger.error(fields),
  };
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
