/**
 * Everything auditing needs, wired once: the signed heads and when they are published, the proofs,
 * the access record, redaction and verification. The composition root builds it from the tree
 * store, the access record store and the signing key (see infrastructure/audit/openAudit).
 */
import type { SignedTreeHead } from '../../domain/audit/treeHead';
import type { AccessRecordStore } from '../ports/accessRecordStore';
import type { EventStore } from '../../application/ports/eventStore';
import type { TreeStore } from '../ports/treeStore';
import { AccessRecorder } from './accessRecorder';
import { LedgerProofs } from './proofs';
import { Redactions, type RedactionReach } from './redaction';
import { TreeHeads, type Signer, type TreeHeadPolicy } from './treeHeads';
import { verifyLedger, type VerificationReport } from './verifyLedger';

export interface LedgerAudit {
  readonly heads: TreeHeads;
  readonly proofs: LedgerProofs;
  readonly access: AccessRecorder;
  readonly redactions: Redactions;
  readonly publicKeyPem: string;
  verify(digest?: SignedTreeHead, publicKeyPem?: string): Promise<VerificationReport>;
  close(): void;
}

export interface LedgerAuditParts {
  readonly store: EventStore;
  readonly tree: TreeStore;
  readonly accessRecord: AccessRecordStore;
  readonly signer: Signer;
  readonly policy: TreeHeadPolicy;
  readonly reach: RedactionReach;
  readonly clock?: () => Date;
  readonly onError: (error: unknown) => void;
}

export const ledgerAudit = (parts: LedgerAuditParts): LedgerAudit => {
  const clock = parts.clock ?? (() => new Date());
  const heads = new TreeHeads(parts.tree, parts.accessRecord, parts.signer, parts.policy, clock);
  const access = new AccessRecorder(parts.accessRecord, { clock, onError: parts.onError });
  return {
    heads,
    proofs: new LedgerProofs(parts.tree, heads, parts.signer.publicKeyPem),
    access,
    redactions: new Redactions(parts.store, parts.tree, access, parts.reach, clock),
    publicKeyPem: parts.signer.publicKeyPem,
    verify: (digest, publicKeyPem) => {
      access.flush();
      return verifyLedger(parts.tree, parts.accessRecord, {
        publicKey: publicKeyPem ?? parts.signer.publicKeyPem,
        ...(digest ? { digest } : {}),
      });
    },
    close: () => {
      heads.stop();
      access.close();
    },
  };
};
