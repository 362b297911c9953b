/** The difference between any two published versions of a blueprint, with the reasons recorded in between. */
import type { Element } from '../domain/blueprint/events';
import { NotFoundError, ValidationError } from '../domain/shared/errors';
import type { BlueprintChange, BlueprintEvolution, PublishedVersion } from './blueprint';

export interface ElementDifference {
  readonly change: 'added' | 'revised' | 'removed';
  readonly elementId: string;
  readonly title: string;
  readonly before: Element | null;
  readonly after: Element | null;
  /** For a revision: which of the element's fields differ. */
  readonly fieldsChanged: readonly (keyof Element)[];
}

export interface BlueprintDiff {
  readonly from: number;
  readonly to: number;
  readonly differences: readonly ElementDifference[];
  /** Every change recorded after `from` up to `to`, in order, with rationale and evidence. */
  readonly changes: readonly BlueprintChange[];
}

const FIELDS: readonly (keyof Element)[] = ['kind', 'title', 'description', 'barrierIds', 'ownerIds'];

const fieldsChanged = (before: Element, after: Element): (keyof Element)[] =>
  FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));

export const versionOf = (blueprint: BlueprintEvolution, version: number): PublishedVersion => {
  const found = blueprint.versions.find((candidate) => candidate.version === version);
  if (!found)
    throw new NotFoundError(
      'BlueprintVersionPublished',
      `Version ${version} of this blueprint has not been published (published: ${blueprint.versions.map((v) => v.version).join(', ') || 'none'})`,
    );
  return found;
};

export const diffVersions = (blueprint: BlueprintEvolution, from: number, to: number): BlueprintDiff => {
  if (from >= to)
    throw new ValidationError(
      'DiffRunsForwards',
      `A diff runs from an earlier version to a later one (got ${from} to ${to})`,
    );
  const before = versionOf(blueprint, from);
  const after = versionOf(blueprint, to);
  const beforeById = new Map(before.elements.map((element) => [element.elementId, element]));
  const afterIds = new Set(after.elements.map((element) => element.elementId));
  const differences: ElementDifference[] = [];
  for (const element of after.elements) {
    const old = beforeById.get(element.elementId);
    if (!old)
      differences.push({
        change: 'added',
        elementId: element.elementId,
        title: element.title,
        before: null,
        after: element,
        fieldsChanged: [],
      });
    else {
      const changed = fieldsChanged(old, element);
      if (changed.length)
        differences.push({
          change: 'revised',
          elementId: element.elementId,
          title: element.title,
          before: old,
          after: element,
          fieldsChanged: changed,
        });
    }
  }
  for (const old of before.elements)
    if (!afterIds.has(old.elementId))
      differences.push({
        change: 'removed',
        elementId: old.elementId,
        title: old.title,
        before: old,
        after: null,
        fieldsChanged: [],
      });
  const changes = blueprint.versions
    .filter((version) => version.version > from && version.version <= to)
    .flatMap((version) => version.changes);
  return { from, to, differences, changes };
};
