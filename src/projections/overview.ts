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

export const overviewOf = (
  programme: ProgrammeDocument,
  blueprint: BlueprintDocument | undefined,
  metrics: readonly MetricDocument[],
): ProgrammeOverview => {
  const { tallies, smallChangeTarget } = programme;
  const started = targetPhase(programme)?.startedAt ?? null;
  const until = started && smallChangeTarget ? addDays(started, smallChangeTarget.withinWeeks * 7) : null;
  const inWindow = (day: string) =>
    started !== null && until !== null && day >= dayOf(started) && day <= until;
  const teams = programme.teams.map(({ teamId, name, kind }) => ({
    teamId,
    name,
    kind,
    participants: programme.participants.filter((p) => p.teamId === teamId && p.active).length,
    smallChanges: tallies.smallChangesByTeam[teamId] ?? {},
    implementedWithinTarget: Object.entries(tallies.implementationsByTeamAndDay[teamId] ?? {})
      .filter(([day]) => inWindow(day))
      .reduce((total, [, count]) => total + (count ?? 0), 0),
  }));
  const totals: Counts<SmallChangeStatus> = {};
  for (const counts of Object.values(tallies.smallChangesByTeam))
    for (const [status, count] of Object.entries(counts) as [SmallChangeStatus, number][])
      totals[status] = (totals[status] ?? 0) + count;
  const isPractitioner = (id: string) => participantIn(programme, id)?.level === 'practitioner';
  const elements = blueprint?.elements ?? [];
  return {
    programme,
    currentPhase: programme.phases.filter((phase) => phase.status === 'inProgress').at(-1) ?? null,
    target: smallChangeTarget && { ...smallChangeTarget, from: started, until },
    teams,
    smallChanges: totals,
    blueprint: blueprint
      ? {
          currentVersion: currentVersion(blueprint),
          workingElements: elements.length,
          unpublishedChanges: blueprint.unpublishedChanges.length,
          implementation: againstPlan(elements, blueprint.implementation),
        }
      : null,
    metrics: metrics.map((metric) => {
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
    }),
    coProduction: {
      smallChangesProposedByPractitioners: share(
        tallies.smallChangesProposedByPractitioners,
        tallies.smallChangesProposed,
      ),
      blueprintElementsWithPractitionerCoOwner: share(
        elements.filter((element) => element.ownerIds.some(isPractitioner)).length,
        elements.length,
      ),
    },
  };
};
