/**
 * What people read: the read models of every programme, with people named through the
 * personal-data register at read time, and time travel by folding the same projections over the
 * events up to a past instant.
 */
import type { BarrierScope } from '../domain/barrier/events';
import type { ExperimentResult } from '../domain/experiment/events';
import type { ReviewKind } from '../domain/review/events';
import { NotFoundError } from '../domain/shared/errors';
import { nameOf, type PersonalDataRegister } from '../application/ports/personalDataRegister';
import type { BarrierDocument, BarrierStatus } from './barriers';
import type { BlueprintDocument, BlueprintEvolution, PublishedVersion } from './blueprint';
import { diffVersions, type BlueprintDiff } from './blueprintDiff';
import type { ExperimentDocument, ExperimentStatus } from './experiments';
import type { MetricDocument } from './metrics';
import { inPractice } from './elementImplementation';
import { overviewOf, type ProgrammeOverview } from './overview';
import { phaseIdsOf, phaseWindows } from './phaseWindows';
import type { ProgrammeDocument } from './programme';
import type {
  Collection,
  HistoryEntry,
  HistoryFilter,
  JourneyEntry,
  JourneyFilter,
  Link,
  Page,
  PageRequest,
  Projection,
  ReadModelStore,
} from '../application/ports/readModelStore';
import { countedNow, isPage, withItems } from '../application/ports/readModelStore';
import type { ReviewDocument } from './reviews';
import { runChartOf, type RunChart } from './runChartView';
import type { SmallChangeDocument, SmallChangeStatus } from './smallChanges';
import type { SurveyRoundDocument } from './surveyRounds';
import { foldAsOf, type AsOf } from './timeTravel';
import type { AsOfBases } from './asOfBases';

export interface SmallChangeFilter {
  readonly teamId?: string;
  readonly statuses?: readonly SmallChangeStatus[];
  readonly barrierId?: string;
}
export interface ExperimentFilter {
  readonly statuses?: readonly ExperimentStatus[];
  readonly results?: readonly ExperimentResult[];
}
export interface BarrierFilter {
  readonly scopes?: readonly BarrierScope[];
  readonly statuses?: readonly BarrierStatus[];
}
export interface ReviewFilter {
  readonly kinds?: readonly ReviewKind[];
  readonly teamId?: string;
  /** Held on or after / on or before these dates. */
  readonly from?: string;
  readonly to?: string;
}

export interface NamedLink extends Link {
  readonly label?: string;
}
export interface JourneyEntryView extends JourneyEntry {
  /** The phase it occurred in, as the phases stand when read. */
  readonly phaseId: string | null;
  /** The recorder's name: see LedgerReadModels.actorNames. */
  readonly actorName: string;
  readonly links: readonly NamedLink[];
}

/** Narrows the journey: by kind, team, phase (the days it covers as the phases stand) and dates. */
export type JourneyQuery = Omit<JourneyFilter, 'phase'> & { readonly phaseId?: string };
export interface HistoryEntryView extends HistoryEntry {
  readonly actorName: string;
}

export interface ReadModelsOptions {
  readonly register: Pick<PersonalDataRegister, 'lookup'>;
  /** What to call an actor the register does not hold (an admin or service account): its API key's label. */
  readonly actorLabel?: (actorId: string) => string | undefined;
  /** A fresh, empty read-model store for one time-travel fold (in memory). */
  readonly openScratch: () => ReadModelStore;
  readonly projections: readonly Projection[];
  /** Kept bases for reads as of a past time; without them, every such read folds from zero. */
  readonly asOfBases?: Pick<AsOfBases, 'read'>;
}

const within = (value: string, from?: string, to?: string) =>
  (!from || value >= from) && (!to || value.slice(0, to.length) <= to);
const among = <T>(value: T, allowed?: readonly T[]) => !allowed?.length || allowed.includes(value);

export class LedgerReadModels {
  constructor(
    private readonly store: ReadModelStore,
    private readonly options: ReadModelsOptions,
  ) {}

  programmes(): ProgrammeDocument[] {
    return this.store.programmeIds().flatMap((id) => this.programme(id) ?? []);
  }

  programme(programmeId: string): ProgrammeDocument | undefined {
    return this.store.document<ProgrammeDocument>('programme', programmeId, programmeId);
  }

  /** One item of a programme by its id (a small change, a metric, …), or undefined. */
  item<T>(collection: Collection, programmeId: string, id: string): T | undefined {
    return this.store.document<T>(collection, programmeId, id);
  }

  /** Every document of one collection of a programme, in no particular order. */
  documents<T>(collection: Collection, programmeId: string): T[] {
    this.requireProgramme(programmeId);
    return this.store.documents<T>(collection, programmeId);
  }

  surveyRounds(programmeId: string): SurveyRoundDocument[] {
    this.requireProgramme(programmeId);
    return this.store
      .documents<SurveyRoundDocument>('surveyRound', programmeId)
      .sort((a, b) => a.recorded.occurredAt.localeCompare(b.recorded.occurredAt));
  }

  /** The programme, or NOT_FOUND. */
  requireProgramme(programmeId: string): ProgrammeDocument {
    const programme = this.programme(programmeId);
    if (!programme)
      throw new NotFoundError('ProgrammeExists', `There is no programme ${programmeId} in the ledger`);
    return programme;
  }

  /**
   * A view of a programme's documents (the overview as the API shows it on a day), made once and
   * kept until any document of the programme changes (frozen).
   */
  kept<T>(name: string, programmeId: string, make: () => T): T {
    return this.store.derived(name, programmeId, make);
  }

  /** Composed once and kept until any document of the programme changes (frozen). */
  overview(programmeId: string): ProgrammeOverview {
    return this.store.derived('overview', programmeId, () =>
      overviewOf(
        this.requireProgramme(programmeId),
        this.workingBlueprint(programmeId),
        this.store.documents('metric', programmeId),
      ),
    );
  }

  smallChanges(programmeId: string, filter: SmallChangeFilter = {}): SmallChangeDocument[] {
    this.requireProgramme(programmeId);
    return this.store
      .documents<SmallChangeDocument>('smallChange', programmeId)
      .filter(
        (change) =>
          (!filter.teamId || change.teamId === filter.teamId) &&
          among(change.status, filter.statuses) &&
          (!filter.barrierId || change.barrierIds.includes(filter.barrierId)),
      );
  }

  experiments(programmeId: string, filter: ExperimentFilter = {}): ExperimentDocument[] {
    this.requireProgramme(programmeId);
    return this.store
      .documents<ExperimentDocument>('experiment', programmeId)
      .filter(
        (experiment) =>
          among(experiment.status, filter.statuses) &&
          (!filter.results?.length ||
            (experiment.conclusion && filter.results.includes(experiment.conclusion.result))),
      );
  }

  barriers(programmeId: string, filter: BarrierFilter = {}): BarrierDocument[] {
    this.requireProgramme(programmeId);
    return this.store
      .documents<BarrierDocument>('barrier', programmeId)
      .filter((barrier) => among(barrier.scope, filter.scopes) && among(barrier.status, filter.statuses));
  }

  reviews(programmeId: string, filter: ReviewFilter = {}): ReviewDocument[] {
    this.requireProgramme(programmeId);
    return this.store
      .documents<ReviewDocument>('review', programmeId)
      .filter(
        (review) =>
          among(review.kind, filter.kinds) &&
          (!filter.teamId || review.teamId === filter.teamId) &&
          within(review.heldAt, filter.from, filter.to),
      )
      .sort((a, b) => a.heldAt.localeCompare(b.heldAt));
  }

  metrics(programmeId: string): MetricDocument[] {
    this.requireProgramme(programmeId);
    return this.store.documents<MetricDocument>('metric', programmeId);
  }

  /** A metric's run chart for the whole programme, or for one team (or cohort) enrolled in it. */
  runChart(programmeId: string, metricId: string, teamId: string | null = null): RunChart {
    const programme = this.requireProgramme(programmeId);
    const metric = this.store.document<MetricDocument>('metric', programmeId, metricId);
    if (!metric)
      throw new NotFoundError('MetricExists', `Programme ${programmeId} has no metric ${metricId}`);
    if (teamId !== null && !programme.teams.some((team) => team.teamId === teamId))
      throw new NotFoundError(
        'TeamInProgramme',
        `Team ${teamId} is not enrolled in programme ${programmeId}`,
      );
    const changes = {
      smallChanges: this.store.documents<SmallChangeDocument>('smallChange', programmeId),
      experiments: this.store.documents<ExperimentDocument>('experiment', programmeId),
      blueprint: this.workingBlueprint(programmeId),
    };
    return runChartOf(metric, changes, teamId);
  }

  private workingBlueprint(programmeId: string): BlueprintDocument | undefined {
    return this.store.document<BlueprintDocument>('blueprint', programmeId, programmeId);
  }

  /**
   * The working blueprint with every published version in full, oldest first; each element of the
   * working blueprint and of the versions with its implementation, experiments and measures.
   */
  blueprint(programmeId: string): BlueprintEvolution | undefined {
    const working = this.workingBlueprint(programmeId);
    if (!working) return undefined;
    const experiments = this.store.documents<ExperimentDocument>('experiment', programmeId);
    const metrics = this.store.documents<MetricDocument>('metric', programmeId);
    const practised = (elements: BlueprintDocument['elements']) =>
      inPractice(elements, working.implementation, experiments, metrics);
    const versions = this.store
      .documents<PublishedVersion>('blueprintVersion', programmeId)
      .sort((a, b) => a.version - b.version)
      .map((version) => ({ ...version, elements: practised(version.elements) }));
    return { ...working, elements: practised(working.elements), versions };
  }

  blueprintDiff(programmeId: string, from: number, to: number): BlueprintDiff {
    this.requireProgramme(programmeId);
    const blueprint = this.blueprint(programmeId);
    if (!blueprint)
      throw new NotFoundError('BlueprintExists', `Programme ${programmeId} has no blueprint yet`);
    return diffVersions(blueprint, from, to);
  }

  async journey(
    programmeId: string,
    { phaseId, ...filter }: JourneyQuery,
    page: PageRequest,
  ): Promise<Page<JourneyEntryView>> {
    const programme = this.requireProgramme(programmeId);
    const phase =
      phaseId === undefined ? undefined : phaseWindows(programme).find((w) => w.phaseId === phaseId);
    // A phase that has not started (or is not one of the programme's) has no entries yet.
    if (phaseId !== undefined && !phase)
      return { items: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 };
    const found = this.store.journey(programmeId, { ...filter, ...(phase ? { phase } : {}) }, page);
    const names = await this.names(
      found.items.flatMap(({ node }) =>
        node.links.filter((link) => link.kind === 'participant').map((link) => link.id),
      ),
    );
    const actors = await this.actorNames(found.items.map(({ node }) => node.actorId));
    const named = (id: string) => names.get(id) ?? nameOf(undefined);
    const phaseIdAt = phaseIdsOf(programme);
    return withItems(
      found,
      found.items.map(({ cursor, node }) => ({
        cursor,
        node: {
          ...node,
          phaseId: phaseIdAt(node.occurredAt) ?? null,
          actorName: actors.get(node.actorId)!,
          links: node.links.map((link) =>
            link.kind === 'participant' ? { ...link, label: named(link.id) } : link,
          ),
        },
      })),
    );
  }

  async history(
    programmeId: string,
    filter: HistoryFilter,
    page: PageRequest,
  ): Promise<Page<HistoryEntryView>> {
    this.requireProgramme(programmeId);
    const found = this.store.history(programmeId, filter, page);
    const actors = await this.actorNames(found.items.map(({ node }) => node.metadata.actorId));
    return withItems(
      found,
      found.items.map(({ cursor, node }) => ({
        cursor,
        node: { ...node, actorName: actors.get(node.metadata.actorId)! },
      })),
    );
  }

  /**
   * Names for the actors who recorded events. A participant is named from the register ("[erased]"
   * once erased); an admin or service account, which the register never holds, by its API key's
   * label, or else by its actor id (a JSON Web Token's subject). Never "[unknown]".
   */
  async actorNames(actorIds: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(actorIds)];
    if (unique.length === 0) return new Map();
    const people = await this.options.register.lookup(unique);
    return new Map(
      unique.map((id) => {
        const person = people.get(id);
        const known = person && person.status !== 'unknown';
        return [id, known ? nameOf(person) : (this.options.actorLabel?.(id) ?? id)];
      }),
    );
  }

  /** Names for participant ids: from the register, "[erased]" or "[unknown]". One lookup for all of them. */
  async names(participantIds: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(participantIds)];
    if (unique.length === 0) return new Map();
    const people = await this.options.register.lookup(unique);
    return new Map(unique.map((id) => [id, nameOf(people.get(id))]));
  }

  /**
   * Reads a programme as the ledger knew it at a past recorded time, or as of a past business
   * time with today's knowledge: the same projections fold the events up to that instant.
   */
  async asOf<T>(
    programmeId: string,
    instant: AsOf,
    read: (past: LedgerReadModels) => T | Promise<T>,
  ): Promise<T> {
    this.requireProgramme(programmeId);
    const answer = async (store: ReadModelStore) => {
      const past = await read(new LedgerReadModels(store, this.options));
      // A page counts its list when totalCount is read, which would be after the scratch closes.
      return isPage(past) ? (countedNow(past) as T) : past;
    };
    if (this.options.asOfBases) return this.options.asOfBases.read(this.store, programmeId, instant, answer);
    const scratch = this.options.openScratch();
    try {
      foldAsOf(this.store, scratch, this.options.projections, programmeId, instant);
      return await answer(scratch);
    } finally {
      scratch.close();
    }
  }
}
