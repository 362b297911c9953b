import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Person, When } from './common';
import { BlueprintChangeKind, ElementKind, EvidenceKind } from './enums';
import { Experiment } from './experiment';
import { ElementImplementation, ImplementationAgainstPlan, RetiredElement } from './implementation';
import { Metric } from './metric';

@ObjectType({
  description:
    'A part of the local blueprint: an experiment, a structural, process or cultural change, a measurement mechanism.',
})
export class BlueprintElement {
  @Field(() => ID, { description: 'The element id, kept across revisions.' }) elementId!: string;
  @Field(() => ElementKind, { description: 'What kind of part it is.' }) kind!: string;
  @Field({ description: 'The element in a few words.' }) title!: string;
  @Field({ description: 'What the element is and does.' }) description!: string;
  @Field(() => [ID], { description: 'The barriers it addresses.' }) barrierIds!: string[];
  @Field(() => [Person], { name: 'owners', description: 'Who owns it, at any level.' }) ownerIds!: string[];
  @Field(() => ElementImplementation, {
    nullable: true,
    description:
      "Its implementation as it stands: status since when, owner, plan, every dated step, retirement. On the working blueprint's and the versions' elements; null on an element shown inside a change or a diff.",
  })
  implementation?: ElementImplementation | null;
  @Field(() => [Experiment], {
    nullable: true,
    description:
      'The experiments designed to serve it, with their current state and results; null on an element shown inside a change or a diff.',
  })
  experiments?: Experiment[] | null;
  @Field(() => [Metric], {
    nullable: true,
    description:
      'Its measures: the metrics its experiments are measured by; null on an element shown inside a change or a diff.',
  })
  measures?: Metric[] | null;
}

@ObjectType({ description: 'What a blueprint change rests on, resolved to what it says.' })
export class Evidence {
  @Field(() => EvidenceKind, { description: 'What kind of evidence it is.' }) kind!: string;
  @Field(() => ID, { description: 'The experiment, review, survey round or small change cited.' })
  id!: string;
  @Field(() => ID, { nullable: true, description: 'For a review decision, the decision; null otherwise.' })
  decisionId?: string;
  @Field({ description: 'False when the cited item is not (or not yet) in the ledger.' }) found!: boolean;
  @Field({
    description: "The evidence in a sentence: an experiment's conclusion, a decision, a survey round.",
  })
  summary!: string;
}

@ObjectType({ description: 'One change to the blueprint: what changed, why, and on what evidence.' })
export class BlueprintChange extends When {
  @Field(() => BlueprintChangeKind, { description: 'Added, revised or removed.' }) change!: string;
  @Field(() => ID, { description: 'The element changed.' }) elementId!: string;
  @Field({ description: "The element's title (after the change, or as it was when removed)." })
  title!: string;
  @Field(() => BlueprintElement, { nullable: true, description: 'The element before; null when added.' })
  before!: BlueprintElement | null;
  @Field(() => BlueprintElement, { nullable: true, description: 'The element after; null when removed.' })
  after!: BlueprintElement | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why it changed: always given after version 1; null for an addition before it with none.',
  })
  rationale!: string | null;
  @Field(() => [Evidence], { description: 'The evidence cited, resolved.' }) evidence!: Evidence[];
  @Field(() => Person, { description: 'Who recorded the change.' }) recordedBy!: string;
}

@ObjectType({
  description: 'A published version of the blueprint, in full, with the changes since the one before.',
})
export class BlueprintVersion {
  @Field(() => Int, { description: 'The version number: 1, 2, 3 …' }) version!: number;
  @Field({ description: 'What this version is, in the words of whoever published it.' }) summary!: string;
  @Field(() => [Person], {
    description: 'The co-owners who endorsed it: from at least two levels, one of them practitioner.',
  })
  endorsedBy!: string[];
  @Field(() => When, { description: 'When it was published.' }) published!: When;
  @Field(() => [BlueprintElement], { description: 'Every element as this version froze it.' })
  elements!: BlueprintElement[];
  @Field(() => [BlueprintChange], {
    description: 'Changes since the previous version (for version 1, since the start).',
  })
  changes!: BlueprintChange[];
}

@ObjectType({ description: 'The programme and version a blueprint was derived from.' })
export class BlueprintSource {
  @Field(() => ID, { description: 'The programme it came from.' }) programmeId!: string;
  @Field(() => String, {
    nullable: true,
    description: "That programme's name; null if it is not (or no longer) readable here.",
  })
  programmeName!: string | null;
  @Field(() => Int, { description: 'The published version it started from.' }) version!: number;
}

@ObjectType({
  description: 'The co-designed local blueprint: the working draft and every published version.',
})
export class Blueprint {
  @Field(() => ID, { description: 'The programme it belongs to (one blueprint each).' }) programmeId!: string;
  @Field(() => When, { description: 'When it was drafted or derived.' }) started!: When;
  @Field(() => [Person], {
    name: 'coOwners',
    description: 'Its co-owners: only they may endorse a version.',
  })
  coOwnerIds!: string[];
  @Field(() => BlueprintSource, {
    nullable: true,
    description: 'Where it was derived from; null for one drafted here.',
  })
  derivedFrom!: BlueprintSource | null;
  @Field(() => [BlueprintElement], {
    description: 'The working blueprint, in the order elements were first added.',
  })
  elements!: BlueprintElement[];
  @Field(() => [BlueprintChange], { description: 'Changes since the last published version.' })
  unpublishedChanges!: BlueprintChange[];
  @Field(() => [BlueprintVersion], { description: 'Every published version, oldest first.' })
  versions!: BlueprintVersion[];
  @Field(() => ImplementationAgainstPlan, {
    description:
      "Implemented against plan: the working blueprint's elements by implementation status, and those behind their planned dates.",
  })
  implementation!: ImplementationAgainstPlan;
  @Field(() => [RetiredElement], {
    description:
      'Elements retired, with why, what was learnt and what was done next, in the order of the working blueprint.',
  })
  retiredElements!: RetiredElement[];
}

@ObjectType({ description: 'How an element differs between two versions.' })
export class ElementDifference {
  @Field(() => BlueprintChangeKind, { description: 'Added, revised or removed between the two.' })
  change!: string;
  @Field(() => ID, { description: 'The element.' }) elementId!: string;
  @Field({ description: "The element's title in the later version (or the earlier, when removed)." })
  title!: string;
  @Field(() => BlueprintElement, { nullable: true, description: 'In the earlier version; null when added.' })
  before!: BlueprintElement | null;
  @Field(() => BlueprintElement, { nullable: true, description: 'In the later version; null when removed.' })
  after!: BlueprintElement | null;
  @Field(() => [String], {
    description:
      'For a revision, which fields differ (kind, title, description, barrierIds, ownerIds); empty otherwise.',
  })
  fieldsChanged!: string[];
}

@ObjectType({
  description: 'What changed between two published versions, and the recorded changes that made it so.',
})
export class BlueprintDiff {
  @Field(() => Int, { description: 'The earlier version.' }) from!: number;
  @Field(() => Int, { description: 'The later version.' }) to!: number;
  @Field(() => [ElementDifference], { description: 'Each element that differs.' })
  differences!: ElementDifference[];
  @Field(() => [BlueprintChange], { description: 'Every change recorded after `from` up to `to`, in order.' })
  changes!: BlueprintChange[];
}
