/** The journey entry of a corrected occurred date: which step of which item, from when to when, and why. */
import type { OccurredDateCorrected } from '../../domain/shared/dateCorrection';
import type { Described, JourneyContext } from './naming';
import type { Link } from '../../application/ports/readModelStore';
import { counted, day, quoted, words } from '../words';

/** The item a correction concerns, as a link with what a reader calls it. */
const itemLink = ({ kind, id }: OccurredDateCorrected['data']['item'], context: JourneyContext): Link => {
  switch (kind) {
    case 'smallChange':
      return { kind, id, label: context.smallChange(id)?.title };
    case 'experiment':
      return { kind, id, label: context.experiment(id)?.title };
    case 'barrier':
      return { kind, id, label: context.barrier(id)?.title };
    case 'review': {
      const review = context.review(id);
      return { kind, id, label: review && words(review.kind) };
    }
    case 'measurement':
      return { kind: 'metric', id, label: context.metric(id)?.name };
    case 'surveyRound': {
      const round = context.surveyRound(id);
      return { kind, id, label: round && `survey of ${words(round.audience)}` };
    }
    case 'feedbackRound':
      return { kind, id, label: context.feedbackRound(id) && 'staff feedback round' };
    case 'blueprint':
      return { kind, id, label: 'local blueprint' };
    case 'programme':
      return { kind, id, label: context.programme?.name };
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
};

export const describeCorrection = (event: OccurredDateCorrected, context: JourneyContext): Described => {
  const { item, eventType, wrongOccurredAt, correctOccurredAt, rationale, followers } = event.data;
  const link = itemLink(item, context);
  const about = link.label ? ` of ${quoted(link.label)}` : '';
  const withIt = followers.length ? ` (with ${counted(followers.length, 'fact')} dated by it)` : '';
  const teamId =
    item.kind === 'smallChange'
      ? context.smallChange(item.id)?.teamId
      : item.kind === 'review'
        ? context.review(item.id)?.teamId
        : null;
  return {
    summary: `Date corrected: the ${words(eventType)}${about} occurred on ${day(correctOccurredAt)}, not ${day(wrongOccurredAt)}${withIt}.`,
    rationale,
    teamId: teamId ?? null,
    links: [link, { kind: 'event', id: event.data.eventId }],
  };
};
