import { unhandled } from '../shared/command';
import { IllegalStateError, ValidationError } from '../shared/errors';
import { requireNonEmpty, requireOneOf, requireRationale, requireText } from '../shared/validation';
import {
  existing,
  fresh,
  openProgramme,
  requireBarriers,
  requireBlueprintElement,
  requireExperiment,
  requireMetrics,
  requireParticipants,
  requireSmallChange,
  requireTeam,
  type Facts,
} from '../facts';
import {
  AFFECTED_KINDS,
  INSIGHT_KINDS,
  REVIEW_KINDS,
  type AffectedItem,
  type ReviewCommand,
  type ReviewEvent,
} from './events';
import type { Review } from './state';

const requireAffected = (facts: Facts, programmeId: string, items: readonly AffectedItem[]): void => {
  for (const item of items) {
    const kind = requireOneOf(item.kind, AFFECTED_KINDS, 'affected item kind');
    if (kind === 'smallChange') requireSmallChange(facts, item.id, programmeId);
    else if (kind === 'experiment') requireExperiment(facts, item.id, programmeId);
    else if (kind === 'blueprintElement') requireBlueprintElement(facts, programmeId, item.id);
    else requireMetrics(openProgramme(facts.programme), [item.id], 'affects');
  }
};

export const decideReview = (command: ReviewCommand, state: Review, facts: Facts): ReviewEvent[] => {
  const programme = openProgramme(facts.programme);
  const { programmeId, reviewId } = command.data;
  if (command.type === 'HoldReview') {
    fresh(state, 'review');
    const kind = requireOneOf(command.data.kind, REVIEW_KINDS, 'kind');
    const teamId = command.data.teamId ?? null;
    if (kind === 'teamCheckIn' && !teamId)
      throw new ValidationError('CheckInNamesTeam', 'A team check-in must name its team');
    if (teamId) requireTeam(programme, teamId);
    const attendeeIds = requireNonEmpty(command.data.attendeeIds, 'attendees') as string[];
    requireParticipants(programme, attendeeIds, 'attendees');
    return [
      {
        type: 'ReviewHeld',
        data: { reviewId, programmeId, kind, heldAt: command.context.occurredAt, teamId, attendeeIds },
      },
    ];
  }
  const review = existing(state, programmeId, 'review');
  switch (command.type) {
    case 'RecordInsight': {
      const { insightId, kind, statement, barrierIds } = command.data;
      if (review.insightIds.includes(insightId))
        throw new IllegalStateError('IdNotInUse', `Insight ${insightId} is already recorded`);
      requireBarriers(facts, barrierIds, programmeId);
      return [
        {
          type: 'InsightRecorded',
          data: {
            reviewId,
            programmeId,
            insightId,
            kind: requireOneOf(kind, INSIGHT_KINDS, 'kind'),
            statement: requireText(statement, 'statement'),
            barrierIds,
          },
        },
      ];
    }
    case 'RecordDecision': {
      const { decisionId, decision, rationale, affects, followUpOwnerId } = command.data;
      if (review.decisionIds.includes(decisionId))
        throw new IllegalStateError('IdNotInUse', `Decision ${decisionId} is already recorded`);
      requireAffected(facts, programmeId, affects);
      if (followUpOwnerId) requireParticipants(programme, [followUpOwnerId], 'follow-up owner');
      return [
        {
          type: 'DecisionRecorded',
          data: {
            reviewId,
            programmeId,
            decisionId,
            decision: requireText(decision, 'decision'),
            rationale: requireRationale(rationale, 'recording a decision'),
            affects,
            followUpOwnerId: followUpOwnerId ?? null,
          },
        },
      ];
    }
    default:
      return unhandled(command);
  }
};
