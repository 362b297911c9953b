/**
 * The kinds of journey entry. The API spells them in UPPER_CASE (`SMALL_CHANGE`); the dashboard's
 * URLs keep the domain's own word (`smallChange`), so that links shared before the API changed its
 * spelling still open the same filtered journey.
 */
import type { EventKind } from '../generated/graphql';
import { EVENT_KIND } from './labels';

/** Every kind of journey entry (the schema's EventKind), in the order the filter offers them. */
export const KINDS = Object.keys(EVENT_KIND) as readonly EventKind[];

/** `SMALL_CHANGE` → `smallChange`, as a URL carries it. */
export const kindParam = (kind: EventKind): string =>
  kind.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** The kind a URL names, in either spelling; null for anything else. */
export const kindOfParam = (param: string | undefined): EventKind | null =>
  KINDS.find((kind) => kind === param || kindParam(kind) === param) ?? null;
