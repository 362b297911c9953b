/**
 * The ledger tool's side of proofs: `ledger digest` (a signed head to save), `ledger proof` (one
 * event with its proof: the verified read), `ledger public-key`, and `ledger verify-proof`, which
 * runs the stand-alone verifier (verifier/verify-ledger-proof.js) on a saved digest and proof.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkLedgerProof } from '../../verifier/verify-ledger-proof';
import { IllegalStateError, NotFoundError } from '../domain/shared/errors';
import type { EventStore } from '../application/ports/eventStore';
import { publicKeyAt } from '../infrastructure/audit/signingKey';
import type { LedgerCommand } from './command';
import { jsonText, UsageError } from './io';
import { withLedger } from './openForReading';
import { readDigest } from './verify';

export const digest: LedgerCommand = {
  name: 'digest',
  usage: [
    'digest',
    '  Signs a tree head over everything recorded so far and prints it with the public key, as JSON:',
    '  save it (ledger digest > saved-digest.json) to check the ledger against later.',
  ],
  run: async (args, config, io) => {
    if (args.length > 0) throw new UsageError(`digest takes no arguments, not ${args.join(' ')}`);
    const signed = await withLedger(config, (ledger) => ledger.services.audit.proofs.digest(true));
    io.stdout.write(`${jsonText(signed)}\n`);
  },
};

/** The id of the event at a position of the log (as `ledger history` shows it: #n). */
const eventAt = async (store: EventStore, position: string): Promise<string> => {
  if (!/^[1-9]\d{0,15}$/.test(position))
    throw new UsageError(`--position takes a position of the log, not "${position}"`);
  const [event] = await store.readLog({ after: BigInt(position) - 1n, maxCount: 1 });
  if (event?.globalPosition !== BigInt(position))
    throw new NotFoundError('EventInLedger', `There is no event at position ${position} of the log`);
  return event.id;
};

export const proof: LedgerCommand = {
  name: 'proof',
  usage: [
    'proof <eventId> | --position <n> [--digest <saved.json>]',
    '  The event exactly as stored with its salts, its inclusion proof and the signed head it leads to,',
    '  as JSON; with --digest, also the consistency proof from that digest. Check it with verify-proof.',
  ],
  run: async (args, config, io) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { digest: { type: 'string' }, position: { type: 'string' } },
    });
    if (positionals.length + (values.position === undefined ? 0 : 1) !== 1)
      throw new UsageError(
        'Name one event: by its id (eventId in the history), or --position <n> (#n there)',
      );
    const since = values.digest === undefined ? undefined : readDigest(values.digest).treeSize;
    const read = await withLedger(config, async (ledger) => {
      const eventId = positionals[0] ?? (await eventAt(ledger.store, values.position!));
      return ledger.services.audit.proofs.verifiedEvent(eventId, since);
    });
    io.stdout.write(`${jsonText(read)}\n`);
  },
};

export const publicKey: LedgerCommand = {
  name: 'public-key',
  usage: [
    'public-key',
    "  Prints the ledger's Ed25519 public key (PEM), which checks every signed tree head.",
  ],
  run: async (args, config, io) => {
    if (args.length > 0) throw new UsageError(`public-key takes no arguments, not ${args.join(' ')}`);
    io.stdout.write(publicKeyAt(config.audit.signingKeyPath));
  },
};

const readJson = (path: string, option: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--${option} ${path} cannot be read as JSON (${(error as Error).message})`);
  }
};

export const verifyProof: LedgerCommand = {
  name: 'verify-proof',
  usage: [
    'verify-proof --digest <saved.json> --proof <proof.json> [--public-key <key.pem>]',
    '  Checks a proof (ledger proof, or the verifiedEvent query) against a digest saved earlier, with',
    '  the stand-alone verifier: the same as node verifier/verify-ledger-proof.js. Exits with 1 if not.',
  ],
  run: async (args, _config, io) => {
    const { values } = parseArgs({
      args: [...args],
      options: { digest: { type: 'string' }, proof: { type: 'string' }, 'public-key': { type: 'string' } },
    });
    if (!values.digest || !values.proof) throw new UsageError('Name the digest and the proof');
    const saved = readDigest(values.digest);
    const json = readJson(values.proof, 'proof') as { data?: { verifiedEvent?: unknown } };
    const key = values['public-key'] === undefined ? undefined : readFileSync(values['public-key'], 'utf8');
    let outcome;
    try {
      outcome = checkLedgerProof(saved, json.data?.verifiedEvent ?? json, key);
    } catch (error) {
      throw new UsageError(
        `the files are not a digest and a proof of the ledger (${(error as Error).message})`,
      );
    }
    if (!outcome.ok) throw new IllegalStateError('ProofChecks', `FAILED: ${outcome.message}`);
    io.stdout.write(`OK: ${outcome.message}\n`);
  },
};
