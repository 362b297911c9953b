import { requireBaselineBeforeStart, requireFromProgrammeStart } from '../shared/businessTime';
import { unhandled } from '../shared/command';
import { decideDateCorrection } from '../shared/dateCorrection';
import { ValidationError } from '../shared/errors';
import { requireFiniteNumber, requireOneOf, requireText, requireWholeNumber } from '../shared/validation';
import { existing, fresh, openProgramme, requireMetrics, type Facts } from '../facts';
import type { ProgrammeDetails } from '../programme/state';
import { AUDIENCES, type SurveyRound, type SurveyRoundCommand, type SurveyRoundEvent } from './events';
import { surveyRoundTime } from './state';

type Cmd<T extends SurveyRoundCommand['type']> = Extract<SurveyRoundCommand, { type: T }>;

// A screen, not a guarantee: quotes must already be anonymised, and these are the slips it can catch.
const CONTACT_DETAILS = [/[^\s@]+@[^\s@]+\.[^\s@]+/, /(\+?\d[\d\s-]{8,}\d)/];

export const requireAnonymised = (quote: string): string => {
  const text = requireText(quote, 'quote', 1000);
  if (CONTACT_DETAILS.some((pattern) => pattern.test(text))) {
    throw new ValidationError(
      'QuotesAnonymised',
      'A quote appears to contain contact details (an email address or phone number); record anonymised quotes only',
    );
  }
  return text;
};

/** DOMAIN: surveys of children and families run before the start too: a baseline round says so. */
const requireHeldInProgramme = (programme: ProgrammeDetails, heldAt: string, baseline: boolean) => {
  if (baseline) requireBaselineBeforeStart(programme.startDate, heldAt, 'This survey round');
  else requireFromProgrammeStart(programme.startDate, heldAt, 'This survey round');
};

const record = (
  { data, context }: Cmd<'RecordSurveyRound'>,
  state: SurveyRound,
  programme: ProgrammeDetails,
): SurveyRoundEvent => {
  fresh(state, 'survey round');
  const { surveyRoundId, programmeId, audience, respondents, scores, themes, anonymisedQuotes } = data;
  const baseline = data.baseline === true;
  requireHeldInProgramme(programme, context.occurredAt, baseline);
  requireMetrics(
    programme,
    scores.map((score) => score.metricId),
    'scores',
  );
  if (new Set(scores.map((score) => score.metricId)).size !== scores.length) {
    throw new ValidationError('OneScorePerMetric', 'A survey round has at most one score per metric');
  }
  return {
    type: 'SurveyRoundRecorded',
    data: {
      surveyRoundId,
      programmeId,
      heldAt: context.occurredAt,
      baseline,
      audience: requireOneOf(audience, AUDIENCES, 'audience'),
      respondents: requireWholeNumber(respondents, 'respondents', 1),
      scores: scores.map(({ metricId, score }) => ({
        metricId,
        score: requireFiniteNumber(score, `score for ${metricId}`),
      })),
      themes: themes.map((theme) => requireText(theme, 'theme', 300)),
      anonymisedQuotes: anonymisedQuotes.map(requireAnonymised),
    },
  };
};

export const decideSurveyRound = (
  command: SurveyRoundCommand,
  state: SurveyRound,
  facts: Facts,
): SurveyRoundEvent[] => {
  const programme = openProgramme(facts.programme);
  switch (command.type) {
    case 'RecordSurveyRound':
      return [record(command, state, programme)];
    case 'CorrectSurveyRoundDate': {
      requireFromProgrammeStart(programme.startDate, command.context.occurredAt);
      const { programmeId, surveyRoundId } = command.data;
      const round = existing(state, programmeId, 'survey round', surveyRoundId);
      const item = { kind: 'surveyRound', id: surveyRoundId } as const;
      return [
        decideDateCorrection(
          command.data,
          command.context,
          item,
          round.steps,
          surveyRoundTime,
          programme.startDate,
        ),
      ];
    }
    default:
      return unhandled(command);
  }
};
