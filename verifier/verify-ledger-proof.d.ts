/** Types of the stand-alone verifier (verify-ledger-proof.js), for the ledger tool that runs it. */
export interface ProofCheck {
  readonly ok: boolean;
  readonly message: string;
}

export function checkLedgerProof(digest: unknown, proof: unknown, publicKeyPem?: string): ProofCheck;
export function leafHash(event: unknown, salting: unknown): Buffer;
export function canonical(value: unknown): string;
