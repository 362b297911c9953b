/** (4) The implementation of the blueprint and its continual optimisation. */
import type { ExperimentDocument } from '../experiments';
import { day, quoted, sentence, words } from '../words';
import { aboutTheProgramme, blueprintAdaptations, measuresAndSignals, reviewDecisions } from './common';
import { section, statement, type SectionBuilder } from './document';
import { implementedAgainstPlan, youSaidWeDid } from './practice';
import type { OutputSource } from './source';

const bare = (text: string) => text.replace(/\.$/, '');

const whereItStands = (experiment: ExperimentDocument): string => {
  const { conclusion, stoppedEarly, startedAt } = experiment;
  if (conclusion)
    return `Concluded ${day(conclusion.concludedAt)}: ${words(conclusion.result)}; learning: ${bare(conclusion.learning)}; next step: ${conclusion.nextStep}.`;
  if (stoppedEarly)
    return `Stopped early ${day(stoppedEarly.stoppedAt)} (${bare(stoppedEarly.rationale)}); learning: ${bare(stoppedEarly.learning)}.`;
  if (startedAt) return `Running since ${day(startedAt)}.`;
  return `Designed, planned to start ${day(experiment.plannedStart)}.`;
};

const elementTitle = (source: OutputSource, elementId: string | null) =>
  source.blueprint?.elements.find((element) => element.elementId === elementId)?.title;

const experiments: SectionBuilder = (source) =>
  section(
    'Experiments',
    source.experiments.map((experiment) => {
      const { ifWe, weExpect, because } = experiment.hypothesis;
      const element = elementTitle(source, experiment.blueprintElementId);
      return statement(
        `${quoted(experiment.title)}${element ? ` (for the blueprint element ${quoted(element)})` : ''}: if we ${bare(ifWe)}, we expect ${bare(weExpect)}, because ${bare(because)}. ${whereItStands(experiment)}`,
        [
          experiment.designed.eventId,
          experiment.startedEventId,
          experiment.conclusion?.eventId,
          experiment.stoppedEarly?.eventId,
        ],
      );
    }),
  );

const experimentAdaptations: SectionBuilder = (source) =>
  section(
    'Experiments adapted while running',
    source.experiments.flatMap((experiment) =>
      experiment.adaptations.map((adaptation) =>
        statement(
          sentence(
            `${day(adaptation.occurredAt)}: ${quoted(experiment.title)} adapted: ${bare(adaptation.change)}, because ${bare(adaptation.rationale)}`,
          ),
          [adaptation.eventId],
        ),
      ),
    ),
  );

export const IMPLEMENTATION_SECTIONS: readonly SectionBuilder[] = [
  aboutTheProgramme,
  implementedAgainstPlan,
  experiments,
  experimentAdaptations,
  blueprintAdaptations,
  youSaidWeDid,
  measuresAndSignals,
  reviewDecisions,
];
