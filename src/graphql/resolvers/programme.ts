import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  UseMiddleware,
} from 'type-graphql';
import type { LedgerReadModels } from '../../projections/ledgerReadModels';
import { joinParticipant } from '../../application/joinParticipant';
import type { ProgrammeDocument } from '../../projections/programme';
import { RECORDING_RIGHTS } from '../auth/rights';
import { inScope } from '../auth/scope';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { AsOfInput } from '../inputs/filters';
import {
  AdoptSimpleRuleInput,
  CloseProgrammeInput,
  CompletePhaseInput,
  DefineMetricInput,
  DefineOutcomeInput,
  DefineTheoryOfChangeInput,
  EnrolTeamInput,
  JoinParticipantInput,
  LaunchProgrammeInput,
  PhaseChangeInput,
  RecordParticipantLeftInput,
  ReviseVisionInput,
  SetVisionInput,
} from '../inputs/programme';
import { PageArgs, RecordingArgs } from '../inputs/recording';
import { newItemId, recordAs, recordItem } from '../recording';
import { connectionOf } from '../types/common';
import { CallerRole } from '../types/enums';
import { ProgrammePayload } from '../types/payloads';
import { Programme, ProgrammeOverview } from '../types/programme';
import { overviewView, pageOfList } from '../views';
import { AsOfArg, pageCost, readAsOf } from './support';

const ProgrammeConnection = connectionOf(Programme, 'Programme', 'programme');

@ObjectType({ description: 'Who the token you sent belongs to.' })
class Me {
  @Field(() => ID, { description: "Your actor id: your API key's actor, or your token's subject." })
  actorId!: string;
  @Field(() => [CallerRole], { description: 'What your token allows.' }) roles!: string[];
}

/** Reads back the programme's overview after recording in it. */
const overviewNow = (programmeId: string) => (readModels: LedgerReadModels) =>
  overviewView(readModels.overview(programmeId));

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
    return readAsOf(context, programmeId, asOf, (readModels) =>
      overviewView(readModels.overview(programmeId)),
    );
  }

  @Authorized(RECORDING_RIGHTS.LaunchProgramme)
  @Mutation(() => ProgrammePayload, { description: 'Launch a new change programme (admin).' })
  launchProgramme(
    @Arg('input', { description: 'What to record.' }) input: LaunchProgrammeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const programmeId = input.programmeId ?? newItemId(recording, 'programme');
    return recordItem(
      context,
      { type: 'LaunchProgramme', data: { ...input, programmeId } },
      recording,
      overviewNow(programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.DefineTheoryOfChange)
  @Mutation(() => ProgrammePayload, {
    description: 'Set out the problem, the intended change and the assumptions.',
  })
  defineTheoryOfChange(
    @Arg('input', { description: 'What to record.' }) input: DefineTheoryOfChangeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'DefineTheoryOfChange', data: { ...input } },
      recording,
      overviewNow(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.SetVision)
  @Mutation(() => ProgrammePayload, { description: 'Record the co-authored vision.' })
  setVision(
    @Arg('input', { description: 'What to record.' }) input: SetVisionInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'SetVision', data: { ...input } },
      recording,
      overviewNow(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.ReviseVision)
  @Mutation(() => ProgrammePayload, { description: 'Revise the vision, saying why.' })
  reviseVision(
    @Arg('input', { description: 'What to record.' }) input: ReviseVisionInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'ReviseVision', data: { ...input } },
      recording,
      overviewNow(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.AdoptSimpleRule)
  @Mutation(() => ProgrammePayload, { description: 'Adopt a simple rule to guide everyday decisions.' })
  adoptSimpleRule(
    @Arg('input', { description: 'What to record.' }) input: AdoptSimpleRuleInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'AdoptSimpleRule', data: { ...input } },
      recording,
      overviewNow(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.EnrolTeam)
  @Mutation(() => ProgrammePayload, { description: 'Enrol a team in the programme.' })
  enrolTeam(
    @Arg('input', { description: 'What to record.' }) input: EnrolTeamInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const teamId = input.teamId ?? newItemId(recording, 'team');
    return recordItem(
      context,
      { type: 'EnrolTeam', data: { ...input, teamId } },
      recording,
      overviewNow(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.JoinParticipant)
  @Mutation(() => ProgrammePayload, {
    description: 'A participant joins. Their name and contact go to the personal-data register only.',
  })
  async joinParticipant(
    @Arg('input', { description: 'What to record.' }) input: JoinParticipantInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const participantId = input.participantId ?? newItemId(recording, 'participant');
    const { handler, register } = context.services;
    const recorded = await recordAs(context, 'JoinParticipant', recording, (options) =>
      joinParticipant(handler, register, { ...input, participantId }, options),
    );
    return { ...recorded, item: overviewNow(input.programmeId)(context.services.readModels) };
  }

  @Authorized(RECORDING_RIGHTS.RecordParticipantLeft)
  @Mutation(() => ProgrammePayload, { description: 'Record that a participant left.' })
  recordParticipantLeft(
    @Arg('input', { description: 'What to record.' }) input: RecordParticipantLeftInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'RecordParticipantLeft', data: { ...input } },
      recording,
      overviewNow(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.DefineOutcome)
  @Mutation(() => ProgrammePayload, { description: 'Define an outcome the programme aims for.' })
  defineOutcome(
    @Arg('input', { description: 'What to record.' }) input: DefineOutcomeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const outcomeId = input.outcomeId ?? newItemId(recording, 'outcome');
    return recordItem(
      context,
      { type: 'DefineOutcome', data: { ...input, outcomeId } },
      recording,
      overviewNow(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.DefineMetric)
  @Mutation(() => ProgrammePayload, {
    description: 'Define a metric of an outcome: baseline, target and method.',
  })
  defineMetric(
    @Arg('input', { description: 'What to record.' }) input: DefineMetricInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    const metricId = input.metricId ?? newItemId(recording, 'metric');
    return recordItem(
      context,
      { type: 'DefineMetric', data: { ...input, metricId } },
      recording,
      overviewNow(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.StartPhase)
  @Mutation(() => ProgrammePayload, { description: 'Start a phase.' })
  startPhase(
    @Arg('input', { description: 'What to record.' }) input: PhaseChangeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'StartPhase', data: { ...input } },
      recording,
      overviewNow(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.CompletePhase)
  @Mutation(() => ProgrammePayload, { description: 'Complete a phase, with what it achieved.' })
  completePhase(
    @Arg('input', { description: 'What to record.' }) input: CompletePhaseInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'CompletePhase', data: { ...input } },
      recording,
      overviewNow(input.programmeId),
    );
  }

  @Authorized(RECORDING_RIGHTS.CloseProgramme)
  @Mutation(() => ProgrammePayload, { description: 'Close the programme, with a summary.' })
  closeProgramme(
    @Arg('input', { description: 'What to record.' }) input: CloseProgrammeInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return recordItem(
      context,
      { type: 'CloseProgramme', data: { ...input } },
      recording,
      overviewNow(input.programmeId),
    );
  }
}
