/** How experiments and the local blueprint read in the journey. */
import type { BlueprintEvent } from '../../domain/blueprint/events';
import type { ElementImplementationEvent } from '../../domain/blueprint/implementation';
import type { ExperimentEvent } from '../../domain/experiment/events';
import { participantIn } from '../programme';
import { counted, quoted, sentence, words } from '../words';
import { decisionLinks, followingDecision } from './failureSteps';
import { people, type Describer, type Describers } from './naming';

export const EXPERIMENT_STEPS: Describers<ExperimentEvent> = {
  ExperimentDesigned: (
    { data: { title, hypothesis, experimentId, barrierIds } },
    { experiment, barrier },
  ) => ({
    summary: `Experiment ${quoted(title)} designed: if we ${hypothesis.ifWe}, we expect ${hypothesis.weExpect}, because ${hypothesis.because}.`,
    links: [experiment(experimentId), ...barrierIds.map(barrier)],
  }),
  ExperimentStarted: ({ data }, { experiment, titleOf }) => ({
    summary: `Experiment ${titleOf(experiment(data.experimentId))} started.`,
    links: [experiment(data.experimentId)],
  }),
  ExperimentAdapted: ({ data }, { experiment, titleOf }) => ({
    summary: sentence(
      `Experiment ${titleOf(experiment(data.experimentId))} adapted while running: ${data.change}`,
    ),
    rationale: data.rationale,
    links: [experiment(data.experimentId)],
  }),
  ExperimentConcluded: ({ data: { result, learning, nextStep, experimentId } }, { experiment, titleOf }) => {
    const verdict = result === 'inconclusive' ? 'inconclusive' : `hypothesis ${words(result)}`;
    return {
      summary: sentence(
        `Experiment ${titleOf(experiment(experimentId))} concluded (${verdict}; next step: ${nextStep}): ${learning}`,
      ),
      links: [experiment(experimentId)],
    };
  },
  ExperimentStoppedEarly: ({ data }, naming) => ({
    summary: sentence(
      `Experiment ${naming.titleOf(naming.experiment(data.experimentId))} stopped early${followingDecision(naming, data.decision)}; learning: ${data.learning}`,
    ),
    rationale: data.rationale,
    links: [naming.experiment(data.experimentId), ...decisionLinks(data.decision)],
  }),
};

const elementChanged: Describer<'BlueprintElementAdded' | 'BlueprintElementRevised'> = (event) => {
  const { title, kind, elementId, rationale, evidence } = event.data;
  const verb = event.type === 'BlueprintElementAdded' ? 'added' : 'revised';
  return {
    summary: `Blueprint element ${quoted(title)} (${words(kind)}) ${verb}${evidence.length ? `, citing ${counted(evidence.length, 'piece')} of evidence` : ''}.`,
    rationale,
    links: [
      { kind: 'blueprintElement', id: elementId, label: title },
      ...evidence.map(({ kind: evidenceKind, id }) => ({ kind: evidenceKind, id })),
    ],
  };
};

export const BLUEPRINT_STEPS: Describers<Exclude<BlueprintEvent, ElementImplementationEvent>> = {
  BlueprintDrafted: ({ data }, { levelsOf }) => ({
    summary: `Local blueprint drafted, co-owned by ${levelsOf(data.coOwnerIds)}.`,
    links: [{ kind: 'blueprint', id: data.programmeId }, ...people(data.coOwnerIds)],
  }),
  BlueprintDerived: ({ data: { source, elements, coOwnerIds } }, { context }) => {
    const name = context.programmeName(source.programmeId) ?? source.programmeId;
    return {
      summary: `Local blueprint derived from version ${source.version} of ${quoted(name)} with ${counted(elements.length, 'element')} to adapt.`,
      links: [{ kind: 'programme', id: source.programmeId, label: name }, ...people(coOwnerIds)],
    };
  },
  BlueprintCoOwnerAdded: ({ data }, { programme }) => {
    const level = participantIn(programme, data.participantId)?.level ?? 'unknown';
    return {
      summary: `A ${words(level)}-level co-owner joined the blueprint.`,
      links: people([data.participantId]),
    };
  },
  BlueprintElementAdded: elementChanged,
  BlueprintElementRevised: elementChanged,
  BlueprintElementRemoved: ({ data }, { context }) => {
    const removed = context.blueprint()?.unpublishedChanges.findLast((c) => c.elementId === data.elementId);
    return {
      summary: `Blueprint element ${quoted(removed?.title ?? data.elementId)} removed.`,
      rationale: data.rationale,
      links: [{ kind: 'blueprintElement', id: data.elementId, label: removed?.title }],
    };
  },
  BlueprintVersionPublished: ({ data }, { levelsOf }) => ({
    summary: sentence(
      `Blueprint version ${data.version} published, endorsed by ${levelsOf(data.endorsedBy)}: ${data.summary}`,
    ),
    links: [{ kind: 'blueprintVersion', id: String(data.version) }, ...people(data.endorsedBy)],
  }),
};
