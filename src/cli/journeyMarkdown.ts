/** The entire journey as a Markdown document a person can read, print or attach to an evaluation. */
import type { BlueprintEvolution } from '../projections/blueprint';
import type { ExperimentDocument } from '../projections/experiments';
import type { JourneyEntryView } from '../projections/ledgerReadModels';
import type { MetricDocument } from '../projections/metrics';
import type { ProgrammeOverview } from '../projections/overview';
import type { ReviewDocument } from '../projections/reviews';
import type { SmallChangeDocument } from '../projections/smallChanges';
import type { SurveyRoundDocument } from '../projections/surveyRounds';
import { counted, day, words } from '../projections/words';

export interface JourneyExport {
  readonly exportedAt: string;
  readonly lastPosition: bigint | null;
  readonly overview: ProgrammeOverview;
  readonly journey: readonly JourneyEntryView[];
  readonly blueprint: BlueprintEvolution | null;
  readonly smallChanges: readonly SmallChangeDocument[];
  readonly experiments: readonly ExperimentDocument[];
  readonly reviews: readonly ReviewDocument[];
  readonly metrics: readonly MetricDocument[];
  readonly surveyRounds: readonly SurveyRoundDocument[];
}

const month = (iso: string) =>
  new Date(`${iso.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
/** Keeps recorded text from breaking the document's structure. */
const inline = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/([|*_`<>[\]])/g, '\\$1');
const counts = (tally: Readonly<Record<string, number>>) =>
  Object.entries(tally)
    .map(([status, count]) => `${words(status)} ${count}`)
    .join(', ') || 'none';

const standing = ({ programme, currentPhase, smallChanges, blueprint, metrics }: ProgrammeOverview) => [
  '## Where it stands',
  '',
  `- Phase: ${currentPhase ? currentPhase.name : 'none in progress'}`,
  `- Small changes: ${counts(smallChanges)}`,
  `- Blueprint: ${blueprint?.currentVersion ? `version ${blueprint.currentVersion}, ${counted(blueprint.workingElements, 'working element')}` : 'no version published'}`,
  '',
  '| Measure | Baseline | Target | Latest |',
  '| --- | --- | --- | --- |',
  ...metrics.map(
    ({ name, unit, baseline, target, latest }) =>
      `| ${inline(name)} | ${baseline ?? '–'} ${unit} | ${target ?? '–'} ${unit} | ${latest ? `${latest.value} ${unit} (${day(latest.periodEnd)})` : '–'} |`,
  ),
  '',
  '## Phases',
  '',
  ...programme.phases.map(
    (phase) =>
      `- ${phase.name}: ${words(phase.status)}${phase.startedAt ? `, from ${day(phase.startedAt)}` : ''}${phase.completedAt ? ` to ${day(phase.completedAt)}` : ''}${phase.summary ? `: ${inline(phase.summary)}` : ''}`,
  ),
];

const entries = (journey: readonly JourneyEntryView[]) => {
  const lines = ['## The journey', ''];
  let current = '';
  for (const entry of journey) {
    if (entry.occurredAt.slice(0, 7) !== current) {
      current = entry.occurredAt.slice(0, 7);
      lines.push(`### ${month(entry.occurredAt)}`, '');
    }
    lines.push(
      `- **${day(entry.occurredAt)}**: ${inline(entry.summary)} _(${inline(entry.actorName)}, ${entry.actorRole})_`,
    );
    if (entry.rationale) lines.push(`  - Why: ${inline(entry.rationale)}`);
  }
  return lines;
};

const versions = (blueprint: BlueprintEvolution | null) =>
  blueprint
    ? [
        '## Blueprint versions',
        '',
        ...blueprint.versions.flatMap((version) => [
          `### Version ${version.version}: ${inline(version.summary)} (${day(version.published.occurredAt)})`,
          '',
          ...version.changes.flatMap((change) => [
            `- ${change.change} “${inline(change.title)}”${change.rationale ? `: ${inline(change.rationale)}` : ''}`,
            ...change.evidence.map((item) => `  - Evidence: ${inline(item.summary)}`),
          ]),
          '',
        ]),
      ]
    : [];

const experimentLines = (experiments: readonly ExperimentDocument[]) => [
  '## Experiments',
  '',
  ...experiments.map(
    (experiment) =>
      `- ${inline(experiment.title)}: ${experiment.conclusion ? `${words(experiment.conclusion.result)}: ${inline(experiment.conclusion.learning)}` : experiment.stoppedEarly ? `stopped early: ${inline(experiment.stoppedEarly.learning)}` : words(experiment.status)}`,
  ),
];

export const journeyMarkdown = (exported: JourneyExport): string => {
  const { programme } = exported.overview;
  const vision = programme.vision;
  return [
    `# ${inline(programme.name)}`,
    '',
    `${inline(programme.localAuthority)} · ${inline(programme.scope)} · started ${day(programme.startDate)}, planned for ${counted(programme.plannedDurationMonths, 'month')} · ${words(programme.status)}`,
    '',
    `_Exported from the ledger on ${exported.exportedAt} (log position ${exported.lastPosition ?? 'none'}). Names come from the personal-data register._`,
    '',
    ...(vision
      ? [
          '## Vision',
          '',
          `> ${inline(vision.statement)}`,
          '',
          `Revised ${vision.revisions} time(s)${vision.lastRationale ? `; last because: ${inline(vision.lastRationale)}` : ''}.`,
          '',
        ]
      : []),
    ...standing(exported.overview),
    '',
    ...experimentLines(exported.experiments),
    '',
    ...versions(exported.blueprint),
    ...entries(exported.journey),
    '',
  ].join('\n');
};
