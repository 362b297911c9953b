import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Person, When } from './common';
import { ElementKind, EvidenceKind } from './enums';

@ObjectType({
  description:
    'A part of the local blueprint: an experiment, a structural, process or cultural change, a measurement mechanism.',
})
export class BlueprintElement {
  @Field(() => ID) elementId!: string;
  @Field(() => ElementKind) kind!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => [ID]) barrierIds!: string[];
  @Field(() => [Person], { name: 'owners' }) ownerIds!: string[];
}

@ObjectType({ description: 'What a blueprint change rests on, resolved to what it says.' })
export class Evidence {
  @Field(() => EvidenceKind) kind!: string;
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) decisionId?: string;
  @Field({ description: 'False when the cited item is not (or not yet) in the ledger.' }) found!: boolean;
  @Field({
    description: "The evidence in a sentence: an experiment's conclusion, a decision, a survey round.",
  })
  summary!: string;
}

@ObjectType({ description: 'One change to the blueprint: what changed, why, and on what evidence.' })
export class BlueprintChange extends When {
  @Field({ description: 'added, revised or removed.' }) change!: string;
  @Field(() => ID) elementId!: string;
  @Field() title!: string;
  @Field(() => BlueprintElement, { nullable: true }) before!: BlueprintElement | null;
  @Field(() => BlueprintElement, { nullable: true }) after!: BlueprintElement | null;
  @Field(() => String, { nullable: true }) rationale!: string | null;
  @Field(() => [Evidence]) evidence!: Evidence[];
  @Field(() => Person) recordedBy!: string;
}

@ObjectType({
  description: 'A published version of the blueprint, in full, with the changes since the one before.',
})
export class BlueprintVersion {
  @Field(() => Int) version!: number;
  @Field() summary!: string;
  @Field(() => [Person]) endorsedBy!: string[];
  @Field(() => When) published!: When;
  @Field(() => [BlueprintElement]) elements!: BlueprintElement[];
  @Field(() => [BlueprintChange], {
    description: 'Changes since the previous version (for version 1, since the start).',
  })
  changes!: BlueprintChange[];
}

@ObjectType({ description: 'The programme and version a blueprint was derived from.' })
export class BlueprintSource {
  @Field(() => ID) programmeId!: string;
  @Field(() => String, { nullable: true }) programmeName!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType({
  description: 'The co-designed local blueprint: the working draft and every published version.',
})
export class Blueprint {
  @Field(() => ID) programmeId!: string;
  @Field(() => When) started!: When;
  @Field(() => [Person], { name: 'coOwners' }) coOwnerIds!: string[];
  @Field(() => BlueprintSource, { nullable: true }) derivedFrom!: BlueprintSource | null;
  @Field(() => [BlueprintElement], {
    description: 'The working blueprint, in the order elements were first added.',
  })
  elements!: BlueprintElement[];
  @Field(() => [BlueprintChange], { description: 'Changes since the last published version.' })
  unpublishedChanges!: BlueprintChange[];
  @Field(() => [BlueprintVersion], { description: 'Every published version, oldest first.' })
  versions!: BlueprintVersion[];
}

@ObjectType({ description: 'How an element differs between two versions.' })
export class ElementDifference {
  @Field({ description: 'added, revised or removed.' }) change!: string;
  @Field(() => ID) elementId!: string;
  @Field() title!: string;
  @Field(() => BlueprintElement, { nullable: true }) before!: BlueprintElement | null;
  @Field(() => BlueprintElement, { nullable: true }) after!: BlueprintElement | null;
  @Field(() => [String], { description: 'For a revision: which fields differ.' }) fieldsChanged!: string[];
}

@ObjectType({
  description: 'What changed between two published versions, and the recorded changes that made it so.',
})
export class BlueprintDiff {
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
  @Field(() => [ElementDifference]) differences!: ElementDifference[];
  @Field(() => [BlueprintChange], { description: 'Every change recorded after `from` up to `to`, in order.' })
  changes!: BlueprintChange[];
}
