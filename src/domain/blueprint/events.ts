import type { Event } from '../shared/command';
import type { OccurredDateCorrected } from '../shared/dateCorrection';
import type { ElementImplementationEvent } from './implementation';

export const ELEMENT_KINDS = [
  'experiment',
  'structuralChange',
  'processChange',
  'culturalChange',
  'measurementMechanism',
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const EVIDENCE_KINDS = [
  'experimentConclusion',
  'reviewDecision',
  'surveyRound',
  'smallChangeReview',
  'feedbackRound',
] as const;
/**
 * What a change to the blueprint rests on. `id` names the experiment, review, survey round,
 * small change or feedback round; a review decision also names its `decisionId`.
 */
export interface Evidence {
  readonly kind: (typeof EVIDENCE_KINDS)[number];
  readonly id: string;
  readonly decisionId?: string;
}

export interface ElementContent {
  readonly kind: ElementKind;
  readonly title: string;
  readonly description: string;
  readonly barrierIds: string[];
  /** Co-owners of this element, at any level. */
  readonly ownerIds: string[];
}

export interface Element extends ElementContent {
  readonly elementId: string;
}

type B<T> = { programmeId: string } & T;

export type BlueprintEvent =
  | Event<'BlueprintDrafted', B<{ coOwnerIds: string[] }>>
  | Event<
      'BlueprintDerived',
      B<{ coOwnerIds: string[]; source: { programmeId: string; version: number }; elements: Element[] }>
    >
  | Event<'BlueprintCoOwnerAdded', B<{ participantId: string }>>
  | Event<'BlueprintElementAdded', B<Element & { rationale: string | null; evidence: Evidence[] }>>
  | Event<'BlueprintElementRevised', B<Element & { rationale: string | null; evidence: Evidence[] }>>
  | Event<'BlueprintElementRemoved', B<{ elementId: string; rationale: string; evidence: Evidence[] }>>
  | Event<'BlueprintVersionPublished', B<{ version: number; summary: string; endorsedBy: string[] }>>
  | ElementImplementationEvent
  | OccurredDateCorrected;
