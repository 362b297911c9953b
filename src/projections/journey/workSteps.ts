/** How barriers, small changes and reviews read in the journey. */
import type { BarrierEvent, BarrierSource } from '../../domain/barrier/events';
import type { ReviewEvent } from '../../domain/review/events';
import type { SmallChangeEvent } from '../../domain/smallChange/events';
import type { Link } from '../../application/ports/readModelStore';
import { counted, listOf, quoted, sentence, withArticle, words } from '../words';
import {
  barrierNotResolved,
  citingFeedback,
  decisionLinks,
  feedbackLinks,
  escalationClosed,
  followingDecision,
  learntAndNext,
} from './failureSteps';
import { people, type Describer, type Describers, type Naming } from './naming';

const SOURCE_PHRASES: Readonly<Record<BarrierSource['kind'], string>> = {
  smallChange: ' from a small change',
  sensemaking: ' at a sensemaking session',
  survey: ' from a survey',
  review: ' at a review',
  other: '',
};

export const BARRIER_STEPS: Describers<BarrierEvent> = {
  BarrierIdentified: ({ data: { scope, kind, title, source, identifiedBy, barrierId } }, { barrier }) => {
    const sourceLinks: Link[] =
      source.id && source.kind !== 'other' && source.kind !== 'sensemaking'
        ? [{ kind: source.kind === 'survey' ? 'surveyRound' : source.kind, id: source.id }]
        : [];
    return {
      summary: sentence(
        `${withArticle(`${scope} ${words(kind)}`)} barrier ${quoted(title)} was identified${SOURCE_PHRASES[source.kind]}`,
      ),
      links: [barrier(barrierId), ...sourceLinks, ...people(identifiedBy)],
    };
  },
  BarrierRescoped: ({ data }, { context, barrier, titleOf }) => {
    const from = context.barrier(data.barrierId)?.rescopings.at(-1)?.from;
    return {
      summary: `Barrier ${titleOf(barrier(data.barrierId))} re-scoped${from ? ` from ${from}` : ''} to ${data.scope}.`,
      rationale: data.rationale,
      links: [barrier(data.barrierId)],
    };
  },
  BarrierResolved: ({ data }, { barrier, titleOf }) => ({
    summary: sentence(`Barrier ${titleOf(barrier(data.barrierId))} resolved: ${data.resolution}`),
    links: [barrier(data.barrierId)],
  }),
  BarrierNotResolved: barrierNotResolved,
};

/** The small change a step concerns: its link, title, team and the team's name. */
const stepOf = (smallChangeId: string, naming: Naming) => {
  const document = naming.context.smallChange(smallChangeId);
  const link = naming.smallChange(smallChangeId);
  return {
    link,
    title: naming.titleOf(link),
    teamId: document?.teamId ?? null,
    who: naming.team(document?.teamId),
  };
};

/** A step that changes a small change's practice: implemented or adapted. */
const changedPractice: Describer<'SmallChangeImplemented' | 'SmallChangeAdapted'> = (event, naming) => {
  const { link, title, teamId, who } = stepOf(event.data.smallChangeId, naming);
  const verb = event.type === 'SmallChangeImplemented' ? 'implemented' : 'adapted';
  const decision = event.type === 'SmallChangeAdapted' ? event.data.decision : undefined;
  const rounds = event.type === 'SmallChangeAdapted' ? event.data.feedbackRoundIds : undefined;
  return {
    summary: sentence(
      `${who} ${verb} ${title}${followingDecision(naming, decision)}${citingFeedback(naming, rounds)}: ${event.data.whatChanged}`,
    ),
    ...(event.type === 'SmallChangeAdapted' ? { rationale: event.data.rationale } : {}),
    teamId,
    links: [link, ...decisionLinks(decision), ...feedbackLinks(rounds)],
  };
};

export const SMALL_CHANGE_STEPS: Describers<SmallChangeEvent> = {
  SmallChangeProposed: ({ data: { teamId, title, proposedBy, barrierIds, smallChangeId } }, naming) => {
    const eases = barrierIds.map((id) => naming.titleOf(naming.barrier(id)));
    return {
      summary: sentence(
        `${naming.team(teamId)} proposed small change ${quoted(title)} (proposed by ${naming.levelsOf(proposedBy)})${eases.length ? `; it eases ${listOf(eases)}` : ''}`,
      ),
      teamId,
      links: [naming.smallChange(smallChangeId), ...barrierIds.map(naming.barrier), ...people(proposedBy)],
    };
  },
  SmallChangeAgreed: ({ data }, naming) => {
    const { link, title, teamId, who } = stepOf(data.smallChangeId, naming);
    return {
      summary: `${who} agreed small change ${title} (agreed by ${naming.levelsOf(data.agreedBy)}).`,
      teamId,
      links: [link, ...people(data.agreedBy)],
    };
  },
  SmallChangeDeclined: ({ data }, naming) => {
    const { link, title, teamId, who } = stepOf(data.smallChangeId, naming);
    return {
      summary: `${who} declined small change ${title}${followingDecision(naming, data.decision)}${learntAndNext(data)}.`,
      rationale: data.rationale,
      teamId,
      links: [link, ...people(data.declinedBy), ...decisionLinks(data.decision)],
    };
  },
  SmallChangeImplemented: changedPractice,
  SmallChangeReviewed: ({ data }, naming) => {
    const { link, title, teamId, who } = stepOf(data.smallChangeId, naming);
    return {
      summary: `${who} reviewed ${title}: ${counted(data.hoursFreedPerWeek, 'hour')} a week freed for direct work; verdict: ${data.verdict}.`,
      teamId,
      links: [link],
    };
  },
  SmallChangeAdapted: changedPractice,
  SmallChangeReverted: ({ data }, naming) => {
    const { link, title, teamId, who } = stepOf(data.smallChangeId, naming);
    return {
      summary: `${who} reverted ${title}${followingDecision(naming, data.decision)}${citingFeedback(naming, data.feedbackRoundIds)}${learntAndNext(data)}.`,
      rationale: data.rationale,
      teamId,
      links: [link, ...decisionLinks(data.decision), ...feedbackLinks(data.feedbackRoundIds)],
    };
  },
  SmallChangeEscalated: ({ data }, naming) => {
    const { link, title, teamId, who } = stepOf(data.smallChangeId, naming);
    return {
      summary: `${who} escalated ${title}: it needs national change, recorded as the national barrier ${quoted(data.nationalBarrierTitle)}.`,
      rationale: data.rationale,
      teamId,
      links: [link, naming.barrier(data.nationalBarrierId), ...people(data.escalatedBy)],
    };
  },
  SmallChangeEscalationClosed: escalationClosed,
};

export const REVIEW_STEPS: Describers<ReviewEvent> = {
  ReviewHeld: ({ data: { kind, attendeeIds, teamId, reviewId } }, { team }) => ({
    summary: sentence(
      `${withArticle(words(kind))}${teamId ? ` for ${team(teamId)}` : ''} held with ${counted(attendeeIds.length, 'attendee')}`,
    ),
    teamId,
    links: [{ kind: 'review', id: reviewId, label: words(kind) }, ...people(attendeeIds)],
  }),
  InsightRecorded: ({ data }, { context, barrier }) => {
    const review = context.review(data.reviewId);
    return {
      summary: sentence(
        `${words(data.kind)} recorded at the ${words(review?.kind ?? 'review')}: ${quoted(data.statement)}`,
      ),
      teamId: review?.teamId ?? null,
      links: [{ kind: 'review', id: data.reviewId }, ...data.barrierIds.map(barrier)],
    };
  },
  DecisionRecorded: ({ data }, naming) => {
    const review = naming.context.review(data.reviewId);
    return {
      summary: `Decision at the ${words(review?.kind ?? 'review')}${citingFeedback(naming, data.feedbackRoundIds)}: ${quoted(data.decision)}.`,
      rationale: data.rationale,
      teamId: review?.teamId ?? null,
      links: [
        { kind: 'review', id: data.reviewId },
        { kind: 'decision', id: data.decisionId },
        ...data.affects.map(({ kind, id }) => ({ kind, id })),
        ...(data.followUpOwnerId ? people([data.followUpOwnerId]) : []),
        ...feedbackLinks(data.feedbackRoundIds),
      ],
    };
  },
};
