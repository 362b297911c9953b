/** Resolves a blueprint change's cited evidence to what it is, in a sentence an evaluator can read. */
import type { Evidence } from '../domain/blueprint/events';
import type { EvidenceResolver, ResolvedEvidence } from './blueprint';
import type { ExperimentDocument } from './experiments';
import type { FeedbackRoundDocument } from './feedbackRounds';
import type { ReviewDocument } from './reviews';
import type { SmallChangeDocument } from './smallChanges';
import type { SurveyRoundDocument } from './surveyRounds';
import { counted, day, listOf, quoted, sentence, words } from './words';

export interface EvidenceSources {
  experiment(id: string): ExperimentDocument | undefined;
  review(id: string): ReviewDocument | undefined;
  surveyRound(id: string): SurveyRoundDocument | undefined;
  smallChange(id: string): SmallChangeDocument | undefined;
  feedbackRound(id: string): FeedbackRoundDocument | undefined;
}

const asked = (round: FeedbackRoundDocument) => round.asked.reduce((sum, group) => sum + group.count, 0);

/** What the evidence says, and the event it rests on (so a corrected date can re-word it). */
type Summary = { readonly summary: string; readonly eventId: string } | undefined;

type Cited = Evidence & { eventId?: string };

/** An experiment's conclusion, or its early stop: what it found and what was learnt. */
const experimentOutcome = (evidence: Cited, sources: EvidenceSources): Summary => {
  const experiment = sources.experiment(evidence.id);
  if (experiment?.conclusion) {
    const { result, learning, nextStep, eventId } = experiment.conclusion;
    return {
      summary: sentence(
        `Experiment ${quoted(experiment.title)} concluded ${words(result)} (next step: ${nextStep}); learning: ${learning}`,
      ),
      eventId,
    };
  }
  if (experiment?.stoppedEarly) {
    const { rationale, learning, eventId } = experiment.stoppedEarly;
    return {
      summary: sentence(
        `Experiment ${quoted(experiment.title)} stopped early (${rationale}); learning: ${learning}`,
      ),
      eventId,
    };
  }
  return undefined;
};

const reviewDecision = (evidence: Cited, sources: EvidenceSources): Summary => {
  const review = sources.review(evidence.id);
  const decision = review?.decisions.find((d) => d.decisionId === evidence.decisionId);
  if (!review || !decision) return undefined;
  return {
    summary: `Decision at the ${words(review.kind)} of ${day(review.heldAt)}: ${quoted(decision.decision)} because ${decision.rationale.replace(/\.$/, '')}.`,
    eventId: decision.eventId,
  };
};

const surveyRound = (evidence: Cited, sources: EvidenceSources): Summary => {
  const round = sources.surveyRound(evidence.id);
  if (!round) return undefined;
  const themes = round.themes.length ? `; themes: ${listOf(round.themes)}` : '';
  return {
    summary: sentence(
      `Survey of ${words(round.audience)} on ${day(round.heldAt)}, ${counted(round.respondents, 'respondent')}${themes}`,
    ),
    eventId: round.heldEventId,
  };
};

const smallChangeReview = (evidence: Cited, sources: EvidenceSources): Summary => {
  const change = sources.smallChange(evidence.id);
  // The review cited: the latest when cited, the same one when re-worded after a correction.
  const review = change?.reviews.find((r) => r.eventId === evidence.eventId) ?? change?.reviews.at(-1);
  if (!change || !review) return undefined;
  return {
    summary: `Review of small change ${quoted(change.title)} on ${day(review.reviewedAt)}: ${counted(review.hoursFreedPerWeek, 'hour')} a week freed; verdict: ${review.verdict}.`,
    eventId: review.eventId,
  };
};

const feedbackRound = (evidence: Cited, sources: EvidenceSources): Summary => {
  const round = sources.feedbackRound(evidence.id);
  if (!round) return undefined;
  const themes = round.themes.length ? `; themes: ${listOf(round.themes)}` : '';
  return {
    summary: sentence(
      `Staff feedback on ${day(round.heldAt)}, ${round.answered} of ${counted(asked(round), 'person')} asked answered${themes}`,
    ),
    eventId: round.heldEventId,
  };
};

const summarise = (evidence: Cited, sources: EvidenceSources): Summary => {
  switch (evidence.kind) {
    case 'experimentConclusion':
      return experimentOutcome(evidence, sources);
    case 'reviewDecision':
      return reviewDecision(evidence, sources);
    case 'surveyRound':
      return surveyRound(evidence, sources);
    case 'smallChangeReview':
      return smallChangeReview(evidence, sources);
    case 'feedbackRound':
      return feedbackRound(evidence, sources);
    default: {
      const unknown: never = evidence.kind;
      return unknown;
    }
  }
};

export const resolveEvidence =
  (sources: EvidenceSources) =>
  (evidence: Evidence & { eventId?: string }): ResolvedEvidence => {
    const summarised = summarise(evidence, sources);
    const { kind, id, decisionId } = evidence;
    return {
      kind,
      id,
      ...(decisionId === undefined ? {} : { decisionId }),
      found: summarised !== undefined,
      summary: summarised?.summary ?? `The cited ${words(kind)} (${id}) is not in the ledger.`,
      ...(summarised ? { eventId: summarised.eventId } : {}),
    };
  };

/** Re-words the evidence resting on events whose date was corrected (their summaries name the date). */
export const rewordEvidence = <T>(document: T, moved: readonly string[], resolve: EvidenceResolver): T => {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    if ('found' in object && 'summary' in object && moved.includes(object.eventId as string))
      return resolve(object as unknown as ResolvedEvidence);
    return Object.fromEntries(Object.entries(object).map(([key, field]) => [key, walk(field)]));
  };
  return walk(document) as T;
};
