/**
 * Tamper evidence over GraphQL: the signed digest and the public key, inclusion and consistency
 * proofs, the verified read, fresh heads on demand, the access record, and redaction (admins).
 * Thin: each field hands its arguments to the ledger's audit services (application/audit).
 */
import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { AccessActor } from '../../application/audit/accessRecorder';
import { accessScope } from '../../application/audit/accessScope';
import { decodeCursor, encodeCursor } from '../../projections/cursors';
import { AUDIT_RIGHTS } from '../auth/rights';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AccessRecordFilter, RedactEventFieldsInput } from '../inputs/audit';
import { PageArgs } from '../inputs/recording';
import {
  AccessRecordConnection,
  ConsistencyProof,
  InclusionProof,
  LedgerDigest,
  RedactionResult,
  VerifiedEvent,
} from '../types/proofs';
import { pageCost } from './support';

const ACCESS_LIST = 'accessRecord';

/** The caller as the access record names them. */
export const actorOf = (context: LedgerContext): AccessActor =>
  accessScope.getStore()?.actor ?? {
    actorId: context.caller?.actorId ?? null,
    roles: context.caller?.roles ?? [],
    credential: context.caller?.credential ?? null,
    correlationId: context.correlationId,
    address: null,
  };

const afterSequence = (after: string | null | undefined): number => {
  if (after == null) return 0;
  const [sequence] = decodeCursor(after, ACCESS_LIST, 1);
  return Number(sequence);
};

@Resolver()
@UseMiddleware(ErrorMapping)
export class ProofResolver {
  @Authorized(AUDIT_RIGHTS.digest)
  @Query(() => LedgerDigest, {
    description:
      'The latest signed tree head with the public key that checks it. Save it (as JSON): later, `ledger verify --digest` or a consistency proof shows whether the ledger still extends it.',
  })
  ledgerDigest(@Ctx() context: LedgerContext) {
    return context.services.audit.proofs.digest();
  }

  @Authorized(AUDIT_RIGHTS.digest)
  @Query(() => String, {
    description: "The ledger's Ed25519 public key (SPKI PEM), which signs every tree head.",
  })
  ledgerPublicKey(@Ctx() context: LedgerContext): string {
    return context.services.audit.publicKeyPem;
  }

  @Authorized(AUDIT_RIGHTS.proofs)
  @Query(() => InclusionProof, {
    description:
      "The proof that an event is in the log: at treeSize (e.g. your digest's), or at the latest signed head (auditors and admins).",
  })
  inclusionProof(
    @Arg('eventId', () => ID, { description: 'The event (its eventId in the history).' }) eventId: string,
    @Arg('treeSize', () => Int, {
      nullable: true,
      description: "The tree size; left out, the latest signed head's.",
    })
    treeSize: number | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return context.services.audit.proofs.inclusion(eventId, treeSize ?? undefined);
  }

  @Authorized(AUDIT_RIGHTS.digest)
  @Query(() => ConsistencyProof, {
    description:
      'The proof that the log of toSize events extends its first fromSize: that nothing recorded by then was changed.',
  })
  consistencyProof(
    @Arg('fromSize', () => Int, { description: "The smaller tree size: your digest's treeSize." })
    fromSize: number,
    @Arg('toSize', () => Int, {
      nullable: true,
      description: "The larger size; left out, the latest signed head's.",
    })
    toSize: number | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return context.services.audit.proofs.consistency(fromSize, toSize ?? undefined);
  }

  @Authorized(AUDIT_RIGHTS.proofs)
  @Query(() => VerifiedEvent, {
    description:
      "An event exactly as stored with its proof, in one read: its salts, its inclusion proof, the signed head it leads to and, given your digest's tree size, the consistency proof from your digest to that head (auditors and admins).",
  })
  verifiedEvent(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('digestTreeSize', () => Int, {
      nullable: true,
      description: 'The treeSize of the digest you hold, if any.',
    })
    digestTreeSize: number | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return context.services.audit.proofs.verifiedEvent(eventId, digestTreeSize ?? undefined);
  }

  @Authorized(AUDIT_RIGHTS.signTreeHead)
  @Mutation(() => LedgerDigest, {
    description:
      'Sign a tree head now, over everything recorded so far, and return it as a digest (auditors and admins).',
  })
  async signTreeHead(@Ctx() context: LedgerContext) {
    return context.services.audit.proofs.digest(true);
  }

  @Authorized(AUDIT_RIGHTS.accessRecord)
  @Query(() => AccessRecordConnection, {
    description:
      'Who was refused, read personal data, exported or redacted what, and when, oldest first (auditors and admins). Each read of it is recorded in it too.',
    complexity: pageCost,
  })
  accessRecord(
    @Arg('filter', () => AccessRecordFilter, { nullable: true, description: 'Only the entries that match.' })
    filter: AccessRecordFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() context: LedgerContext,
  ) {
    const { actorId, kinds, from, to } = filter ?? {};
    const wanted = {
      ...(actorId ? { actorId } : {}),
      ...(kinds ? { kinds } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    const after = afterSequence(page.after);
    const found = context.services.audit.access.read(actorOf(context), wanted, after, page.first);
    const edges = found.entries.map((node) => ({
      cursor: encodeCursor(ACCESS_LIST, [String(node.sequence)]),
      node,
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: found.hasNextPage,
        hasPreviousPage: after > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: found.totalCount,
    };
  }

  @Authorized(AUDIT_RIGHTS.redactEventFields)
  @Mutation(() => RedactionResult, {
    description:
      'Redact free-text fields of an event (a name typed where it should not be), with a rationale recorded as an event of its own: the values are removed from the ledger file, its backups and exports and the read models, and read "[redacted]"; the event\'s leaf is unchanged, so every proof still checks (admins, embedded store).',
  })
  redactEventFields(
    @Arg('input', () => RedactEventFieldsInput, { description: 'What to redact and why.' })
    input: RedactEventFieldsInput,
    @Ctx() context: LedgerContext,
  ) {
    return context.services.audit.redactions.redact(
      { eventId: input.eventId, fields: input.fields, rationale: input.rationale ?? '' },
      { ...actorOf(context), role: 'admin' },
    );
  }
}
