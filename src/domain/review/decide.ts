import { unhandled } from '../shared/command';
import { requireNewStepsInOrder } from '../shared/businessTime';
import { decideDateCorrection } from '../shared/dateCorrection';
import { IllegalStateError, ValidationError } from '../shared/errors';
import { requireNonEmpty, requireOneOf, requireRationale, requireText } from '../shared/validation';
import {
  citedFeedbackRounds,
  existing,
  fresh,
  openProgramme,
  openProgrammeOn,
  requireBarriers,
  requireBlueprintElement,
  requireExperiment,
  requireMetrics,
  requireParticipants,
  requireSmallChange,
  requireTeam,
  type Facts,
} from '../facts';
import type { ProgrammeDetails } from '../programme/state';
import {
  AFFECTED_KINDS,
  INSIGHT_KINDS,
  REVIEW_KINDS,
  type AffectedItem,
  type ReviewCommand,
  type ReviewEvent,
} from './events';
import { heldStep, type Review } from './state';
import { requireOnReviewDate, reviewTime } from './time';

type Held = Exclude<Review, { status: 'None' }>;
type Cmd<T extends ReviewCommand['type']> = Extract<ReviewCommand, { type: T }>;

const requireAffected = (facts: Facts, programmeId: string, items: readonly AffectedItem[]): void => {
  for (const item of items) {
    const kind = requireOneOf(item.kind, AFFECTED_KINDS, 'affected item kind');
    if (kind === 'smallChange') requireSmallChange(facts, item.id, programmeId);
    else if (kind === 'experiment') requireExperiment(facts, item.id, programmeId);
    else if (kind === 'blueprintElement') requireBlueprintElement(facts, programmeId, item.id);
    else requireMetrics(openProgramme(facts.programme), [item.id], 'affects');
  }
};

const hold = (
  { data, context }: Cmd<'HoldReview'>,
  state: Review,
  programme: ProgrammeDetails,
): ReviewEvent => {
  fresh(state, 'review');
  const { programmeId, reviewId } = data;
  const kind = requireOneOf(data.kind, REVIEW_KINDS, 'kind');
  const teamId = data.teamId ?? null;
  if (kind === 'teamCheckIn' && !teamId)
    throw new ValidationError('CheckInNamesTeam', 'A team check-in must name its team');
  if (teamId) requireTeam(programme, teamId);
  const attendeeIds = requireNonEmpty(data.attendeeIds, 'attendees') as string[];
  requireParticipants(programme, attendeeIds, 'attendees');
  return {
    type: 'ReviewHeld',
    data: { reviewId, programmeId, kind, heldAt: context.occurredAt, teamId, attendeeIds },
  };
};

const recordInsight = ({ data }: Cmd<'RecordInsight'>, review: Held, facts: Facts): ReviewEvent => {
  const { programmeId, reviewId, insightId, kind, statement, barrierIds } = data;
  if (review.insightIds.includes(insightId))
    throw new IllegalStateError('IdNotInUse', `Insight ${insightId} is already recorded`);
  requireBarriers(facts, barrierIds, programmeId);
  return {
    type: 'InsightRecorded',
    data: {
      reviewId,
      programmeId,
      insightId,
      kind: requireOneOf(kind, INSIGHT_KINDS, 'kind'),
      statement: requireText(statement, 'statement'),
      barrierIds,
    },
  };
};

const recordDecision = (
  { data, context }: Cmd<'RecordDecision'>,
  review: Held,
  facts: Facts,
  programme: ProgrammeDetails,
): ReviewEvent => {
  const { programmeId, reviewId, decisionId, decision, rationale, affects, followUpOwnerId } = data;
  if (review.decisionIds.includes(decisionId))
    throw new IllegalStateError('IdNotInUse', `Decision ${decisionId} is already recorded`);
  requireOnReviewDate(heldStep(review), context.occurredAt);
  requireAffected(facts, programmeId, affects);
  if (followUpOwnerId) requireParticipants(programme, [followUpOwnerId], 'follow-up owner');
  return {
    type: 'DecisionRecorded',
    data: {
      reviewId,
      programmeId,
      decisionId,
      decision: requireText(decision, 'decision'),
      rationale: requireRationale(rationale, 'recording a decision'),
      affects,
      followUpOwnerId: followUpOwnerId ?? null,
      ...citedFeedbackRounds(facts, programmeId, data.feedbackRoundIds),
    },
  };
};

/** A decision's date can only be corrected onto the review's own date. */
const correct = ({ data, context }: Cmd<'CorrectReviewDate'>, review: Held, programme: ProgrammeDetails) => {
  const corrected = review.steps.find((step) => step.eventId === data.eventId);
  if (corrected?.type === 'DecisionRecorded') requireOnReviewDate(heldStep(review), data.correctOccurredAt);
  return decideDateCorrection(
    data,
    context,
    { kind: 'review', id: data.reviewId },
    review.steps,
    reviewTime,
    programme.startDate,
  );
};

export const decideReview = (command: ReviewCommand, state: Review, facts: Facts): ReviewEvent[] => {
  const programme = openProgrammeOn(facts.programme, command.context);
  if (command.type === 'HoldReview') return [hold(command, state, programme)];
  const review = existing(state, command.data.programmeId, 'review', command.data.reviewId);
  const decided = ((): ReviewEvent => {
    switch (command.type) {
      case 'RecordInsight':
        return recordInsight(command, review, facts);
      case 'RecordDecision':
        return recordDecision(command, review, facts, programme);
      case 'CorrectReviewDate':
        return correct(command, review, programme);
      default:
        return unhandled(command);
    }
  })();
  return requireNewStepsInOrder(reviewTime, review.steps, [decided], command.context.occurredAt);
};
