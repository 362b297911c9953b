import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  ID,
  ObjectType,
  Query,
  Resolver,
  UseMiddleware,
} from 'type-graphql';
import type { ProgrammeDocument } from '../../projections/programme';
import { inScope } from '../auth/scope';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput } from '../inputs/filters';
import { PageArgs } from '../inputs/recording';
import { connectionOf } from '../types/common';
import { CallerRole } from '../types/enums';
import { Programme, ProgrammeOverview } from '../types/programme';
import { dayOfRead, overviewView, pageOfList } from '../views';
import { AsOfArg, pageCost, readAsOf } from './support';

const ProgrammeConnection = connectionOf(Programme, 'Programme', 'programme');

@ObjectType({ description: 'Who the token you sent belongs to.' })
class Me {
  @Field(() => ID, { description: "Your actor id: your API key's actor, or your token's subject." })
  actorId!: string;
  @Field(() => [CallerRole], { description: 'What your token allows.' }) roles!: string[];
}

@Resolver()
@UseMiddleware(ErrorMapping)
export class ProgrammeResolver {
  @Authorized()
  @Query(() => Me, { description: 'The actor and roles of the token sent.' })
  me(@Ctx() context: LedgerContext): Me {
    return { actorId: context.caller!.actorId, roles: [...context.caller!.roles] };
  }

  @Authorized()
  @Query(() => ProgrammeConnection, { description: 'Every programme in the ledger.', complexity: pageCost })
  programmes(@Args() page: PageArgs, @Ctx() context: LedgerContext) {
    const visible = context.services.readModels
      .programmes()
      .filter((programme) => inScope(context.caller, programme.programmeId));
    return pageOfList(visible, (p) => p.programmeId, 'programme', page);
  }

  @Authorized()
  @Query(() => Programme, { description: 'A programme: phases, vision, teams, participants, outcomes.' })
  programme(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ): Promise<ProgrammeDocument> {
    return readAsOf(context, programmeId, asOf, (readModels) => readModels.requireProgramme(programmeId));
  }

  @Authorized()
  @Query(() => ProgrammeOverview, {
    description:
      "A programme's dashboard. With asOf, as the ledger knew it (recordedAt) or as it had happened (occurredAt) at a past time.",
  })
  overview(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    // The day read, for the written outputs' standing (see WrittenOutputResolver.writtenOutputs).
    const readAt = asOf?.recordedAt ?? asOf?.occurredAt ?? undefined;
    const day = dayOfRead(asOf);
    return readAsOf(context, programmeId, asOf, (readModels) => ({
      ...readModels.kept(`overview on ${day}`, programmeId, () =>
        overviewView(readModels.overview(programmeId), day),
      ),
      readAt,
    }));
  }
}
