/**
 * Programme-scoped tokens: an API key (its "programmes") or a JWT (its "programmes" claim) may be
 * limited to some programmes. Every root field that names a programme, in its arguments or in its
 * input, is refused with FORBIDDEN outside the scope, whether or not the programme exists (so a
 * scoped caller cannot learn which programmes exist); the programmes list shows only those in
 * scope; ledger-wide operations (API keys, erasure) need a token without a scope.
 */
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { LedgerContext } from '../context';
import { ledgerError } from '../errors';
import type { Caller } from './roles';

/** Root fields that act on the whole ledger rather than on one programme. */
const LEDGER_WIDE = new Set([
  'apiKeys',
  'issueApiKey',
  'revokeApiKey',
  'erasePerson',
  // The Merkle tree and the access record span every programme.
  'ledgerDigest',
  'ledgerPublicKey',
  'inclusionProof',
  'consistencyProof',
  'verifiedEvent',
  'signTreeHead',
  'accessRecord',
  'redactEventFields',
]);
/** Root fields a scoped token may use without naming a programme. */
const UNSCOPED = new Set(['me', 'programmes']);

const PROGRAMME_ARGUMENTS = ['programmeId', 'sourceProgrammeId'] as const;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** The programme ids a root field's arguments name, directly or in their input. */
export const programmesNamed = (args: Record<string, unknown>): string[] =>
  [args, record(args.input)].flatMap((values) =>
    PROGRAMME_ARGUMENTS.map((name) => values[name]).filter((id): id is string => typeof id === 'string'),
  );

export const inScope = (caller: Caller | undefined, programmeId: string): boolean =>
  !caller?.programmes || caller.programmes.includes(programmeId);

const outOfScope = (caller: Caller, what: string) =>
  ledgerError(
    'FORBIDDEN',
    `Your token is limited to the programmes ${caller.programmes!.join(', ')}; ${what}`,
    { rule: 'ProgrammeInScope' },
  );

/** Throws FORBIDDEN when a scoped caller reaches outside its programmes. */
export const checkScope = (
  caller: Caller | undefined,
  field: string,
  args: Record<string, unknown>,
): void => {
  if (!caller?.programmes || UNSCOPED.has(field)) return;
  if (LEDGER_WIDE.has(field))
    throw outOfScope(caller, `${field} acts on the whole ledger and needs a token without that limit`);
  const named = programmesNamed(args);
  if (named.length === 0) throw outOfScope(caller, `name one of them (programmeId) to use ${field}`);
  const outside = named.find((programmeId) => !inScope(caller, programmeId));
  if (outside !== undefined) throw outOfScope(caller, `it does not reach programme ${outside}`);
};

type RootResolver = GraphQLFieldResolver<unknown, LedgerContext>;

/** A root field's resolver that first refuses a scoped caller reaching outside its programmes. */
export const scopedResolver =
  (resolve: RootResolver): RootResolver =>
  (source, args, context, info) => {
    checkScope(context.caller, info.fieldName, args);
    return resolve(source, args, context, info);
  };

/**
 * Wraps the resolver of every root field (query, mutation, subscription) of the built schema in
 * the scope check, and nothing below them: a check on every field of every answer (as a global
 * middleware would run) doubled the work of a 50-entry journey page. A root field added later is
 * covered without being named.
 */
export const scopeRootFields = (schema: GraphQLSchema): GraphQLSchema => {
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.resolve) field.resolve = scopedResolver(field.resolve as RootResolver);
    }
  }
  return schema;
};
