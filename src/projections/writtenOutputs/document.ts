/**
 * A written output as a document composed from the events: a title and sections, each a heading
 * and statements, where every statement carries the ids of the events it rests on. A document is a
 * list of section builders, each a small function over the programme's read models (see source.ts):
 * a new family of events adds its section by adding a builder to a document's list (index.ts).
 */
import type { WrittenOutputKind } from '../../domain/writtenOutput/events';
import type { OutputSource } from './source';

export interface Statement {
  readonly text: string;
  /** The events the statement rests on, oldest first, each once. */
  readonly eventIds: readonly string[];
}

export interface Section {
  readonly heading: string;
  readonly statements: readonly Statement[];
}

export interface WrittenDocument {
  readonly programmeId: string;
  readonly output: WrittenOutputKind;
  readonly title: string;
  readonly sections: readonly Section[];
}

/** One section of a document, or none when the programme has recorded nothing it would say. */
export type SectionBuilder = (source: OutputSource) => Section | null;

/** A statement resting on these events (unknown ids and repeats left out). */
export const statement = (text: string, eventIds: readonly (string | null | undefined)[]): Statement => ({
  text,
  eventIds: [...new Set(eventIds.filter((id): id is string => typeof id === 'string' && id !== ''))],
});

/** A section with these statements, or none when there are none. */
export const section = (heading: string, statements: readonly Statement[]): Section | null =>
  statements.length === 0 ? null : { heading, statements };

export const composeDocument = (
  output: WrittenOutputKind,
  title: string,
  builders: readonly SectionBuilder[],
  source: OutputSource,
): WrittenDocument => ({
  programmeId: source.programme.programmeId,
  output,
  title: `${source.programme.name}: ${title}`,
  sections: builders.flatMap((build) => build(source) ?? []),
});
