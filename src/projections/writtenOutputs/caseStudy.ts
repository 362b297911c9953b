/** (5) A methodology case study another authority could adapt. */
import type { SmallChangeDocument } from '../smallChanges';
import { counted, day, quoted, sentence, words } from '../words';
import { aboutTheProgramme, measuresAndSignals, toldByTheJourney } from './common';
import { section, statement, type SectionBuilder, type Statement } from './document';
import { otherFailures } from './practice';
import { teamName } from './source';

const bare = (text: string) => text.replace(/\.$/, '');

const phasesAsTheyRan: SectionBuilder = ({ programme }) =>
  section(
    'Phases as they ran',
    programme.phases.flatMap((phase) => {
      if (!phase.startedAt) return [];
      const ran = phase.completedAt
        ? `from ${day(phase.startedAt)} to ${day(phase.completedAt)}${phase.summary ? `: ${bare(phase.summary)}` : ''}`
        : `from ${day(phase.startedAt)}, still in progress`;
      return [statement(sentence(`${phase.name}, ${ran}`), [phase.startedEventId, phase.completedEventId])];
    }),
  );

const whatWorked: SectionBuilder = (source) =>
  section('What worked', [
    ...source.smallChanges
      .filter((change) => change.status === 'kept')
      .map((change): Statement => {
        const review = change.reviews.at(-1)!;
        return statement(
          `${quoted(change.title)} (${teamName(source, change.teamId)}) was kept: ${counted(review.hoursFreedPerWeek, 'hour')} a week freed for direct work; practitioners noticed: ${bare(review.practitionersNoticed)}.`,
          [change.implemented?.eventId, review.eventId],
        );
      }),
    ...source.experiments
      .filter((experiment) => experiment.conclusion?.result === 'supported')
      .map((experiment) =>
        statement(
          `Experiment ${quoted(experiment.title)} was supported; learning: ${bare(experiment.conclusion!.learning)}.`,
          [experiment.conclusion!.eventId],
        ),
      ),
    ...source.barriers
      .filter((barrier) => barrier.resolution)
      .map((barrier) =>
        statement(`Barrier ${quoted(barrier.title)} was resolved: ${bare(barrier.resolution!.resolution)}.`, [
          barrier.identified.eventId,
          barrier.resolution!.eventId,
        ]),
      ),
  ]);

/** What a declined or reverted small change taught, when it was recorded (from 0.3.0). */
const learnt = (change: SmallChangeDocument) => {
  const learning = (change.reverted ?? change.declined)?.learning;
  return learning ? `; learning: ${bare(learning)}` : '';
};

const smallChangesThatDidNot = (source: Parameters<SectionBuilder>[0]): Statement[] =>
  source.smallChanges.flatMap((change) => {
    const failed = change.reverted ?? change.declined ?? change.escalated;
    if (!failed) return [];
    const what = change.reverted
      ? 'was reverted'
      : change.declined
        ? 'was declined'
        : 'needed national change';
    return [
      statement(
        `${quoted(change.title)} (${teamName(source, change.teamId)}) ${what}: ${bare(failed.rationale)}${learnt(change)}.`,
        [change.proposed.eventId, failed.eventId],
      ),
    ];
  });

const whatDidNot: SectionBuilder = (source) =>
  section('What did not work, and what was learnt', [
    ...smallChangesThatDidNot(source),
    ...source.experiments.flatMap((experiment) => {
      const { conclusion, stoppedEarly } = experiment;
      if (conclusion && conclusion.result !== 'supported')
        return [
          statement(
            `Experiment ${quoted(experiment.title)} was ${words(conclusion.result)}; learning: ${bare(conclusion.learning)}; next step: ${conclusion.nextStep}.`,
            [conclusion.eventId],
          ),
        ];
      if (stoppedEarly)
        return [
          statement(
            `Experiment ${quoted(experiment.title)} was stopped early (${bare(stoppedEarly.rationale)}); learning: ${bare(stoppedEarly.learning)}.`,
            [stoppedEarly.eventId],
          ),
        ];
      return [];
    }),
    ...otherFailures(source),
  ]);

const lineage: SectionBuilder = ({ blueprint }) => {
  if (!blueprint) return null;
  const from = blueprint.derivedFrom;
  const latest = blueprint.versions.at(-1);
  return section('Lineage', [
    ...(from
      ? [
          statement(
            `This blueprint was adapted from version ${from.version} of the blueprint of ${quoted(from.programmeName ?? from.programmeId)}.`,
            [blueprint.started.eventId],
          ),
        ]
      : []),
    ...(latest
      ? [
          statement(
            `Version ${latest.version} of this blueprint, published ${day(latest.published.occurredAt)}, is the one another authority can start from.`,
            [latest.published.eventId],
          ),
        ]
      : []),
  ]);
};

export const CASE_STUDY_SECTIONS: readonly SectionBuilder[] = [
  aboutTheProgramme,
  toldByTheJourney('The approach', ['TheoryOfChangeDefined', 'SimpleRuleAdopted']),
  toldByTheJourney('Vision', ['VisionSet', 'VisionRevised']),
  phasesAsTheyRan,
  whatWorked,
  whatDidNot,
  measuresAndSignals,
  lineage,
  toldByTheJourney('Outputs delivered', ['WrittenOutputDelivered']),
];
