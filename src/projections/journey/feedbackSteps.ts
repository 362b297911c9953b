/** How staff feedback rounds read in the journey: what staff were asked, what they said, what was done. */
import type { FeedbackItem, FeedbackRoundEvent } from '../../domain/feedbackRound/events';
import type { Link } from '../../application/ports/readModelStore';
import { counted, listOf, quoted, sentence, words } from '../words';
import type { Describers, Naming } from './naming';

/** The item a round asked about, as a link with the name people know it by. */
export const feedbackItemLink = (item: FeedbackItem, naming: Naming): Link => {
  switch (item.kind) {
    case 'smallChange':
      return naming.smallChange(item.id ?? '');
    case 'experiment':
      return naming.experiment(item.id ?? '');
    case 'blueprintElement': {
      const element = naming.context.blueprint()?.elements.find((e) => e.elementId === item.id);
      return { kind: 'blueprintElement', id: item.id ?? '', label: element?.title };
    }
    case 'vision':
      return { kind: 'vision', id: naming.programme?.programmeId ?? '', label: 'the vision' };
    default: {
      const unknown: never = item.kind;
      return unknown;
    }
  }
};

const itemWords = (link: Link, naming: Naming) =>
  link.kind === 'vision' ? 'the vision' : `${words(link.kind)} ${naming.titleOf(link)}`;

const phaseName = (naming: Naming, phaseId: string) =>
  naming.programme?.phases.find((phase) => phase.phaseId === phaseId)?.name ?? phaseId;

const roundLink = (feedbackRoundId: string): Link => ({ kind: 'feedbackRound', id: feedbackRoundId });

export const FEEDBACK_ROUND_STEPS: Describers<FeedbackRoundEvent> = {
  FeedbackRoundRecorded: ({ data }, naming) => {
    const items = data.items.map((item) => feedbackItemLink(item, naming));
    const asked = data.asked.reduce((sum, group) => sum + group.count, 0);
    const themes = data.themes.length ? `; they said: ${listOf(data.themes)}` : '';
    const flagged = data.consequences.length
      ? `; ${counted(data.consequences.length, 'unintended consequence')} flagged (${listOf(data.consequences.map((c) => quoted(c.description)))})`
      : '';
    return {
      summary: sentence(
        `Staff asked for feedback in the ${quoted(phaseName(naming, data.phaseId))} phase about ${listOf(items.map((link) => itemWords(link, naming)))}: ${data.answered} of ${counted(asked, 'person', 'people')} answered${themes}${flagged}`,
      ),
      links: [roundLink(data.feedbackRoundId), ...items],
    };
  },
  FeedbackResponded: ({ data }, naming) => {
    const round = naming.context.feedbackRound(data.feedbackRoundId);
    const consequence = round?.consequences.find((c) => c.consequenceId === data.consequenceId);
    const answering = consequence
      ? ` (answering the unintended consequence ${quoted(consequence.description)})`
      : '';
    const decision: Link[] = data.decision ? [{ kind: 'review', id: data.decision.reviewId }] : [];
    return {
      summary: sentence(`You said, we did${answering}: ${data.whatWeDid}`),
      links: [roundLink(data.feedbackRoundId), ...decision],
    };
  },
  UnintendedConsequenceClosed: ({ data }, naming) => {
    const round = naming.context.feedbackRound(data.feedbackRoundId);
    const consequence = round?.consequences.find((c) => c.consequenceId === data.consequenceId);
    return {
      summary: sentence(
        `Unintended consequence ${quoted(consequence?.description ?? data.consequenceId)} closed: ${data.resolution}`,
      ),
      links: [roundLink(data.feedbackRoundId)],
    };
  },
};
