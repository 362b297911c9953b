/** How measurements and survey rounds read in the journey. */
import type { MeasurementEvent } from '../../domain/measurement/events';
import type { SurveyRoundEvent } from '../../domain/surveyRound/events';
import { counted, day, listOf, quoted, sentence, words } from '../words';
import type { Describer, Describers } from './naming';

const measured: Describer<'MeasurementRecorded' | 'MeasurementCorrected'> = (event, { context, team }) => {
  const metric = context.metric(event.data.metricId);
  const name = quoted(metric?.name ?? event.data.metricId);
  const period = `${day(event.data.periodStart)} to ${day(event.data.periodEnd)}`;
  const unit = metric?.unit ? ` ${metric.unit}` : '';
  const links = [{ kind: 'metric', id: event.data.metricId, label: metric?.name }];
  if (event.type === 'MeasurementRecorded') {
    // A measurement of one team says which; one of the whole programme reads as it always has.
    const teamId = event.data.teamId ?? null;
    const of = teamId ? ` in ${team(teamId)}` : '';
    return { summary: `${name} measured at ${event.data.value}${unit}${of} for ${period}.`, teamId, links };
  }
  const old = metric?.measurements.find((m) => m.measurementId === event.data.supersedes);
  return {
    summary: `${name} for ${period} corrected${old ? ` from ${old.value}` : ''} to ${event.data.value}${unit}.`,
    rationale: event.data.reason,
    links,
  };
};

export const MEASUREMENT_STEPS: Describers<MeasurementEvent> = {
  MeasurementRecorded: measured,
  MeasurementCorrected: measured,
};

export const SURVEY_ROUND_STEPS: Describers<SurveyRoundEvent> = {
  SurveyRoundRecorded: ({ data: { audience, respondents, themes, surveyRoundId, baseline } }) => ({
    summary: sentence(
      `Survey of ${words(audience)}${baseline ? ' (a baseline, before the programme started)' : ''}: ${counted(respondents, 'respondent')}${themes.length ? `; themes: ${listOf(themes)}` : ''}`,
    ),
    links: [{ kind: 'surveyRound', id: surveyRoundId }],
  }),
};
