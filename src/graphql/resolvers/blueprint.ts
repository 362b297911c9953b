import { Max, Min } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Query,
  Resolver,
  UseMiddleware,
} from 'type-graphql';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput } from '../inputs/filters';
import { Blueprint, BlueprintDiff, BlueprintVersion } from '../types/blueprint';
import { blueprintView, dayOfRead } from '../views';
import { AsOfArg, found, readAsOf } from './support';

@ArgsType()
class VersionRange {
  @Field(() => ID, { description: 'The programme.' }) programmeId!: string;
  @Field(() => Int, { description: 'The earlier published version.' }) @Min(1) @Max(1_000_000) from!: number;
  @Field(() => Int, { description: 'The later published version.' }) @Min(1) @Max(1_000_000) to!: number;
}

@Resolver()
@UseMiddleware(ErrorMapping)
export class BlueprintResolver {
  @Authorized()
  @Query(() => Blueprint, {
    nullable: true,
    description:
      'The blueprint with every published version and the rationale and evidence of each change; null before it is drafted. With asOf, as it stood at a past time.',
  })
  blueprint(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) => {
      found(
        readModels.programme(programmeId),
        'ProgrammeExists',
        `There is no programme ${programmeId} in the ledger`,
      );
      return blueprintView(readModels.blueprint(programmeId), dayOfRead(asOf)) ?? null;
    });
  }

  @Authorized()
  @Query(() => BlueprintVersion, { description: 'One published version of the blueprint, in full.' })
  blueprintVersion(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('version', () => Int, { description: 'A published version number (1 is the first).' })
    version: number,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      found(
        readModels.blueprint(programmeId)?.versions.find((candidate) => candidate.version === version),
        'BlueprintVersionExists',
        `Programme ${programmeId} has not published blueprint version ${version}`,
      ),
    );
  }

  @Authorized()
  @Query(() => BlueprintDiff, {
    description: 'What changed between two published versions, with the rationale and evidence.',
  })
  blueprintDiff(
    @Args() { programmeId, from, to }: VersionRange,
    @AsOfArg() asOf: AsOfInput | undefined,
    @Ctx() context: LedgerContext,
  ) {
    return readAsOf(context, programmeId, asOf, (readModels) =>
      readModels.blueprintDiff(programmeId, from, to),
    );
  }
}
