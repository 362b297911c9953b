/**
 * The lineage of blueprints across programmes: the programmes a blueprint descends from, and those
 * that derived from it (and from them), read over every programme's blueprint in the ledger.
 */
import { NotFoundError } from '../domain/shared/errors';
import { linkOf, lineageDiff, type LineageDiff, type LineageLink } from './blueprintLineage';
import type { LedgerReadModels } from './ledgerReadModels';
import type { AsOf } from './timeTravel';

export interface BlueprintLineage {
  readonly programmeId: string;
  /** What this blueprint changed from its source; null for a blueprint drafted, not derived. */
  readonly diff: LineageDiff | null;
  /** This programme's own link: where it derived from and how much it changed. */
  readonly self: LineageLink;
  /** The programmes up the line, nearest first: the source, the source's source, … */
  readonly ancestors: readonly LineageLink[];
  /** Every programme down the line (derived from this one, or from one of those), in the order derived. */
  readonly descendants: readonly LineageLink[];
}

/** What a blueprint changed from its source (null when it was drafted here), as the read models stand. */
export const lineageDiffIn = (
  readModels: LedgerReadModels,
  programmeId: string,
  version: number | null,
): { diff: LineageDiff | null; self: LineageLink } => {
  const programme = readModels.requireProgramme(programmeId);
  const blueprint = readModels.blueprint(programmeId);
  if (!blueprint) throw new NotFoundError('BlueprintExists', `Programme ${programmeId} has no blueprint yet`);
  return {
    diff: blueprint.derivedFrom ? lineageDiff(blueprint, version) : null,
    self: linkOf(blueprint, programme.name),
  };
};

const startedBy = (link: LineageLink, instant: AsOf | undefined) =>
  !instant ||
  ('recordedAt' in instant
    ? link.started.recordedAt.slice(0, instant.recordedAt.length) <= instant.recordedAt
    : link.started.occurredAt.slice(0, instant.occurredAt.length) <= instant.occurredAt);

/** The programmes up and down the line from this one, as the ledger holds them now (or had by `instant`). */
export const lineageLinks = (
  readModels: LedgerReadModels,
  programmeId: string,
  instant?: AsOf,
): Pick<BlueprintLineage, 'ancestors' | 'descendants'> => {
  const links = readModels.programmes().flatMap((programme) => {
    const blueprint = readModels.blueprint(programme.programmeId);
    return blueprint ? [linkOf(blueprint, programme.name)] : [];
  });
  const byId = new Map(
    links.filter((link) => startedBy(link, instant)).map((link) => [link.programmeId, link]),
  );
  const ancestors: LineageLink[] = [];
  for (let at = byId.get(programmeId)?.derivedFrom; at && ancestors.length < links.length;) {
    const ancestor = byId.get(at.programmeId);
    if (!ancestor) break;
    ancestors.push(ancestor);
    at = ancestor.derivedFrom;
  }
  const descendants: LineageLink[] = [];
  const line = new Set([programmeId]);
  for (const link of [...byId.values()].sort((a, b) =>
    a.started.occurredAt.localeCompare(b.started.occurredAt),
  ))
    if (link.derivedFrom && line.has(link.derivedFrom.programmeId) && !line.has(link.programmeId)) {
      descendants.push(link);
      line.add(link.programmeId);
    }
  return { ancestors, descendants };
};
