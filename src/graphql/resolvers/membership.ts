import { Arg, Authorized, Ctx, ID, Int, Query, Resolver, UseMiddleware } from 'type-graphql';
import { requireDate } from '../../domain/shared/validation';
import { lineageDiffIn, lineageLinks } from '../../projections/lineageReads';
import { membersOn } from '../../projections/membership';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput } from '../inputs/filters';
import { BlueprintLineage } from '../types/lineage';
import { Participant } from '../types/programme';
import { DateOrDateTimeScalar } from '../types/scalars';
import { dayOfRead } from '../views';
import { AsOfArg, readAsOf } from './support';

@Resolver()
@UseMiddleware(ErrorMapping)
export class MembershipResolver {
  @Authorized()
  @Query(() => [Participant], {
    description:
      'Who was in the programme on a day (and in which team then): those who had joined by it and had not left by it (on the day someone leaves they no longer count). With teamId, the members of that team on the day. With asOf, as the ledger knew it then.',
  })
  participants(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('onDate', () => DateOrDateTimeScalar, {
      nullable: true,
      description: "The day (or moment) asked about; left out, the asOf instant's day, or today.",
    })
    onDate: string | undefined,
    @Arg('teamId', () => ID, { nullable: true, description: 'Only the members of this team on the day.' })
    teamId: string | undefined,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    const day = onDate === undefined ? dayOfRead(asOf) : requireDate(onDate, 'onDate');
    return readAsOf(context, programmeId, asOf, (readModels) =>
      membersOn(readModels.requireProgramme(programmeId), day, teamId),
    );
  }

  @Authorized()
  @Query(() => BlueprintLineage, {
    description:
      "A blueprint's lineage: what it changed from the published version it was derived from (elements added, removed, adapted, kept, each with the changes and rationale recorded for it), and every programme up and down the line with how much each adapted. With asOf, as it stood then (the line: the programmes whose blueprints had begun by then).",
  })
  async blueprintLineage(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('version', () => Int, {
      nullable: true,
      description:
        "Compare this published version of the programme's blueprint with its source; left out, the working blueprint.",
    })
    version: number | undefined,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    const own = await readAsOf(context, programmeId, asOf, (readModels) =>
      lineageDiffIn(readModels, programmeId, version ?? null),
    );
    const instant =
      asOf && (asOf.recordedAt ? { recordedAt: asOf.recordedAt } : { occurredAt: asOf.occurredAt! });
    // Other programmes' blueprints are read from the ledger as it stands, up to the instant asked about.
    return { programmeId, ...own, ...lineageLinks(context.services.readModels, programmeId, instant) };
  }
}
