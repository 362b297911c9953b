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
  Mutation,
  Query,
  Resolver,
  UseMiddleware,
} from 'type-graphql';
import type { LedgerReadModels } from '../../projections/ledgerReadModels';
import { RECORDING_RIGHTS } from '../auth/rights';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import {
  AddBlueprintCoOwnerInput,
  AddBlueprintElementInput,
  DeriveBlueprintInput,
  DraftBlueprintInput,
  PublishBlueprintVersionInput,
  RemoveBlueprintElementInput,
  ReviseBlueprintElementInput,
} from '../inputs/evidence';
import { AsOfInput } from '../inputs/filters';
import { RecordingArgs } from '../inputs/recording';
import { newItemId, recordItem } from '../recording';
import { Blueprint, BlueprintDiff, BlueprintVersion } from '../types/blueprint';
import { BlueprintPayload } from '../types/payloads';
import { AsOfArg, found, readAsOf } from './support';

@ArgsType()
class VersionRange {
  @Field(() => ID, { description: 'The programme.' }) programmeId!: string;
  @Field(() => Int, { description: 'The earlier published version.' }) @Min(1) @Max(1_000_000) from!: number;
  @Field(() => Int, { description: 'The later published version.' }) @Min(1) @Max(1_000_000) to!: number;
}

/** Reads back the blueprint after recording in it. */
const workingBlueprint = (programmeId: string) => (readModels: LedgerReadModels) =>
  readModels.blueprint(programmeId);

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
      return readModels.blueprint(programmeId) ?? null;
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

  @Authorized(RECORDING_RIGHTS.DraftBlueprint)
  @Mutation(() => BlueprintPayload, { description: 'Start the local blueprint, with its co-owners.' })
  draftBlueprint(
    @Arg('input', { description: 'What to record.' }) input: DraftBlueprintInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'DraftBlueprint', data: { ...input } },
      recording,
      workingBlueprint(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.DeriveBlueprint)
  @Mutation(() => BlueprintPayload, {
    description: "Start the blueprint from another programme's published version.",
  })
  deriveBlueprint(
    @Arg('input', { description: 'What to record.' }) input: DeriveBlueprintInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'DeriveBlueprint', data: { ...input } },
      recording,
      workingBlueprint(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.AddBlueprintCoOwner)
  @Mutation(() => BlueprintPayload, { description: 'Add a co-owner of the blueprint.' })
  addBlueprintCoOwner(
    @Arg('input', { description: 'What to record.' }) input: AddBlueprintCoOwnerInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'AddBlueprintCoOwner', data: { ...input } },
      recording,
      workingBlueprint(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.AddBlueprintElement)
  @Mutation(() => BlueprintPayload, {
    description: 'Add an element to the working blueprint, with its evidence.',
  })
  addBlueprintElement(
    @Arg('input', { description: 'What to record.' }) input: AddBlueprintElementInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const elementId = input.elementId ?? newItemId(recording, 'blueprintElement');
    return recordItem(
      context,
      { type: 'AddBlueprintElement', data: { ...input, elementId } },
      recording,
      workingBlueprint(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.ReviseBlueprintElement)
  @Mutation(() => BlueprintPayload, { description: 'Revise an element, saying why and on what evidence.' })
  reviseBlueprintElement(
    @Arg('input', { description: 'What to record.' }) input: ReviseBlueprintElementInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'ReviseBlueprintElement', data: { ...input } },
      recording,
      workingBlueprint(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.RemoveBlueprintElement)
  @Mutation(() => BlueprintPayload, { description: 'Remove an element, saying why.' })
  removeBlueprintElement(
    @Arg('input', { description: 'What to record.' }) input: RemoveBlueprintElementInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'RemoveBlueprintElement', data: { ...input } },
      recording,
      workingBlueprint(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.PublishBlueprintVersion)
  @Mutation(() => BlueprintPayload, {
    description: 'Publish the working blueprint as the next version, endorsed.',
  })
  publishBlueprintVersion(
    @Arg('input', { description: 'What to record.' }) input: PublishBlueprintVersionInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'PublishBlueprintVersion', data: { ...input } },
      recording,
      workingBlueprint(input.programmeId),
    );
  }
}
