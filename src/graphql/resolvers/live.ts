/** Live updates: what the read models have just applied, pushed to subscribers of a programme. */
import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError } from '../../domain/shared/errors';
import type { LedgerRecord } from '../../projections/ledgerRecord';
import type { JourneyEntryView } from '../../projections/ledgerReadModels';
import { checkScope } from '../auth/scope';
import type { LedgerContext } from '../context';
import { toGraphQLError } from '../errors';
import { JourneyEntry } from '../types/journey';
import { ProgrammeOverview } from '../types/programme';
import { overviewView } from '../views';

/**
 * An async iterator fed by the runner's commits for one programme. Updates are produced in commit
 * order; ending the subscription stops listening.
 */
const follow = <T>(
  context: LedgerContext,
  programmeId: string,
  produce: (records: readonly LedgerRecord[]) => Promise<readonly T[]>,
): AsyncIterableIterator<T> => {
  checkScope(context.caller, 'subscription', { programmeId });
  if (!context.services.readModels.programme(programmeId))
    throw toGraphQLError(
      new NotFoundError('ProgrammeExists', `There is no programme ${programmeId} in the ledger`),
      context,
    );
  const queued: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let chain = Promise.resolve();
  let done = false;
  const deliver = (value: T) => {
    const next = waiting.shift();
    if (next) next({ value, done: false });
    else queued.push(value);
  };
  const stop = context.services.runner.onApplied((records) => {
    const mine = records.filter((record) => record.event.data.programmeId === programmeId);
    if (mine.length === 0 || done) return;
    chain = chain
      .then(() => produce(mine))
      .then((values) => values.forEach(deliver))
      .catch((error: unknown) =>
        context.log.error({
          msg: 'live update failed',
          correlationId: context.correlationId,
          error: String(error),
        }),
      );
  });
  const finish = (): Promise<IteratorResult<T>> => {
    done = true;
    stop();
    for (const next of waiting.splice(0)) next({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next: () =>
      queued.length > 0
        ? Promise.resolve({ value: queued.shift()!, done: false })
        : done
          ? Promise.resolve({ value: undefined, done: true })
          : new Promise((resolve) => waiting.push(resolve)),
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
};

interface ProgrammeArgs {
  readonly programmeId: string;
}

@Resolver()
export class LiveResolver {
  @Authorized()
  @Subscription(() => JourneyEntry, {
    description: 'Each new journey entry of a programme, as soon as it is recorded (by anyone).',
    subscribe: ({ args, context }) => {
      const { programmeId } = args as ProgrammeArgs;
      const ledger = context as LedgerContext;
      return follow(ledger, programmeId, async (records) => {
        const positions = records.map((record) => record.position);
        const page = await ledger.services.readModels.journey(
          programmeId,
          { positions },
          { first: positions.length },
        );
        return page.items.map((item) => item.node).sort((a, b) => (a.position < b.position ? -1 : 1));
      });
    },
  })
  journeyEntryRecorded(
    @Root() entry: JourneyEntryView,
    @Arg('programmeId', () => ID, { description: 'The programme.' }) _programmeId: string,
  ): JourneyEntryView {
    return entry;
  }

  @Authorized()
  @Subscription(() => ProgrammeOverview, {
    description: "A programme's overview, again each time something is recorded in it.",
    subscribe: ({ args, context }) => {
      const { programmeId } = args as ProgrammeArgs;
      const ledger = context as LedgerContext;
      return follow(ledger, programmeId, async () => [
        overviewView(ledger.services.readModels.overview(programmeId)),
      ]);
    },
  })
  overviewChanged(
    @Root() overview: ReturnType<typeof overviewView>,
    @Arg('programmeId', () => ID, { description: 'The programme.' }) _programmeId: string,
  ): ReturnType<typeof overviewView> {
    return overview;
  }
}
