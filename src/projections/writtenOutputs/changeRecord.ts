/** (2) The ongoing record of changes to processes and structures: small changes and blueprint elements of those kinds. */
import type { ElementKind } from '../../domain/blueprint/events';
import type { BlueprintChange } from '../blueprint';
import type { SmallChangeDocument } from '../smallChanges';
import { counted, day, quoted, words } from '../words';
import { aboutTheProgramme, blueprintChanges } from './common';
import { section, statement, type SectionBuilder } from './document';
import { teamName, type OutputSource } from './source';

const why = (rationale: string) => ` (${rationale.replace(/\.$/, '')})`;

interface Step {
  readonly occurredAt: string;
  readonly eventId: string;
  readonly words: string;
}
const stepOf = (when: { occurredAt: string; eventId: string } | null, words: string): Step[] =>
  when ? [{ occurredAt: when.occurredAt, eventId: when.eventId, words }] : [];
const bare = (text: string) => text.replace(/\.$/, '');

/** What happened to a small change, step by step, in business-date order. */
const stepsOf = (c: SmallChangeDocument): Step[] =>
  [
    ...stepOf(c.proposed, `proposed ${day(c.proposed.occurredAt)}`),
    ...stepOf(c.agreed, `agreed ${day(c.agreed?.occurredAt ?? '')}`),
    ...stepOf(c.declined, `declined ${day(c.declined?.occurredAt ?? '')}${why(c.declined?.rationale ?? '')}`),
    ...stepOf(
      c.implemented,
      `implemented ${day(c.implemented?.implementedAt ?? '')}: ${bare(c.implemented?.whatChanged ?? '')}`,
    ),
    ...c.reviews.flatMap((r) =>
      stepOf(
        r,
        `reviewed ${day(r.reviewedAt)}: ${counted(r.hoursFreedPerWeek, 'hour')} a week freed, verdict ${r.verdict}`,
      ),
    ),
    ...c.adaptations.flatMap((a) =>
      stepOf(a, `adapted ${day(a.occurredAt)}: ${bare(a.whatChanged)}${why(a.rationale)}`),
    ),
    ...stepOf(c.reverted, `reverted ${day(c.reverted?.occurredAt ?? '')}${why(c.reverted?.rationale ?? '')}`),
    ...stepOf(
      c.escalated,
      `escalated ${day(c.escalated?.occurredAt ?? '')} as needing national change${why(c.escalated?.rationale ?? '')}`,
    ),
  ].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));

const smallChanges: SectionBuilder = (source) =>
  section(
    'Small changes',
    source.smallChanges.map((change) => {
      const steps = stepsOf(change);
      return statement(
        `${teamName(source, change.teamId)}: ${quoted(change.title)}, ${steps.map((step) => step.words).join('; ')}.`,
        steps.map((step) => step.eventId),
      );
    }),
  );

const elementHistory = (changes: readonly BlueprintChange[]) =>
  changes
    .map(
      (change) =>
        `${change.change} ${day(change.occurredAt)}${change.rationale ? why(change.rationale) : ''}`,
    )
    .join('; ');

/** Every element of one kind the blueprint has held, with what happened to it. */
const elementsOfKind =
  (kind: ElementKind, heading: string): SectionBuilder =>
  (source: OutputSource) => {
    const changes = blueprintChanges(source);
    // An element whose kind changed belongs where it was ever of this kind, with its whole history.
    const elementIds = [
      ...new Set(
        changes
          .filter((change) => (change.after ?? change.before)?.kind === kind)
          .map((change) => change.elementId),
      ),
    ];
    return section(
      heading,
      elementIds.map((elementId) => {
        const history = changes.filter((change) => change.elementId === elementId);
        const last = history.at(-1)!;
        return statement(
          `${quoted(last.title)}: ${elementHistory(history)}.`,
          history.map((change) => change.eventId),
        );
      }),
    );
  };

export const CHANGE_RECORD_SECTIONS: readonly SectionBuilder[] = [
  aboutTheProgramme,
  smallChanges,
  elementsOfKind('processChange', `Blueprint elements: ${words('processChange')}s`),
  elementsOfKind('structuralChange', `Blueprint elements: ${words('structuralChange')}s`),
];
