/**
 * Corrections of wrong occurred dates: one mutation per kind of item, as for every command. Each
 * records an event of its own in the item's stream and answers with the corrected journey entry.
 */
import { Arg, Args, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { LedgerCommandRequest } from '../../domain/ledger';
import { RECORDING_RIGHTS } from '../auth/rights';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import {
  CorrectBarrierDateInput,
  CorrectBlueprintDateInput,
  CorrectDateInput,
  CorrectExperimentDateInput,
  CorrectMeasurementDateInput,
  CorrectReviewDateInput,
  CorrectSmallChangeDateInput,
  CorrectSurveyRoundDateInput,
} from '../inputs/correction';
import { RecordingArgs } from '../inputs/recording';
import { record } from '../recording';
import { CorrectionPayload } from '../types/payloads';

type CorrectionType = Extract<LedgerCommandRequest['type'], `Correct${string}Date`>;

/** Records the correction, then reads back the journey entry it moved. */
const correct = async (
  context: LedgerContext,
  type: CorrectionType,
  input: CorrectDateInput,
  recording: RecordingArgs,
) => {
  const recorded = await record(context, { type, data: { ...input } } as LedgerCommandRequest, recording);
  const page = await context.services.readModels.journey(
    input.programmeId,
    { eventIds: [input.eventId] },
    { first: 1 },
  );
  return { ...recorded, item: page.items[0]?.node ?? null };
};

const WHAT = 'What to correct, to when, and why.';
const MOVES = 'The wrong date stays in the history; the journey entry moves to the correct date and phase.';

@Resolver()
@UseMiddleware(ErrorMapping)
export class CorrectionResolver {
  @Authorized(RECORDING_RIGHTS.CorrectProgrammeDate)
  @Mutation(() => CorrectionPayload, {
    description: `Correct the date of a step of the programme itself. ${MOVES}`,
  })
  correctProgrammeDate(
    @Arg('input', { description: WHAT }) input: CorrectDateInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return correct(context, 'CorrectProgrammeDate', input, recording);
  }

  @Authorized(RECORDING_RIGHTS.CorrectBlueprintDate)
  @Mutation(() => CorrectionPayload, { description: `Correct the date of a step of the blueprint. ${MOVES}` })
  correctBlueprintDate(
    @Arg('input', { description: WHAT }) input: CorrectBlueprintDateInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return correct(context, 'CorrectBlueprintDate', input, recording);
  }

  @Authorized(RECORDING_RIGHTS.CorrectBarrierDate)
  @Mutation(() => CorrectionPayload, { description: `Correct the date of a step of a barrier. ${MOVES}` })
  correctBarrierDate(
    @Arg('input', { description: WHAT }) input: CorrectBarrierDateInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return correct(context, 'CorrectBarrierDate', input, recording);
  }

  @Authorized(RECORDING_RIGHTS.CorrectSmallChangeDate)
  @Mutation(() => CorrectionPayload, {
    description: `Correct the date of a step of a small change. ${MOVES}`,
  })
  correctSmallChangeDate(
    @Arg('input', { description: WHAT }) input: CorrectSmallChangeDateInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return correct(context, 'CorrectSmallChangeDate', input, recording);
  }

  @Authorized(RECORDING_RIGHTS.CorrectReviewDate)
  @Mutation(() => CorrectionPayload, {
    description: `Correct the date of a review (its decisions move with it), or of one of its insights or decisions. ${MOVES}`,
  })
  correctReviewDate(
    @Arg('input', { description: WHAT }) input: CorrectReviewDateInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return correct(context, 'CorrectReviewDate', input, recording);
  }

  @Authorized(RECORDING_RIGHTS.CorrectExperimentDate)
  @Mutation(() => CorrectionPayload, { description: `Correct the date of a step of an experiment. ${MOVES}` })
  correctExperimentDate(
    @Arg('input', { description: WHAT }) input: CorrectExperimentDateInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return correct(context, 'CorrectExperimentDate', input, recording);
  }

  @Authorized(RECORDING_RIGHTS.CorrectMeasurementDate)
  @Mutation(() => CorrectionPayload, { description: `Correct the date a measurement was taken. ${MOVES}` })
  correctMeasurementDate(
    @Arg('input', { description: WHAT }) input: CorrectMeasurementDateInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return correct(context, 'CorrectMeasurementDate', input, recording);
  }

  @Authorized(RECORDING_RIGHTS.CorrectSurveyRoundDate)
  @Mutation(() => CorrectionPayload, { description: `Correct the date a survey round was held. ${MOVES}` })
  correctSurveyRoundDate(
    @Arg('input', { description: WHAT }) input: CorrectSurveyRoundDateInput,
    @Args() recording: RecordingArgs,
    @Ctx() context: LedgerContext,
  ) {
    return correct(context, 'CorrectSurveyRoundDate', input, recording);
  }
}
