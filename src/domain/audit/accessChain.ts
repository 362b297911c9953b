/**
 * The access record as a hash chain: each entry's hash is SHA-256(previous hash ‖ RFC 8785 JSON of
 * the entry), starting from the hash of nothing. The chain's length and last hash go into every
 * signed tree head, so an entry removed, changed or reordered after a head was signed shows.
 */
import { createHash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import type { JsonObject } from './leafEntry';
import { EMPTY_ROOT, type Hash } from './merkle';

export const ACCESS_KINDS = [
  'signInRefused',
  'requestRefused',
  'personalDataRead',
  'exported',
  'redacted',
  'accessRecordRead',
] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** Who did what, when. Never a name: actors by id, people by participant id. */
export interface AccessEntry {
  readonly kind: AccessKind;
  /** ISO 8601 UTC. */
  readonly at: string;
  /** The caller; null when none proved who they are (a refused sign-in). */
  readonly actorId: string | null;
  readonly roles: readonly string[];
  /** An API key's id, "jwt", or "cli" for the ledger tool on the ledger's machine. */
  readonly credential: string | null;
  readonly correlationId: string | null;
  /** The client's address, for requests over the network. */
  readonly address: string | null;
  /** What was read, refused or redacted. */
  readonly details: JsonObject;
}

export interface ChainedAccessEntry extends AccessEntry {
  /** 1 for the first entry. */
  readonly sequence: number;
  /** Hex: this entry's link in the chain. */
  readonly hash: string;
}

export const EMPTY_CHAIN: Hash = EMPTY_ROOT;

export const chainHash = (previous: Uint8Array, sequence: number, entry: AccessEntry): Hash =>
  createHash('sha256')
    .update(previous)
    .update(canonicalize({ ...entry, sequence }))
    .digest();
