/** How a programme's own steps read in the journey. */
import type { ProgrammeEvent } from '../../domain/programme/events';
import { participantIn } from '../programme';
import { counted, day, quoted, sentence, withArticle, words } from '../words';
import { people, type Describer, type Describers } from './naming';

const phaseStep: Describer<'PhaseStarted' | 'PhaseCompleted'> = (event, { programme }) => {
  const phase = programme?.phases.find((candidate) => candidate.phaseId === event.data.phaseId);
  const name = quoted(phase?.name ?? event.data.phaseId);
  return event.type === 'PhaseStarted'
    ? { summary: `Phase ${name} started.` }
    : { summary: sentence(`Phase ${name} completed: ${event.data.summary}`) };
};

export const PROGRAMME_STEPS: Describers<Exclude<ProgrammeEvent, { type: 'ParticipantMovedTeam' }>> = {
  ProgrammeLaunched: ({ data: { name, localAuthority, plannedDurationMonths, startDate } }) => ({
    summary: `${quoted(name)} launched in ${localAuthority}, planned for ${counted(plannedDurationMonths, 'month')} from ${day(startDate)}.`,
  }),
  TheoryOfChangeDefined: ({ data }) => ({
    summary: `Theory of change defined: the problem, ${quoted(data.problem)}; the intended change, ${quoted(data.intendedChange)}.`,
    rationale: data.rationale,
  }),
  VisionSet: ({ data }, { levelsOf }) => ({
    summary: `Vision set by ${levelsOf(data.coAuthorIds)}: ${quoted(data.statement)}.`,
    links: people(data.coAuthorIds),
  }),
  VisionRevised: ({ data }, { levelsOf }) => ({
    summary: `Vision revised by ${levelsOf(data.coAuthorIds)}: ${quoted(data.statement)}.`,
    rationale: data.rationale,
    links: people(data.coAuthorIds),
  }),
  SimpleRuleAdopted: ({ data }) => ({ summary: `Simple rule adopted: ${quoted(data.rule)}.` }),
  TeamEnrolled: ({ data }) => ({
    summary: `${data.name} (${words(data.kind)} team) enrolled.`,
    teamId: data.teamId,
    links: [{ kind: 'team', id: data.teamId, label: data.name }],
  }),
  ParticipantJoined: ({ data: { participantId, teamId, role, level } }, { team }) => ({
    summary: sentence(
      `${withArticle(words(role))} (${words(level)} level) joined ${teamId ? team(teamId) : 'the programme'}`,
    ),
    teamId,
    links: people([participantId]),
  }),
  ParticipantLeft: ({ data }, { programme }) => {
    const participant = participantIn(programme, data.participantId);
    return {
      summary: sentence(`${withArticle(words(participant?.role ?? 'participant'))} left the programme`),
      rationale: data.reason,
      teamId: participant?.teamId ?? null,
      links: people([data.participantId]),
    };
  },
  OutcomeDefined: ({ data }) => ({ summary: `Outcome defined: ${quoted(data.title)}.` }),
  MetricDefined: ({ data: { name, unit, baseline, target, cadence, metricId } }) => ({
    summary: `Metric ${quoted(name)} defined: baseline ${baseline} ${unit}, target ${target} ${unit}, measured ${cadence}.`,
    links: [{ kind: 'metric', id: metricId, label: name }],
  }),
  PhaseStarted: phaseStep,
  PhaseCompleted: phaseStep,
  ProgrammeClosed: ({ data }) => ({ summary: sentence(`Programme closed: ${data.summary}`) }),
};
