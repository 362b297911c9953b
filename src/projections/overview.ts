/**
 * The programme overview a dashboard shows, composed from the programme document (with its
 * tallies), the blueprint and the metrics: a handful of documents, whatever the programme's size.
 */
import { currentVersion, type BlueprintDocument } from './blueprint';
import { addDays, dayOf } from './dates';
import { againstPlan, type ImplementationAgainstPlan } from './elementImplementation';
import { latestMeasurement, type Measurement, type MetricDocument } from './metrics';
import { participantIn, type Counts, type Phase, type ProgrammeDocument } from './programme';
import type { SmallChangeStatus } from './smallChanges';

export interface TargetWindow {
  readonly count: number;
  readonly withinWeeks: number;
  /** The target runs from the start of the small-changes phase; null until that phase starts. */
  readonly from: string | null;
  readonly until: string | null;
}

export interface TeamProgress {
  readonly teamId: string;
  readonly name: string;
  readonly kind: string;
  readonly participants: number;
  readonly smallChanges: Counts<SmallChangeStatus>;
  /** Small changes implemented inside the target window. */
  readonly implementedWithinTarget: number;
}

export interface MetricProgress {
  readonly metricId: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: string;
  readonly baseline: number;
  readonly target: number;
  readonly latest: Measurement | null;
  /** How far from baseline to target the latest value has come: 0 at baseline, 1 at target. */
  readonly progressToTarget: number | null;
}

export interface ProgrammeOverview {
  readonly programme: ProgrammeDocument;
  readonly currentPhase: Phase | null;
  readonly target: TargetWindow | null;
  readonly teams: readonly TeamProgress[];
  readonly smallChanges: Counts<SmallChangeStatus>;
  readonly blueprint: {
    readonly currentVersion: number;
    readonly workingElements: number;
    readonly unpublishedChanges: number;
    /** Implemented against plan: the working elements by implementation status, and their planned dates. */
    readonly implementation: ImplementationAgainstPlan;
  } | null;
  readonly metrics: readonly MetricProgress[];
  readonly coProduction: {
    /** Share (0 to 1) of small changes with a practitioner among their proposers; null when none proposed. */
    readonly smallChangesProposedByPractitioners: number | null;
    /** Share of working blueprint elements with a practitioner among their owners; null without elements. */
    readonly blueprintElementsWithPractitionerCoOwner: number | null;
  };
}

const targetPhase = (programme: ProgrammeDocument): Phase | undefined =>
  programme.phases.find((phase) => phase.phaseId === 'smallChanges') ?? programme.phases[1];

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Each team's small changes, and how many it implemented within the target window. */
const teamProgress = (programme: ProgrammeDocument, inWindow: (day: string) => boolean): TeamProgress[] => {
  const { tallies } = programme;
  return programme.teams.map(({ teamId, name, kind }) => ({
    teamId,
    name,
    kind,
    participants: programme.participants.filter((p) => p.teamId === teamId && p.active).length,
    smallChanges: tallies.smallChangesByTeam[teamId] ?? {},
    implementedWithinTarget: Object.entries(tallies.implementationsByTeamAndDay[teamId] ?? {})
      .filter(([day]) => inWindow(day))
      .reduce((total, [, count]) => total + (count ?? 0), 0),
  }));
};

/** The programme's small changes by status, over every team. */
const smallChangeTotals = (programme: ProgrammeDocument): Counts<SmallChangeStatus> => {
  const totals: Counts<SmallChangeStatus> = {};
  for (const counts of Object.values(programme.tallies.smallChangesByTeam))
    for (const [status, count] of Object.entries(counts) as [SmallChangeStatus, number][])
      totals[status] = (totals[status] ?? 0) + count;
  return totals;
};

const blueprintOverview = (blueprint: BlueprintDocument | undefined): ProgrammeOverview['blueprint'] =>
  blueprint
    ? {
        currentVersion: currentVersion(blueprint),
        workingElements: blueprint.elements.length,
        unpublishedChanges: blueprint.unpublishedChanges.length,
        implementation: againstPlan(blueprint.elements, blueprint.implementation),
      }
    : null;

const metricProgress = (metric: MetricDocument): MetricProgress => {
  const latest = latestMeasurement(metric);
  const span = metric.target - metric.baseline;
  return {
    metricId: metric.metricId,
    name: metric.name,
    unit: metric.unit,
    direction: metric.direction,
    baseline: metric.baseline,
    target: metric.target,
    latest,
    progressToTarget: latest && span !== 0 ? (latest.value - metric.baseline) / span : null,
  };
};

/** Co-production: the share of proposals and of blueprint elements practitioners took part in. */
const coProductionOf = (
  programme: ProgrammeDocument,
  blueprint: BlueprintDocument | undefined,
): ProgrammeOverview['coProduction'] => {
  const { tallies } = programme;
  const isPractitioner = (id: string) => participantIn(programme, id)?.level === 'practitioner';
  const elements = blueprint?.elements ?? [];
  return {
    smallChangesProposedByPractitioners: share(
      tallies.smallChangesProposedByPractitioners,
      tallies.smallChangesProposed,
    ),
    blueprintElementsWithPractitionerCoOwner: share(
      elements.filter((element) => element.ownerIds.some(isPractitioner)).length,
      elements.length,
    ),
  };
};

export const overviewOf = (
  programme: ProgrammeDocument,
  blueprint: BlueprintDocument | undefined,
  metrics: readonly MetricDocument[],
): ProgrammeOverview => {
  const { smallChangeTarget } = programme;
  const started = targetPhase(programme)?.startedAt ?? null;
  const until = started && smallChangeTarget ? addDays(started, smallChangeTarget.withinWeeks * 7) : null;
  const inWindow = (day: string) =>
    started !== null && until !== null && day >= dayOf(started) && day <= until;
  return {
    programme,
    currentPhase: programme.phases.filter((phase) => phase.status === 'inProgress').at(-1) ?? null,
    target: smallChangeTarget && { ...smallChangeTarget, from: started, until },
    teams: teamProgress(programme, inWindow),
    smallChanges: smallChangeTotals(programme),
    blueprint: blueprintOverview(blueprint),
    metrics: metrics.map(metricProgress),
    coProduction: coProductionOf(programme, blueprint),
  };
};
