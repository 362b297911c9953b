/**
 * Lineage with differences. A blueprint derived from another programme's published version starts
 * with that version's elements (the derivation event carries them); what the adapting programme
 * changed since is the difference between those elements and its blueprint now (or at one of its
 * versions), each with the changes recorded for it, their rationale and evidence. Spreading is
 * adapting: the lineage shows every programme up and down the line and how much each one changed.
 */
import type { Element } from '../domain/blueprint/events';
import type { BlueprintChange, BlueprintEvolution } from './blueprint';
import { versionOf } from './blueprintDiff';
import type { When } from './ledgerRecord';

export type LineageChange = 'added' | 'removed' | 'adapted' | 'kept';

export interface LineageDifference {
  readonly change: LineageChange;
  readonly elementId: string;
  readonly title: string;
  /** The element as it came from the source version; null for one added here. */
  readonly fromSource: Element | null;
  /** The element in this blueprint; null for one removed here. */
  readonly adapted: Element | null;
  /** For an adapted element: which of its content fields differ from the source (kind, title, description). */
  readonly fieldsChanged: readonly (keyof Element)[];
  /** Every change recorded to the element since the derivation, oldest first, with rationale and evidence. */
  readonly changes: readonly BlueprintChange[];
}

export interface LineageDiff {
  /** The version of this blueprint compared; null for the working blueprint. */
  readonly version: number | null;
  readonly differences: readonly LineageDifference[];
}

/** Barriers and owners always belong to the programme itself, so only the content is compared. */
const CONTENT: readonly (keyof Element)[] = ['kind', 'title', 'description'];

const changesSince = (blueprint: BlueprintEvolution, upTo: number | null): BlueprintChange[] =>
  [
    ...blueprint.versions.filter((v) => upTo === null || v.version <= upTo).flatMap((v) => v.changes),
    ...(upTo === null ? blueprint.unpublishedChanges : []),
  ].filter((change) => change.eventId !== blueprint.started.eventId);

/** The source version's elements as the derivation brought them in. */
export const derivedElements = (blueprint: BlueprintEvolution): Element[] =>
  [...blueprint.versions.flatMap((v) => v.changes), ...blueprint.unpublishedChanges]
    .filter((change) => change.eventId === blueprint.started.eventId && change.after)
    .map((change) => change.after!);

const differenceOf = (
  elementId: string,
  fromSource: Element | null,
  adapted: Element | null,
  changes: readonly BlueprintChange[],
): LineageDifference => {
  const fieldsChanged =
    fromSource && adapted ? CONTENT.filter((field) => fromSource[field] !== adapted[field]) : [];
  const change: LineageChange = !fromSource
    ? 'added'
    : !adapted
      ? 'removed'
      : fieldsChanged.length
        ? 'adapted'
        : 'kept';
  const title = (adapted ?? fromSource)!.title;
  return { change, elementId, title, fromSource, adapted, fieldsChanged, changes };
};

/** What a derived blueprint changed from its source, element by element: source order first, then additions. */
export const lineageDiff = (blueprint: BlueprintEvolution, version: number | null = null): LineageDiff => {
  const source = derivedElements(blueprint);
  const now = version === null ? blueprint.elements : versionOf(blueprint, version).elements;
  const nowById = new Map(now.map((element) => [element.elementId, element]));
  const sourceIds = new Set(source.map((element) => element.elementId));
  const changes = changesSince(blueprint, version);
  const changesOf = (id: string) => changes.filter((change) => change.elementId === id);
  const differences = [
    ...source.map((element) =>
      differenceOf(
        element.elementId,
        element,
        nowById.get(element.elementId) ?? null,
        changesOf(element.elementId),
      ),
    ),
    ...now
      .filter((element) => !sourceIds.has(element.elementId))
      .map((element) => differenceOf(element.elementId, null, element, changesOf(element.elementId))),
  ];
  return { version, differences };
};

/** One programme in a blueprint's lineage, and how much it changed from what it derived. */
export interface LineageLink {
  readonly programmeId: string;
  readonly programmeName: string | null;
  /** The programme and version it derived its blueprint from; null at the root of the line. */
  readonly derivedFrom: { readonly programmeId: string; readonly version: number } | null;
  /** When its blueprint was derived (or drafted, at the root). */
  readonly started: When;
  readonly adaptations: Readonly<Record<LineageChange, number>>;
}

export const linkOf = (blueprint: BlueprintEvolution, programmeName: string | null): LineageLink => {
  const adaptations = { added: 0, removed: 0, adapted: 0, kept: 0 };
  if (blueprint.derivedFrom)
    for (const difference of lineageDiff(blueprint).differences) adaptations[difference.change] += 1;
  return {
    programmeId: blueprint.programmeId,
    programmeName,
    derivedFrom: blueprint.derivedFrom && {
      programmeId: blueprint.derivedFrom.programmeId,
      version: blueprint.derivedFrom.version,
    },
    started: blueprint.started,
    adaptations,
  };
};
