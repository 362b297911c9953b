#!/usr/bin/env node
/*
 * Checks a verified read of the change-programme ledger (the `verifiedEvent` query, or
 * `ledger proof`) against a digest saved earlier (the `ledgerDigest` query, or `ledger digest`),
 * with nothing but Node.js: no dependency, no access to the ledger. Read it; it is short.
 *
 *   node verify-ledger-proof.js --digest saved-digest.json --proof event-proof.json [--public-key key.pem]
 *
 * It checks that (1) the digest and the proof's head carry the ledger's Ed25519 signature (the key
 * from --public-key, else the one saved in the digest); (2) the event as stored, with its salts,
 * gives the leaf hash RFC 6962 asks for; (3) the inclusion proof leads from that leaf to the root
 * the head signed; (4) the head's tree extends the digest's (a consistency proof), so the log the
 * event is in is the one the digest committed to, only longer. Exit 0 when all hold, 1 when one
 * does not (the line says which), 2 when the files cannot be read.
 *
 * The formats are the README's ("Auditing"): the leaf is SHA-256(0x00 ‖ entry), the entry is the
 * RFC 8785 JSON of the event with each field of its data replaced by SHA-256(salt ‖ RFC 8785 JSON
 * of its value); a node is SHA-256(0x01 ‖ left ‖ right); proofs follow RFC 9162 §2.1.3 and §2.1.4.
 */
'use strict';
const { createHash, createPublicKey, verify } = require('node:crypto');
const { readFileSync } = require('node:fs');

const sha256 = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/** RFC 8785: JSON.stringify's strings and numbers, object keys sorted by UTF-16 code units. */
const canonical = (value) => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
};

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every field of the data with its path, in canonical order; an empty object or array is a field. */
const fieldsOf = (value, path = []) => {
  if (Array.isArray(value) && value.length > 0)
    return value.flatMap((item, i) => fieldsOf(item, [...path, i]));
  if (isObject(value) && Object.keys(value).length > 0)
    return Object.keys(value)
      .sort()
      .flatMap((key) => fieldsOf(value[key], [...path, key]));
  return [[path, value]];
};

const REDACTED = '[redacted]';
const LOST_SALT = Buffer.alloc(32);

const commitments = (data, salting) => {
  const fields = fieldsOf(data);
  if (typeof salting.seed === 'string') {
    const stream = createHash('shake256', { outputLength: 32 * Math.max(fields.length, 1) })
      .update(Buffer.from(salting.seed, 'hex'))
      .digest();
    return fields.map(([path, value], i) => [
      path,
      sha256(stream.subarray(32 * i, 32 * i + 32), canonical(value)).toString('hex'),
    ]);
  }
  return fields.map(([path, value]) => {
    const key = JSON.stringify(path);
    if (value === REDACTED && salting.redacted[key] !== undefined) return [path, salting.redacted[key]];
    const salt = salting.salts[key] === undefined ? LOST_SALT : Buffer.from(salting.salts[key], 'hex');
    return [path, sha256(salt, canonical(value)).toString('hex')];
  });
};

/** The leaf hash of an event as stored, from its salts. */
const leafHash = (event, salting) => {
  const entry = {
    data: commitments(event.data, salting),
    eventId: event.eventId,
    format: 1,
    metadata: event.metadata,
    position: String(event.position),
    recordedAt: event.recordedAt,
    stream: event.streamName,
    streamRevision: String(event.streamRevision),
    type: event.type,
  };
  return sha256(Buffer.from([0]), canonical(entry));
};

const node = (left, right) => sha256(Buffer.from([1]), left, right);
const odd = (n) => n % 2 === 1;
const half = (n) => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or undefined. */
const rootFromInclusion = (index, size, leaf, proof) => {
  if (!(index >= 0 && index < size)) return undefined;
  let [fn, sn, r] = [index, size - 1, leaf];
  for (const p of proof) {
    if (sn === 0) return undefined;
    if (odd(fn) || fn === sn) {
      r = node(p, r);
      while (!odd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else r = node(r, p);
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 ? r : undefined;
};

/** RFC 9162 §2.1.4.2: whether the tree of size2 with root2 extends the tree of size1 with root1. */
const consistent = (size1, size2, root1, root2, proof) => {
  if (size1 === size2) return proof.length === 0 && root1.equals(root2);
  if (size1 === 0) return proof.length === 0; // every log extends the empty one
  if (!(size1 > 0 && size1 < size2) || proof.length === 0) return false;
  const path = (size1 & (size1 - 1)) === 0 ? [root1, ...proof] : [...proof];
  let [fn, sn] = [size1 - 1, size2 - 1];
  while (odd(fn)) [fn, sn] = [half(fn), half(sn)];
  let [fr, sr] = [path[0], path[0]];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      [fr, sr] = [node(c, fr), node(c, sr)];
      while (!odd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else sr = node(sr, c);
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && fr.equals(root1) && sr.equals(root2);
};

/** What a tree head's signature covers: RFC 8785 JSON of its fields with the format. */
const headMessage = (head) =>
  canonical({
    accessRecordHash: head.accessRecordHash,
    accessRecordSize: head.accessRecordSize,
    format: 'ledger-tree-head/1',
    rootHash: head.rootHash,
    signedAt: head.signedAt,
    treeSize: head.treeSize,
  });

const signedBy = (head, key) => {
  try {
    return verify(null, Buffer.from(headMessage(head)), key, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
};

const hex = (text) => Buffer.from(text, 'hex');

/**
 * Checks a verified read against a digest. Returns { ok: true, message } or { ok: false, message }
 * naming the first check that failed.
 */
const checkLedgerProof = (digest, proof, publicKeyPem) => {
  const fail = (message) => ({ ok: false, message });
  const key = createPublicKey(publicKeyPem ?? digest.publicKey);
  if (!signedBy(digest, key)) return fail('the digest does not carry the ledger signature');
  const head = proof.head;
  if (!signedBy(head, key)) return fail("the proof's head does not carry the ledger signature");
  const leaf = leafHash(proof.event, proof.salting);
  const root = rootFromInclusion(proof.leafIndex, head.treeSize, leaf, proof.inclusionProof.map(hex));
  if (!root || !root.equals(hex(head.rootHash)))
    return fail(
      `event ${proof.event.eventId} as given is not leaf ${proof.leafIndex} of the tree the head of ${head.treeSize} events signed (altered, or the proof is wrong)`,
    );
  if (digest.treeSize > head.treeSize)
    return fail(`the proof's head (${head.treeSize} events) is older than the digest (${digest.treeSize})`);
  const consistency = proof.consistency ?? { fromSize: digest.treeSize, proof: [] };
  if (
    consistency.fromSize !== digest.treeSize ||
    !consistent(
      digest.treeSize,
      head.treeSize,
      hex(digest.rootHash),
      hex(head.rootHash),
      consistency.proof.map(hex),
    )
  )
    return fail(
      `the log of ${head.treeSize} events does not extend the digest of ${digest.treeSize} events signed at ${digest.signedAt}`,
    );
  return {
    ok: true,
    message: `event ${proof.event.eventId} (${proof.event.type}, position ${proof.event.position}) is in the ledger's log, which extends the digest of ${digest.treeSize} events signed at ${digest.signedAt}`,
  };
};

module.exports = { checkLedgerProof, leafHash, canonical };

const option = (args, name) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};

/** The proof as saved: the query's answer ({ data: { verifiedEvent } }) or the proof itself. */
const unwrap = (json, field) => json?.data?.[field] ?? json;

if (require.main === module) {
  const args = process.argv.slice(2);
  const [digestFile, proofFile, keyFile] = ['digest', 'proof', 'public-key'].map((name) =>
    option(args, name),
  );
  if (!digestFile || !proofFile) {
    console.error(
      'Usage: node verify-ledger-proof.js --digest <digest.json> --proof <proof.json> [--public-key <key.pem>]',
    );
    process.exit(2);
  }
  let inputs;
  try {
    inputs = [
      unwrap(JSON.parse(readFileSync(digestFile, 'utf8')), 'ledgerDigest'),
      unwrap(JSON.parse(readFileSync(proofFile, 'utf8')), 'verifiedEvent'),
      keyFile && readFileSync(keyFile, 'utf8'),
    ];
  } catch (error) {
    console.error(`verify-ledger-proof: ${error.message}`);
    process.exit(2);
  }
  let outcome;
  try {
    outcome = checkLedgerProof(...inputs);
  } catch (error) {
    outcome = {
      ok: false,
      message: `the files are not a digest and a proof of the ledger (${error.message})`,
    };
  }
  (outcome.ok ? console.log : console.error)(`${outcome.ok ? 'OK' : 'FAILED'}: ${outcome.message}`);
  process.exit(outcome.ok ? 0 : 1);
}
