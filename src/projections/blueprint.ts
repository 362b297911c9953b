/**
 * The blueprint read model: the working blueprint, every published version as a full snapshot,
 * and each change between versions with its rationale and its evidence resolved to what it is.
 */
import type { BlueprintEvent, Element, Evidence } from '../domain/blueprint/events';
import { unhandled } from '../domain/shared/command';
import { whenOf, type LedgerRecord, type When } from './ledgerRecord';
import {
  ELEMENT_IMPLEMENTATION_EVENT_TYPES,
  type ElementImplementationEvent,
} from '../domain/blueprint/implementation';
import {
  evolveElementImplementation,
  plannedElement,
  plannedElements,
  type ElementImplementation,
} from './elementImplementation';
import { correctedBy } from './redate';

export type ChangeKind = 'added' | 'revised' | 'removed';

export interface ResolvedEvidence extends Evidence {
  /** False when the cited item is not (or not yet) in the read models. */
  readonly found: boolean;
  /** What the evidence is, in a sentence: an experiment's conclusion, a decision, a survey round. */
  readonly summary: string;
  /** The event the evidence rests on (the conclusion, the decision, the round, the review), when found. */
  readonly eventId?: string;
}

export interface BlueprintChange extends When {
  readonly change: ChangeKind;
  readonly elementId: string;
  readonly title: string;
  readonly before: Element | null;
  readonly after: Element | null;
  readonly rationale: string | null;
  readonly evidence: readonly ResolvedEvidence[];
  readonly recordedBy: string;
}

export interface VersionSummary {
  readonly version: number;
  readonly summary: string;
  readonly endorsedBy: readonly string[];
  readonly published: When;
}

/** A published version, kept as its own document so the working blueprint stays small. */
export interface PublishedVersion extends VersionSummary {
  readonly elements: readonly Element[];
  /** The changes made since the previous version (for version 1: since the blueprint began). */
  readonly changes: readonly BlueprintChange[];
}

export interface BlueprintDocument {
  readonly programmeId: string;
  readonly started: When;
  readonly coOwnerIds: readonly string[];
  readonly derivedFrom: {
    readonly programmeId: string;
    readonly programmeName: string | null;
    readonly version: number;
  } | null;
  /** The working blueprint, in the order elements were first added. */
  readonly elements: readonly Element[];
  readonly unpublishedChanges: readonly BlueprintChange[];
  readonly versions: readonly VersionSummary[];
  /** Each element's implementation by element id (removed elements' too): see elementImplementation.ts. */
  readonly implementation: Readonly<Record<string, ElementImplementation>>;
}

/** The blueprint with every published version in full: what evaluators read. */
export type BlueprintEvolution = Omit<BlueprintDocument, 'versions'> & {
  readonly versions: readonly PublishedVersion[];
};

export type EvidenceResolver = (evidence: Evidence & { readonly eventId?: string }) => ResolvedEvidence;

const changeOf = (
  record: LedgerRecord,
  change: ChangeKind,
  before: Element | null,
  after: Element | null,
  rationale: string | null,
  evidence: readonly ResolvedEvidence[],
): BlueprintChange => ({
  ...whenOf(record),
  change,
  elementId: (after ?? before)?.elementId ?? '',
  title: (after ?? before)?.title ?? '',
  before,
  after,
  rationale,
  evidence,
  recordedBy: record.metadata.actorId,
});

const elementOf = ({ elementId, kind, title, description, barrierIds, ownerIds }: Element): Element => ({
  elementId,
  kind,
  title,
  description,
  barrierIds,
  ownerIds,
});

type Of<T extends BlueprintEvent['type']> = Extract<BlueprintEvent, { type: T }>;

/** A blueprint drafted from nothing, or derived from another programme's published version. */
const startedBlueprint = (
  event: Of<'BlueprintDrafted' | 'BlueprintDerived'>,
  record: LedgerRecord,
  programmeName: (programmeId: string) => string | null,
): BlueprintDocument => {
  const derived = event.type === 'BlueprintDerived' ? event.data : null;
  const elements = (derived?.elements ?? []).map(elementOf);
  const rationale = derived
    ? `Derived from version ${derived.source.version} of ${programmeName(derived.source.programmeId) ?? derived.source.programmeId}`
    : null;
  return {
    programmeId: event.data.programmeId,
    started: whenOf(record),
    coOwnerIds: event.data.coOwnerIds,
    derivedFrom: derived && { ...derived.source, programmeName: programmeName(derived.source.programmeId) },
    elements,
    unpublishedChanges: elements.map((element) => changeOf(record, 'added', null, element, rationale, [])),
    versions: [],
    implementation: plannedElements(elements, whenOf(record), record.metadata.actorId),
  };
};

/** An element added, or revised in place: an unpublished change, and planned for implementation if new. */
const withElementAddedOrRevised = (
  document: BlueprintDocument,
  event: Of<'BlueprintElementAdded' | 'BlueprintElementRevised'>,
  record: LedgerRecord,
  resolve: EvidenceResolver,
): BlueprintDocument => {
  const after = elementOf(event.data);
  const before = document.elements.find((element) => element.elementId === after.elementId) ?? null;
  const change = changeOf(
    record,
    before ? 'revised' : 'added',
    before,
    after,
    event.data.rationale,
    event.data.evidence.map(resolve),
  );
  const elements = before
    ? document.elements.map((element) => (element.elementId === after.elementId ? after : element))
    : [...document.elements, after];
  const implementation = document.implementation[after.elementId]
    ? document.implementation
    : {
        ...document.implementation,
        [after.elementId]: plannedElement(after.elementId, whenOf(record), record.metadata.actorId),
      };
  return {
    ...document,
    elements,
    implementation,
    unpublishedChanges: [...document.unpublishedChanges, change],
  };
};

const withElementRemoved = (
  document: BlueprintDocument,
  event: Of<'BlueprintElementRemoved'>,
  record: LedgerRecord,
  resolve: EvidenceResolver,
): BlueprintDocument => {
  const before = document.elements.find((element) => element.elementId === event.data.elementId);
  if (!before) return document;
  const change = changeOf(
    record,
    'removed',
    before,
    null,
    event.data.rationale,
    event.data.evidence.map(resolve),
  );
  return {
    ...document,
    elements: document.elements.filter((element) => element.elementId !== before.elementId),
    unpublishedChanges: [...document.unpublishedChanges, change],
  };
};

export const evolveBlueprint = (
  document: BlueprintDocument | undefined,
  event: BlueprintEvent,
  record: LedgerRecord,
  resolve: EvidenceResolver,
  programmeName: (programmeId: string) => string | null,
): BlueprintDocument | undefined => {
  if (event.type === 'BlueprintDrafted' || event.type === 'BlueprintDerived')
    return startedBlueprint(event, record, programmeName);
  if (!document) return undefined;
  if (isImplementationStep(event)) return withImplementationStep(document, event, record);
  switch (event.type) {
    case 'BlueprintCoOwnerAdded':
      return { ...document, coOwnerIds: [...document.coOwnerIds, event.data.participantId] };
    case 'BlueprintElementAdded':
    case 'BlueprintElementRevised':
      return withElementAddedOrRevised(document, event, record, resolve);
    case 'BlueprintElementRemoved':
      return withElementRemoved(document, event, record, resolve);
    case 'BlueprintVersionPublished': {
      const { version, summary, endorsedBy } = event.data;
      const published = { version, summary, endorsedBy, published: whenOf(record) };
      return { ...document, versions: [...document.versions, published], unpublishedChanges: [] };
    }
    case 'OccurredDateCorrected':
      return correctedBy(document, event);
    default:
      return unhandled(event);
  }
};

const isImplementationStep = (event: BlueprintEvent): event is ElementImplementationEvent =>
  (ELEMENT_IMPLEMENTATION_EVENT_TYPES as readonly string[]).includes(event.type);

const withImplementationStep = (
  document: BlueprintDocument,
  event: ElementImplementationEvent,
  record: LedgerRecord,
): BlueprintDocument => {
  const { elementId } = event.data;
  const before = document.implementation[elementId];
  if (!before) return document;
  const after = evolveElementImplementation(before, event, whenOf(record), record.metadata.actorId);
  return { ...document, implementation: { ...document.implementation, [elementId]: after } };
};

/** The snapshot a publication freezes: the working elements and the changes since the last version. */
export const publishedVersionOf = (
  before: BlueprintDocument,
  event: Extract<BlueprintEvent, { type: 'BlueprintVersionPublished' }>,
  record: LedgerRecord,
): PublishedVersion => ({
  version: event.data.version,
  summary: event.data.summary,
  endorsedBy: event.data.endorsedBy,
  published: whenOf(record),
  elements: before.elements,
  changes: before.unpublishedChanges,
});

export const currentVersion = (document: BlueprintDocument | undefined): number =>
  document?.versions.at(-1)?.version ?? 0;
