import { Arg } from 'type-graphql';
import { NotFoundError, ValidationError } from '../../domain/shared/errors';
import type { LedgerReadModels } from '../../projections/ledgerReadModels';
import type { AsOf } from '../../projections/timeTravel';
import type { LedgerContext } from '../context';
import { AsOfInput } from '../inputs/filters';

export const found = <T>(item: T | undefined, rule: string, message: string): T => {
  if (item === undefined) throw new NotFoundError(rule, message);
  return item;
};

const instantOf = (asOf: AsOfInput): AsOf => {
  const given = [asOf.recordedAt, asOf.occurredAt].filter((value) => value != null);
  if (given.length !== 1)
    throw new ValidationError('AsOfOneInstant', 'asOf takes exactly one of recordedAt or occurredAt');
  return asOf.recordedAt != null ? { recordedAt: asOf.recordedAt } : { occurredAt: asOf.occurredAt! };
};

/** The one `asOf` argument every read of a programme takes. */
export const AsOfArg = () =>
  Arg('asOf', () => AsOfInput, {
    nullable: true,
    description:
      'Read as of a past time instead of now: { recordedAt } as the ledger knew it then, or { occurredAt } as we now know it had happened by then.',
  });

/**
 * A past programme is folded into a scratch store that is closed as soon as `read` returns, so a
 * page whose totalCount is counted on read (the journey, the history) is counted while it is open.
 */
const countedWhileOpen = <T>(found: T): T => {
  if (typeof found === 'object' && found !== null && 'totalCount' in found) void found.totalCount;
  return found;
};

/** Reads the live read models, or a fold of the programme as of a past instant when asked. */
export const readAsOf = <T>(
  context: LedgerContext,
  programmeId: string,
  asOf: AsOfInput | undefined,
  read: (readModels: LedgerReadModels) => T | Promise<T>,
): Promise<T> => {
  const readModels = context.services.readModels;
  if (!asOf) return Promise.resolve(read(readModels));
  return readModels.asOf(programmeId, instantOf(asOf), async (past) => countedWhileOpen(await read(past)));
};

/** A page costs its size times what each item asks for: the query cost limit reads this. */
export const pageCost = ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
  1 + (args.first ?? 20) * childComplexity;
