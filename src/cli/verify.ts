/**
 * `ledger verify`: recomputes every leaf of the Merkle tree from the log as stored, checks every
 * signed head and the access record's chain and, with --digest, that today's log extends a digest
 * saved earlier. Offline: it reads the ledger file (or a copy named with --file) and needs no
 * server. Prints what it checked and, when something differs, exactly what, then exits with 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyLedger, type VerificationReport } from '../application/audit/verifyLedger';
import type { SignedTreeHead } from '../domain/audit/treeHead';
import { IllegalStateError } from '../domain/shared/errors';
import { openForVerifying } from '../infrastructure/audit/openForVerifying';
import { publicKeyAt } from '../infrastructure/audit/signingKey';
import type { LedgerCommand } from './command';
import { jsonText, oneOf, UsageError } from './io';
import { counted } from '../projections/words';

type SavedDigest = SignedTreeHead & { readonly publicKey?: string };

/** A digest as saved: the query's whole answer, or the digest alone. */
export const readDigest = (path: string): SavedDigest => {
  let json: { data?: { ledgerDigest?: SavedDigest } } & Partial<SavedDigest>;
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as typeof json;
  } catch (error) {
    throw new UsageError(`--digest ${path} cannot be read as JSON (${(error as Error).message})`);
  }
  const digest = json.data?.ledgerDigest ?? json;
  if (typeof digest.treeSize !== 'number' || typeof digest.rootHash !== 'string')
    throw new UsageError(`--digest ${path} is not a digest of the ledger (it has no treeSize and rootHash)`);
  return digest as SavedDigest;
};

const readKey = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--public-key ${path} cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
};

export const reportText = (report: VerificationReport, leavesAdded: number): string => {
  const lines = [
    `Checked ${counted(report.events, 'event')} against the Merkle tree (${counted(report.treeSize, 'leaf', 'leaves')}), ${counted(report.headsChecked, 'signed head')} and ${counted(report.accessRecordEntries, 'access record entry', 'access record entries')}.`,
  ];
  if (leavesAdded > 0)
    lines.push(
      `The file had no Merkle tree yet (written by a version that kept none): ${counted(leavesAdded, 'leaf', 'leaves')} made now.`,
    );
  if (report.eventsNotInTree > 0)
    lines.push(
      `${counted(report.eventsNotInTree, 'event')} at the end of the log ${report.eventsNotInTree === 1 ? 'is' : 'are'} not in the tree yet (appended since the tree last caught up).`,
    );
  if (report.digest)
    lines.push(
      `Digest of ${counted(report.digest.treeSize, 'event')} signed at ${report.digest.signedAt}: consistency proof of ${counted(report.digest.consistencyProofHashes, 'hash', 'hashes')}.`,
    );
  if (report.problems.length === 0)
    return [...lines, 'OK: no event was altered, removed, reordered or inserted.'].join('\n');
  return [
    ...lines,
    `FAILED: ${counted(report.problems.length, 'problem')}`,
    ...report.problems.map(
      (problem) =>
        `  ${problem.kind}${problem.position === undefined ? '' : ` at position ${problem.position}`}${problem.eventId === undefined ? '' : ` (event ${problem.eventId})`}: ${problem.message}`,
    ),
  ].join('\n');
};

export const verify: LedgerCommand = {
  name: 'verify',
  usage: [
    'verify [--digest <saved.json>] [--file <ledger.db>] [--public-key <key.pem>] [--format text|json]',
    '  Recomputes every leaf of the Merkle tree from the log as stored and checks the signed heads and',
    "  the access record; with --digest, that today's log extends a digest saved earlier. --file checks",
    '  a copy of a ledger file (a backup) instead. Exits with 1 and names the first bad event when one',
    "  differs. The key is --public-key's, else the digest's, else the ledger's own.",
  ],
  run: async (args, config, io) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        digest: { type: 'string' },
        file: { type: 'string' },
        'public-key': { type: 'string' },
        format: { type: 'string' },
      },
    });
    if (positionals.length > 0)
      throw new UsageError(`verify takes options only, not ${positionals.join(' ')}`);
    const format = oneOf(values.format, ['text', 'json'], 'format');
    const digest = values.digest === undefined ? undefined : readDigest(values.digest);
    const publicKey =
      (values['public-key'] && readKey(values['public-key'])) ??
      digest?.publicKey ??
      publicKeyAt(config.audit.signingKeyPath);
    const ledger = openForVerifying(config, values.file);
    let report: VerificationReport;
    try {
      report = await verifyLedger(ledger.tree, ledger.accessRecord, {
        publicKey,
        ...(digest ? { digest } : {}),
      });
    } finally {
      await ledger.close();
    }
    io.stdout.write(`${format === 'json' ? jsonText(report) : reportText(report, ledger.leavesAdded)}\n`);
    const [first] = report.problems;
    if (first) throw new IllegalStateError('LedgerVerifies', `the ledger does not verify: ${first.message}`);
  },
};
