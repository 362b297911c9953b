import { ValidationError } from '../shared/errors';
import { requireFiniteNumber, requireOneOf, requireText, requireWholeNumber } from '../shared/validation';
import { fresh, openProgramme, requireMetrics, type Facts } from '../facts';
import { AUDIENCES, type SurveyRound, type SurveyRoundCommand, type SurveyRoundEvent } from './events';

// A screen, not a guarantee: quotes must already be anonymised, and these are the slips it can catch.
const CONTACT_DETAILS = [/[^\s@]+@[^\s@]+\.[^\s@]+/, /(\+?\d[\d\s-]{8,}\d)/];

const requireAnonymised = (quote: string): string => {
  const text = requireText(quote, 'quote', 1000);
  if (CONTACT_DETAILS.some((pattern) => pattern.test(text))) {
    throw new ValidationError(
      'QuotesAnonymised',
      'A quote appears to contain contact details (an email address or phone number); record anonymised quotes only',
    );
  }
  return text;
};

export const decideSurveyRound = (
  command: SurveyRoundCommand,
  state: SurveyRound,
  facts: Facts,
): SurveyRoundEvent[] => {
  const programme = openProgramme(facts.programme);
  fresh(state, 'survey round');
  const { surveyRoundId, programmeId, audience, respondents, scores, themes, anonymisedQuotes } =
    command.data;
  requireMetrics(
    programme,
    scores.map((score) => score.metricId),
    'scores',
  );
  if (new Set(scores.map((score) => score.metricId)).size !== scores.length) {
    throw new ValidationError('OneScorePerMetric', 'A survey round has at most one score per metric');
  }
  return [
    {
      type: 'SurveyRoundRecorded',
      data: {
        surveyRoundId,
        programmeId,
        heldAt: command.context.occurredAt,
        audience: requireOneOf(audience, AUDIENCES, 'audience'),
        respondents: requireWholeNumber(respondents, 'respondents', 1),
        scores: scores.map(({ metricId, score }) => ({
          metricId,
          score: requireFiniteNumber(score, `score for ${metricId}`),
        })),
        themes: themes.map((theme) => requireText(theme, 'theme', 300)),
        anonymisedQuotes: anonymisedQuotes.map(requireAnonymised),
      },
    },
  ];
};
