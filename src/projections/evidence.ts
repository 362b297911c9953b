/** Resolves a blueprint change's cited evidence to what it is, in a sentence an evaluator can read. */
import type { Evidence } from '../domain/blueprint/events';
import type { ResolvedEvidence } from './blueprint';
import type { ExperimentDocument } from './experiments';
import type { ReviewDocument } from './reviews';
import type { SmallChangeDocument } from './smallChanges';
import type { SurveyRoundDocument } from './surveyRounds';
import { counted, day, listOf, quoted, sentence, words } from './words';

export interface EvidenceSources {
  experiment(id: string): ExperimentDocument | undefined;
  review(id: string): ReviewDocument | undefined;
  surveyRound(id: string): SurveyRoundDocument | undefined;
  smallChange(id: string): SmallChangeDocument | undefined;
}

const summarise = (evidence: Evidence, sources: EvidenceSources): string | undefined => {
  switch (evidence.kind) {
    case 'experimentConclusion': {
      const experiment = sources.experiment(evidence.id);
      if (experiment?.conclusion) {
        const { result, learning, nextStep } = experiment.conclusion;
        return sentence(
          `Experiment ${quoted(experiment.title)} concluded ${words(result)} (next step: ${nextStep}); learning: ${learning}`,
        );
      }
      if (experiment?.stoppedEarly)
        return sentence(
          `Experiment ${quoted(experiment.title)} stopped early (${experiment.stoppedEarly.rationale}); learning: ${experiment.stoppedEarly.learning}`,
        );
      return undefined;
    }
    case 'reviewDecision': {
      const review = sources.review(evidence.id);
      const decision = review?.decisions.find((d) => d.decisionId === evidence.decisionId);
      if (!review || !decision) return undefined;
      return `Decision at the ${words(review.kind)} of ${day(review.heldAt)}: ${quoted(decision.decision)} because ${decision.rationale.replace(/\.$/, '')}.`;
    }
    case 'surveyRound': {
      const round = sources.surveyRound(evidence.id);
      if (!round) return undefined;
      const themes = round.themes.length ? `; themes: ${listOf(round.themes)}` : '';
      return sentence(
        `Survey of ${words(round.audience)} on ${day(round.heldAt)}, ${counted(round.respondents, 'respondent')}${themes}`,
      );
    }
    case 'smallChangeReview': {
      const change = sources.smallChange(evidence.id);
      const review = change?.reviews.at(-1);
      if (!change || !review) return undefined;
      return `Review of small change ${quoted(change.title)} on ${day(review.reviewedAt)}: ${counted(review.hoursFreedPerWeek, 'hour')} a week freed; verdict: ${review.verdict}.`;
    }
    default: {
      const unknown: never = evidence.kind;
      return unknown;
    }
  }
};

export const resolveEvidence =
  (sources: EvidenceSources) =>
  (evidence: Evidence): ResolvedEvidence => {
    const summary = summarise(evidence, sources);
    return {
      ...evidence,
      found: summary !== undefined,
      summary: summary ?? `The cited ${words(evidence.kind)} (${evidence.id}) is not in the ledger.`,
    };
  };
