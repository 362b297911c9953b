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

/**
 * Lines go to `write` when one is given (tests), else straight to standard output through pino's
 * own synchronous destination: its log line was 6% of an overview's CPU through
 * process.stdout.write, 4.6% through this (bench/RESULTS.md, issue 14).
 */
export const jsonLogger = (write?: (line: string) => void, clock: () => Date = () => new Date()): Logger => {
  const options: pino.LoggerOptions = {
    base: undefined,
    messageKey: 'msg',
    timestamp: () => `,"time":"${clock().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  const logger = write
    ? pino(options, { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) })
    : pino(options, pino.destination({ dest: 1, sync: true }));
  return {
    info: (fields) => logger.info(fields),
    warn: (fields) => logger.warn(fields),
    error: (fields) => logger.error(fields),
  };
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
