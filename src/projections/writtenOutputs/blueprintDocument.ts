/** (3) The co-created blueprint as a written document. */
import { ELEMENT_KINDS, type Element, type ElementKind } from '../../domain/blueprint/events';
import { day, listOf, quoted, sentence, withArticle, words } from '../words';
import { aboutTheProgramme, blueprintAdaptations, blueprintChanges } from './common';
import { section, statement, type SectionBuilder } from './document';
import { barrierEvents, barrierTitles, entriesOf, levelsIn, type OutputSource } from './source';

/** The events an element of the working blueprint rests on: every change made to it. */
const elementEvents = (source: OutputSource, elementId: string) =>
  blueprintChanges(source)
    .filter((change) => change.elementId === elementId)
    .map((change) => change.eventId);

const origins: SectionBuilder = (source) => {
  const blueprint = source.blueprint;
  if (!blueprint) return null;
  const from = blueprint.derivedFrom;
  const text = from
    ? `Derived on ${day(blueprint.started.occurredAt)} from version ${from.version} of the blueprint of ${quoted(from.programmeName ?? from.programmeId)}, and adapted here.`
    : `Drafted on ${day(blueprint.started.occurredAt)}.`;
  const coOwners = entriesOf(source, ['BlueprintCoOwnerAdded']).map((entry) => entry.eventId);
  return section('Origins and co-owners', [
    statement(text, [blueprint.started.eventId]),
    statement(`Co-owned by ${levelsIn(source, blueprint.coOwnerIds)}.`, [
      blueprint.started.eventId,
      ...coOwners,
    ]),
  ]);
};

const versions: SectionBuilder = (source) =>
  section(
    'Published versions',
    (source.blueprint?.versions ?? []).map((version) =>
      statement(
        `Version ${version.version}, published ${day(version.published.occurredAt)}: ${version.summary.replace(/\.$/, '')}; endorsed by ${levelsIn(source, version.endorsedBy)}.`,
        [version.published.eventId],
      ),
    ),
  );

const elementStatement = (source: OutputSource, element: Element) =>
  statement(
    [
      sentence(`${quoted(element.title)}: ${element.description}`),
      element.barrierIds.length ? ` It addresses ${barrierTitles(source, element.barrierIds)}.` : '',
      element.ownerIds.length ? ` Owned by ${levelsIn(source, element.ownerIds)}.` : '',
    ].join(''),
    [...elementEvents(source, element.elementId), ...barrierEvents(source, element.barrierIds)],
  );

const elementsOfKind =
  (kind: ElementKind): SectionBuilder =>
  (source) =>
    section(
      `Elements: ${words(kind)}s`,
      (source.blueprint?.elements ?? [])
        .filter((element) => element.kind === kind)
        .map((element) => elementStatement(source, element)),
    );

const barriersAddressed: SectionBuilder = (source) => {
  const elements = source.blueprint?.elements ?? [];
  return section(
    'Barriers addressed',
    source.barriers.flatMap((barrier) => {
      const addressing = elements.filter((element) => element.barrierIds.includes(barrier.barrierId));
      if (addressing.length === 0) return [];
      return [
        statement(
          `${quoted(barrier.title)} (${withArticle(`${barrier.scope} ${words(barrier.kind)}`)} barrier), addressed by ${listOf(addressing.map((element) => quoted(element.title)))}.`,
          [
            barrier.identified.eventId,
            ...addressing.flatMap((element) => elementEvents(source, element.elementId)),
          ],
        ),
      ];
    }),
  );
};

export const BLUEPRINT_SECTIONS: readonly SectionBuilder[] = [
  aboutTheProgramme,
  origins,
  versions,
  ...ELEMENT_KINDS.map(elementsOfKind),
  barriersAddressed,
  blueprintAdaptations,
];
