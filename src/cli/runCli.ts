/**
 * The `ledger` command-line tool for auditors and operators. It reads the same configuration as
 * the server (SQLITE_PATH, EVENT_STORE, …). Mistakes in how it is called print the usage and exit
 * with 2; anything else that stops it prints one line and exits with 1. Never a stack trace.
 */
import { ApiKeyConfigurationError } from '../graphql/auth/apiKeys';
import { DomainError } from '../domain/shared/errors';
import { recordExport } from '../infrastructure/audit/recordExport';
import { ConfigurationError, loadConfig } from '../infrastructure/config';
import { ReadModelsInUseError } from '../infrastructure/readModels/readModelLock';
import { backup, restore } from './backup';
import { blueprint } from './blueprint';
import type { LedgerCommand } from './command';
import { history } from './history';
import { UsageError, type CliIo } from './io';
import { journey } from './journey';
import { rebuild } from './rebuild';
import { tokens } from './tokens';
import { digest, proof, publicKey, verifyProof } from './proofs';
import { verify } from './verify';
import { writtenOutputCommand } from './writtenOutput';

const COMMANDS: readonly LedgerCommand[] = [
  history,
  journey,
  blueprint,
  tokens,
  rebuild,
  backup,
  restore,
  verify,
  digest,
  proof,
  verifyProof,
  publicKey,
  writtenOutputCommand,
];

/** Commands that write the ledger's contents out: each run is recorded in the access record. */
const EXPORTS = new Set(['history', 'journey', 'blueprint', 'backup', 'proof', 'output']);

export const usage = (commands: readonly LedgerCommand[] = COMMANDS): string =>
  [
    'Usage: ledger <command> [options]',
    '',
    ...commands.flatMap(({ usage: [synopsis, ...explanation] }) => [
      `  ledger ${synopsis}`,
      ...explanation.map((line) => `  ${line}`),
    ]),
    '',
    'Configuration comes from the same environment variables as the server (see the README).',
  ].join('\n');

/** Our own usage errors, and node:util parseArgs' (recognised by code: its TypeError may come from another realm). */
const isArgumentError = (error: unknown): error is Error =>
  error instanceof UsageError ||
  String((error as NodeJS.ErrnoException | null)?.code).startsWith('ERR_PARSE_ARGS');

const isExplained = (error: unknown): error is Error =>
  error instanceof DomainError ||
  error instanceof ConfigurationError ||
  error instanceof ReadModelsInUseError ||
  error instanceof ApiKeyConfigurationError;

/** Runs one command; resolves to the process's exit code. */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const [name, ...args] = argv;
  if (name === undefined || ['help', '--help', '-h'].includes(name)) {
    (name === undefined ? io.stderr : io.stdout).write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`ledger: there is no command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${usage([command])}\n`);
    return 0;
  }
  try {
    const config = loadConfig(io.env);
    await command.run(args, config, io);
    if (EXPORTS.has(name)) recordExport(config, name, args);
    return 0;
  } catch (error) {
    if (isArgumentError(error)) {
      io.stderr.write(`ledger ${name}: ${error.message}\n\n${usage([command])}\n`);
      return 2;
    }
    const message = isExplained(error) ? error.message : `stopped on an unexpected error: ${String(error)}`;
    io.stderr.write(`ledger ${name}: ${message}\n`);
    return 1;
  }
};
