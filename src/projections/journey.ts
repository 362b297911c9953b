/**
 * The entire journey: one readable entry per recorded fact. Summaries name teams and items but
 * never people: people are links, named at read time through the personal-data register, so an
 * erased person shows as "[erased]" without rewriting the journey.
 */
import type { BarrierSource } from '../domain/barrier/events';
import type { LedgerEvent } from '../domain/ledger';
import { unhandled } from '../domain/shared/command';
import type { BarrierDocument } from './barriers';
import type { BlueprintDocument } from './blueprint';
import type { ExperimentDocument } from './experiments';
import { describeCorrection } from './journeyCorrection';
import { kindOf, type LedgerRecord } from './ledgerRecord';
import type { MetricDocument } from './metrics';
import { participantIn, type ProgrammeDocument } from './programme';
import type { JourneyEntry, Link } from '../application/ports/readModelStore';
import type { ReviewDocument } from './reviews';
import type { SmallChangeDocument } from './smallChanges';
import type { SurveyRoundDocument } from './surveyRounds';
import { counted, day, listOf, quoted, sentence, withArticle, words } from './words';

/** The read models as they stand after the event, for naming what it concerns. */
export interface JourneyContext {
  readonly programme: ProgrammeDocument | undefined;
  smallChange(id: string): SmallChangeDocument | undefined;
  barrier(id: string): BarrierDocument | undefined;
  experiment(id: string): ExperimentDocument | undefined;
  review(id: string): ReviewDocument | undefined;
  metric(id: string): MetricDocument | undefined;
  surveyRound(id: string): SurveyRoundDocument | undefined;
  blueprint(): BlueprintDocument | undefined;
  programmeName(id: string): string | null;
}

export interface Described {
  readonly summary: string;
  readonly rationale?: string | null;
  readonly teamId?: string | null;
  readonly links?: readonly Link[];
}

const SOURCE_PHRASES: Readonly<Record<BarrierSource['kind'], string>> = {
  smallChange: ' from a small change',
  sensemaking: ' at a sensemaking session',
  survey: ' from a survey',
  review: ' at a review',
  other: '',
};

const people = (ids: readonly string[]): Link[] => ids.map((id) => ({ kind: 'participant', id }));

const describe = (event: LedgerEvent, context: JourneyContext): Described => {
  const { programme } = context;
  const team = (teamId: string | null | undefined) =>
    programme?.teams.find((candidate) => candidate.teamId === teamId)?.name ?? teamId ?? 'the programme';
  const levelsOf = (ids: readonly string[]) => {
    const levels = ids.map((id) => participantIn(programme, id)?.level ?? 'unknown');
    const byLevel = [...new Set(levels)].map((level) =>
      counted(levels.filter((l) => l === level).length, words(level)),
    );
    return listOf(byLevel);
  };
  const smallChange = (id: string): Link => ({
    kind: 'smallChange',
    id,
    label: context.smallChange(id)?.title,
  });
  const barrier = (id: string): Link => ({ kind: 'barrier', id, label: context.barrier(id)?.title });
  const experiment = (id: string): Link => ({ kind: 'experiment', id, label: context.experiment(id)?.title });
  const titleOf = (link: Link) => quoted(link.label ?? link.id);
  switch (event.type) {
    case 'ProgrammeLaunched': {
      const { name, localAuthority, plannedDurationMonths, startDate } = event.data;
      return {
        summary: `${quoted(name)} launched in ${localAuthority}, planned for ${counted(plannedDurationMonths, 'month')} from ${day(startDate)}.`,
      };
    }
    case 'TheoryOfChangeDefined':
      return {
        summary: `Theory of change defined: the problem, ${quoted(event.data.problem)}; the intended change, ${quoted(event.data.intendedChange)}.`,
        rationale: event.data.rationale,
      };
    case 'VisionSet':
      return {
        summary: `Vision set by ${levelsOf(event.data.coAuthorIds)}: ${quoted(event.data.statement)}.`,
        links: people(event.data.coAuthorIds),
      };
    case 'VisionRevised':
      return {
        summary: `Vision revised by ${levelsOf(event.data.coAuthorIds)}: ${quoted(event.data.statement)}.`,
        rationale: event.data.rationale,
        links: people(event.data.coAuthorIds),
      };
    case 'SimpleRuleAdopted':
      return { summary: `Simple rule adopted: ${quoted(event.data.rule)}.` };
    case 'TeamEnrolled':
      return {
        summary: `${event.data.name} (${words(event.data.kind)} team) enrolled.`,
        teamId: event.data.teamId,
        links: [{ kind: 'team', id: event.data.teamId, label: event.data.name }],
      };
    case 'ParticipantJoined': {
      const { participantId, teamId, role, level } = event.data;
      const where = teamId ? `${team(teamId)}` : 'the programme';
      return {
        summary: sentence(`${withArticle(words(role))} (${words(level)} level) joined ${where}`),
        teamId,
        links: people([participantId]),
      };
    }
    case 'ParticipantLeft': {
      const participant = participantIn(programme, event.data.participantId);
      return {
        summary: sentence(`${withArticle(words(participant?.role ?? 'participant'))} left the programme`),
        rationale: event.data.reason,
        teamId: participant?.teamId ?? null,
        links: people([event.data.participantId]),
      };
    }
    case 'OutcomeDefined':
      return { summary: `Outcome defined: ${quoted(event.data.title)}.` };
    case 'MetricDefined': {
      const { name, unit, baseline, target, cadence, metricId } = event.data;
      return {
        summary: `Metric ${quoted(name)} defined: baseline ${baseline} ${unit}, target ${target} ${unit}, measured ${cadence}.`,
        links: [{ kind: 'metric', id: metricId, label: name }],
      };
    }
    case 'PhaseStarted':
    case 'PhaseCompleted': {
      const phase = programme?.phases.find((candidate) => candidate.phaseId === event.data.phaseId);
      const name = quoted(phase?.name ?? event.data.phaseId);
      return event.type === 'PhaseStarted'
        ? { summary: `Phase ${name} started.` }
        : { summary: sentence(`Phase ${name} completed: ${event.data.summary}`) };
    }
    case 'ProgrammeClosed':
      return { summary: sentence(`Programme closed: ${event.data.summary}`) };
    case 'BarrierIdentified': {
      const { scope, kind, title, source, identifiedBy, barrierId } = event.data;
      const from = SOURCE_PHRASES[source.kind];
      const sourceLinks: Link[] =
        source.id && source.kind !== 'other' && source.kind !== 'sensemaking'
          ? [{ kind: source.kind === 'survey' ? 'surveyRound' : source.kind, id: source.id }]
          : [];
      return {
        summary: sentence(
          `${withArticle(`${scope} ${words(kind)}`)} barrier ${quoted(title)} was identified${from}`,
        ),
        links: [barrier(barrierId), ...sourceLinks, ...people(identifiedBy)],
      };
    }
    case 'BarrierRescoped': {
      const document = context.barrier(event.data.barrierId);
      const from = document?.rescopings.at(-1)?.from;
      return {
        summary: `Barrier ${titleOf(barrier(event.data.barrierId))} re-scoped${from ? ` from ${from}` : ''} to ${event.data.scope}.`,
        rationale: event.data.rationale,
        links: [barrier(event.data.barrierId)],
      };
    }
    case 'BarrierResolved':
      return {
        summary: sentence(
          `Barrier ${titleOf(barrier(event.data.barrierId))} resolved: ${event.data.resolution}`,
        ),
        links: [barrier(event.data.barrierId)],
      };
    case 'SmallChangeProposed': {
      const { teamId, title, proposedBy, barrierIds, smallChangeId } = event.data;
      const eases = barrierIds.map((id) => titleOf(barrier(id)));
      return {
        summary: sentence(
          `${team(teamId)} proposed small change ${quoted(title)} (proposed by ${levelsOf(proposedBy)})${eases.length ? `; it eases ${listOf(eases)}` : ''}`,
        ),
        teamId,
        links: [smallChange(smallChangeId), ...barrierIds.map(barrier), ...people(proposedBy)],
      };
    }
    case 'SmallChangeAgreed':
    case 'SmallChangeDeclined':
    case 'SmallChangeImplemented':
    case 'SmallChangeReviewed':
    case 'SmallChangeAdapted':
    case 'SmallChangeReverted':
    case 'SmallChangeEscalated':
      return describeSmallChangeStep(event, context, team, levelsOf, smallChange, barrier);
    case 'ReviewHeld': {
      const { kind, attendeeIds, teamId, reviewId } = event.data;
      const forTeam = teamId ? ` for ${team(teamId)}` : '';
      return {
        summary: sentence(
          `${withArticle(words(kind))}${forTeam} held with ${counted(attendeeIds.length, 'attendee')}`,
        ),
        teamId,
        links: [{ kind: 'review', id: reviewId, label: words(kind) }, ...people(attendeeIds)],
      };
    }
    case 'InsightRecorded': {
      const review = context.review(event.data.reviewId);
      return {
        summary: sentence(
          `${words(event.data.kind)} recorded at the ${words(review?.kind ?? 'review')}: ${quoted(event.data.statement)}`,
        ),
        teamId: review?.teamId ?? null,
        links: [{ kind: 'review', id: event.data.reviewId }, ...event.data.barrierIds.map(barrier)],
      };
    }
    case 'DecisionRecorded': {
      const review = context.review(event.data.reviewId);
      const affected = event.data.affects.map(({ kind, id }) => ({ kind, id }));
      const owner = event.data.followUpOwnerId ? people([event.data.followUpOwnerId]) : [];
      return {
        summary: `Decision at the ${words(review?.kind ?? 'review')}: ${quoted(event.data.decision)}.`,
        rationale: event.data.rationale,
        teamId: review?.teamId ?? null,
        links: [
          { kind: 'review', id: event.data.reviewId },
          { kind: 'decision', id: event.data.decisionId },
          ...affected,
          ...owner,
        ],
      };
    }
    case 'ExperimentDesigned': {
      const { title, hypothesis, experimentId, barrierIds } = event.data;
      return {
        summary: `Experiment ${quoted(title)} designed: if we ${hypothesis.ifWe}, we expect ${hypothesis.weExpect}, because ${hypothesis.because}.`,
        links: [experiment(experimentId), ...barrierIds.map(barrier)],
      };
    }
    case 'ExperimentStarted':
      return {
        summary: `Experiment ${titleOf(experiment(event.data.experimentId))} started.`,
        links: [experiment(event.data.experimentId)],
      };
    case 'ExperimentAdapted':
      return {
        summary: sentence(
          `Experiment ${titleOf(experiment(event.data.experimentId))} adapted while running: ${event.data.change}`,
        ),
        rationale: event.data.rationale,
        links: [experiment(event.data.experimentId)],
      };
    case 'ExperimentConcluded': {
      const { result, learning, nextStep, experimentId } = event.data;
      const verdict = result === 'inconclusive' ? 'inconclusive' : `hypothesis ${words(result)}`;
      return {
        summary: sentence(
          `Experiment ${titleOf(experiment(experimentId))} concluded (${verdict}; next step: ${nextStep}): ${learning}`,
        ),
        links: [experiment(experimentId)],
      };
    }
    case 'ExperimentStoppedEarly':
      return {
        summary: sentence(
          `Experiment ${titleOf(experiment(event.data.experimentId))} stopped early; learning: ${event.data.learning}`,
        ),
        rationale: event.data.rationale,
        links: [experiment(event.data.experimentId)],
      };
    case 'BlueprintDrafted':
      return {
        summary: `Local blueprint drafted, co-owned by ${levelsOf(event.data.coOwnerIds)}.`,
        links: [{ kind: 'blueprint', id: event.data.programmeId }, ...people(event.data.coOwnerIds)],
      };
    case 'BlueprintDerived': {
      const { source, elements, coOwnerIds } = event.data;
      const name = context.programmeName(source.programmeId) ?? source.programmeId;
      return {
        summary: `Local blueprint derived from version ${source.version} of ${quoted(name)} with ${counted(elements.length, 'element')} to adapt.`,
        links: [{ kind: 'programme', id: source.programmeId, label: name }, ...people(coOwnerIds)],
      };
    }
    case 'BlueprintCoOwnerAdded': {
      const level = participantIn(programme, event.data.participantId)?.level ?? 'unknown';
      return {
        summary: `A ${words(level)}-level co-owner joined the blueprint.`,
        links: people([event.data.participantId]),
      };
    }
    case 'BlueprintElementAdded':
    case 'BlueprintElementRevised': {
      const { title, kind, elementId, rationale, evidence } = event.data;
      const verb = event.type === 'BlueprintElementAdded' ? 'added' : 'revised';
      return {
        summary: `Blueprint element ${quoted(title)} (${words(kind)}) ${verb}${evidence.length ? `, citing ${counted(evidence.length, 'piece')} of evidence` : ''}.`,
        rationale,
        links: [
          { kind: 'blueprintElement', id: elementId, label: title },
          ...evidence.map(({ kind, id }) => ({ kind, id })),
        ],
      };
    }
    case 'BlueprintElementRemoved': {
      const removed = context
        .blueprint()
        ?.unpublishedChanges.findLast((c) => c.elementId === event.data.elementId);
      return {
        summary: `Blueprint element ${quoted(removed?.title ?? event.data.elementId)} removed.`,
        rationale: event.data.rationale,
        links: [{ kind: 'blueprintElement', id: event.data.elementId, label: removed?.title }],
      };
    }
    case 'BlueprintVersionPublished':
      return {
        summary: sentence(
          `Blueprint version ${event.data.version} published, endorsed by ${levelsOf(event.data.endorsedBy)}: ${event.data.summary}`,
        ),
        links: [
          { kind: 'blueprintVersion', id: String(event.data.version) },
          ...people(event.data.endorsedBy),
        ],
      };
    case 'MeasurementRecorded':
    case 'MeasurementCorrected': {
      const metric = context.metric(event.data.metricId);
      const name = quoted(metric?.name ?? event.data.metricId);
      const period = `${day(event.data.periodStart)} to ${day(event.data.periodEnd)}`;
      const unit = metric?.unit ? ` ${metric.unit}` : '';
      const links = [{ kind: 'metric', id: event.data.metricId, label: metric?.name }];
      if (event.type === 'MeasurementRecorded')
        return { summary: `${name} measured at ${event.data.value}${unit} for ${period}.`, links };
      const old = metric?.measurements.find((m) => m.measurementId === event.data.supersedes);
      return {
        summary: `${name} for ${period} corrected${old ? ` from ${old.value}` : ''} to ${event.data.value}${unit}.`,
        rationale: event.data.reason,
        links,
      };
    }
    case 'SurveyRoundRecorded': {
      const { audience, respondents, themes, surveyRoundId, baseline } = event.data;
      const before = baseline ? ' (a baseline, before the programme started)' : '';
      return {
        summary: sentence(
          `Survey of ${words(audience)}${before}: ${counted(respondents, 'respondent')}${themes.length ? `; themes: ${listOf(themes)}` : ''}`,
        ),
        links: [{ kind: 'surveyRound', id: surveyRoundId }],
      };
    }
    case 'OccurredDateCorrected':
      return describeCorrection(event, context);
    default:
      return unhandled(event);
  }
};

type SmallChangeStep = Extract<
  LedgerEvent,
  {
    type: `SmallChange${'Agreed' | 'Declined' | 'Implemented' | 'Reviewed' | 'Adapted' | 'Reverted' | 'Escalated'}`;
  }
>;

const describeSmallChangeStep = (
  event: SmallChangeStep,
  context: JourneyContext,
  team: (teamId: string | undefined) => string,
  levelsOf: (ids: readonly string[]) => string,
  smallChange: (id: string) => Link,
  barrier: (id: string) => Link,
): Described => {
  const document = context.smallChange(event.data.smallChangeId);
  const link = smallChange(event.data.smallChangeId);
  const title = quoted(link.label ?? link.id);
  const teamId = document?.teamId ?? null;
  const who = team(document?.teamId);
  switch (event.type) {
    case 'SmallChangeAgreed':
      return {
        summary: `${who} agreed small change ${title} (agreed by ${levelsOf(event.data.agreedBy)}).`,
        teamId,
        links: [link, ...people(event.data.agreedBy)],
      };
    case 'SmallChangeDeclined':
      return {
        summary: `${who} declined small change ${title}.`,
        rationale: event.data.rationale,
        teamId,
        links: [link, ...people(event.data.declinedBy)],
      };
    case 'SmallChangeImplemented':
      return {
        summary: sentence(`${who} implemented ${title}: ${event.data.whatChanged}`),
        teamId,
        links: [link],
      };
    case 'SmallChangeReviewed': {
      const { verdict, hoursFreedPerWeek } = event.data;
      return {
        summary: `${who} reviewed ${title}: ${counted(hoursFreedPerWeek, 'hour')} a week freed for direct work; verdict: ${verdict}.`,
        teamId,
        links: [link],
      };
    }
    case 'SmallChangeAdapted':
      return {
        summary: sentence(`${who} adapted ${title}: ${event.data.whatChanged}`),
        rationale: event.data.rationale,
        teamId,
        links: [link],
      };
    case 'SmallChangeReverted':
      return { summary: `${who} reverted ${title}.`, rationale: event.data.rationale, teamId, links: [link] };
    case 'SmallChangeEscalated':
      return {
        summary: `${who} escalated ${title}: it needs national change, recorded as the national barrier ${quoted(event.data.nationalBarrierTitle)}.`,
        rationale: event.data.rationale,
        teamId,
        links: [link, barrier(event.data.nationalBarrierId), ...people(event.data.escalatedBy)],
      };
    default:
      return unhandled(event);
  }
};

export const journeyEntryFor = (record: LedgerRecord, context: JourneyContext): JourneyEntry => {
  const described = describe(record.event, context);
  const { metadata } = record;
  return {
    position: record.position,
    eventId: record.eventId,
    programmeId: record.event.data.programmeId,
    occurredAt: record.occurredAt,
    recordedAt: metadata.recordedAt,
    actorId: metadata.actorId,
    actorRole: metadata.actorRole,
    kind: kindOf(record.event),
    eventType: record.event.type,
    teamId: described.teamId ?? null,
    summary: described.summary,
    rationale: described.rationale ?? null,
    links: (described.links ?? []).map((link) =>
      link.label === undefined ? { kind: link.kind, id: link.id } : link,
    ),
  };
};
