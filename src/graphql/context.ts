/** What every resolver can reach: the ledger's services, the caller and this request's ids. */
import type DataLoader from 'dataloader';
import type { LedgerAudit } from '../application/audit/ledgerAudit';
import type { CommandHandler } from '../application/commandHandler';
import type { Logger } from '../infrastructure/logger';
import type { PersonalDataRegister } from '../application/ports/personalDataRegister';
import type { LedgerReadModels } from '../projections/ledgerReadModels';
import type { ProjectionRunner } from '../projections/projectionRunner';
import type { ApiKeys } from './auth/apiKeys';
import type { JwtVerifier } from './auth/jwt';
import type { Caller } from './auth/roles';

export interface LedgerServices {
  readonly handler: CommandHandler;
  readonly readModels: LedgerReadModels;
  readonly runner: Pick<ProjectionRunner, 'waitFor' | 'onApplied' | 'status'>;
  readonly register: PersonalDataRegister;
  readonly apiKeys: ApiKeys;
  readonly jwt: JwtVerifier | undefined;
  readonly log: Logger;
  /** Signed heads, proofs, the access record, redaction and verification. */
  readonly audit: LedgerAudit;
  /** How long a mutation waits for the read models to show what it recorded. */
  readonly readYourWritesMs: number;
}

/** What the HTTP layer logs and counts about a request, filled in once Apollo knows the operation. */
export interface RequestReport {
  operation: string | null;
  /** The operation's first root field: the bounded label metrics use. */
  rootField: string | null;
}

export interface LedgerContext {
  readonly services: LedgerServices;
  /** Undefined when no token was sent: then only the schema is readable. */
  readonly caller: Caller | undefined;
  /** Shared by the request's log lines, its events' metadata and any error it reports. */
  readonly correlationId: string;
  readonly log: Logger;
  /** Filled in for the request's log line and metrics (HTTP requests only). */
  readonly report?: RequestReport;
  /** Participant names through the personal-data register, one lookup per request tick. */
  readonly names: DataLoader<string, string>;
}
