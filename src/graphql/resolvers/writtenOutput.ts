/**
 * The five written outputs over GraphQL: each document as of now or any past moment, and where each
 * stands on the overview. A read of a document is recorded in the access record, as the ledger
 * tool's documents are (kind exported).
 */
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { WrittenOutputKind } from '../../domain/writtenOutput/events';
import { writtenOutputIn } from '../../projections/writtenOutputs';
import { asOfWords, writtenOutputMarkdown } from '../../projections/writtenOutputs/markdown';
import type { AsOf } from '../../projections/timeTravel';
import { outputStandings } from '../../projections/writtenOutputs/standing';
import type { ProgrammeDocument } from '../../projections/programme';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput } from '../inputs/filters';
import { ProgrammeOverview } from '../types/programme';
import { WrittenOutputDocument, WrittenOutputStatus } from '../types/writtenOutput';
import { WrittenOutput } from '../types/writtenOutputEnums';
import { actorOf } from './proofs';
import { AsOfArg, readAsOf } from './support';

/** The moment the document is read as of, in the projections' terms (support.ts checks it names one). */
const asOfOf = (asOf: AsOfInput | undefined): AsOf | undefined => {
  if (asOf?.recordedAt) return { recordedAt: asOf.recordedAt };
  return asOf?.occurredAt ? { occurredAt: asOf.occurredAt } : undefined;
};

@Resolver(() => ProgrammeOverview)
@UseMiddleware(ErrorMapping)
export class WrittenOutputResolver {
  @Authorized()
  @Query(() => WrittenOutputDocument, {
    description:
      "One of the programme's five written outputs, composed from its events: sections of statements, each with the ids of the events it rests on, and the same as Markdown. With asOf, as the ledger knew it (recordedAt) or as it had happened (occurredAt) at a past time. Each read is recorded in the access record.",
  })
  async writtenOutput(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('output', () => WrittenOutput, { description: 'Which of the five outputs.' })
    output: WrittenOutputKind,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    const document = await readAsOf(context, programmeId, asOf, (readModels) =>
      writtenOutputIn(readModels, programmeId, output),
    );
    context.services.audit.access.record('exported', actorOf(context), {
      query: 'writtenOutput',
      programmeId,
      output,
      ...(asOf?.recordedAt ? { recordedAt: asOf.recordedAt } : {}),
      ...(asOf?.occurredAt ? { occurredAt: asOf.occurredAt } : {}),
    });
    return { ...document, markdown: writtenOutputMarkdown(document, asOfWords(asOfOf(asOf))) };
  }

  @FieldResolver(() => [WrittenOutputStatus], {
    description:
      'The five written outputs: when each is due, whether it was delivered, and which are late (undelivered 28 days after their due date), on the day read (with asOf, on that day).',
  })
  writtenOutputs(@Root() overview: { readonly programme: ProgrammeDocument; readonly readAt?: string }) {
    return outputStandings(overview.programme, overview.readAt ?? new Date().toISOString());
  }
}
