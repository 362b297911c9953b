/** Lineage with differences: what a derived blueprint changed from its source, and the line across programmes. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { When } from './common';
import { enumOf } from './enums';
import { BlueprintChange, BlueprintElement } from './blueprint';

export const LineageChange = enumOf(
  ['added', 'removed', 'adapted', 'kept'] as const,
  'LineageChange',
  'What an adapting programme did with an element of the blueprint it derived from.',
  {
    added: 'Added here: the source version did not have it.',
    removed: 'Removed here: it came from the source version and is no longer in this blueprint.',
    adapted: 'Adapted here: its kind, title or description differs from the source version.',
    kept: "Kept as it came (barriers and owners are always this programme's own).",
  },
);

@ObjectType({ description: 'How one element differs from the source version a blueprint was derived from.' })
export class LineageDifference {
  @Field(() => LineageChange, { description: 'Added, removed, adapted or kept.' }) change!: string;
  @Field(() => ID, { description: 'The element (a derived element keeps its id).' }) elementId!: string;
  @Field({ description: "The element's title here (as it came, when removed)." }) title!: string;
  @Field(() => BlueprintElement, {
    nullable: true,
    description: 'The element as it came from the source version; null for one added here.',
  })
  fromSource!: BlueprintElement | null;
  @Field(() => BlueprintElement, {
    nullable: true,
    description: 'The element in this blueprint; null for one removed here.',
  })
  adapted!: BlueprintElement | null;
  @Field(() => [String], {
    description:
      'For an adapted element, which content fields differ (kind, title, description); empty otherwise.',
  })
  fieldsChanged!: string[];
  @Field(() => [BlueprintChange], {
    description:
      'Every change recorded to the element since the derivation, oldest first, with rationale and evidence.',
  })
  changes!: BlueprintChange[];
}

@ObjectType({ description: 'What a derived blueprint changed from its source, element by element.' })
export class LineageDiff {
  @Field(() => Int, {
    nullable: true,
    description: 'The version of this blueprint compared with its source; null for the working blueprint.',
  })
  version!: number | null;
  @Field(() => [LineageDifference], {
    description: "Every element: the source version's in its order, then those added here.",
  })
  differences!: LineageDifference[];
}

@ObjectType({
  description: 'How many elements a programme added, removed, adapted and kept from its source.',
})
export class LineageCounts {
  @Field(() => Int, { description: 'Elements added.' }) added!: number;
  @Field(() => Int, { description: 'Source elements removed.' }) removed!: number;
  @Field(() => Int, { description: 'Source elements adapted.' }) adapted!: number;
  @Field(() => Int, { description: 'Source elements kept as they came.' }) kept!: number;
}

@ObjectType({ description: 'The version a blueprint was derived from.' })
export class LineageSource {
  @Field(() => ID, { description: 'The programme derived from.' }) programmeId!: string;
  @Field(() => Int, { description: 'Its published version.' }) version!: number;
}

@ObjectType({
  description: "One programme in a blueprint's line, and how much it changed from what it derived.",
})
export class LineageLink {
  @Field(() => ID, { description: 'The programme.' }) programmeId!: string;
  @Field(() => String, { nullable: true, description: "The programme's name; null if not readable here." })
  programmeName!: string | null;
  @Field(() => LineageSource, {
    nullable: true,
    description:
      'The programme and version its blueprint derived from; null at the root of the line (drafted there).',
  })
  derivedFrom!: LineageSource | null;
  @Field(() => When, { description: 'When its blueprint was derived (or drafted, at the root).' })
  started!: When;
  @Field(() => LineageCounts, {
    description: 'Elements added, removed, adapted and kept against its source, now; all zero at the root.',
  })
  adaptations!: LineageCounts;
}

@ObjectType({ description: "A blueprint's lineage across programmes: spreading is adapting." })
export class BlueprintLineage {
  @Field(() => ID, { description: 'The programme asked about.' }) programmeId!: string;
  @Field(() => LineageLink, { description: "This programme's own place in the line." }) self!: LineageLink;
  @Field(() => LineageDiff, {
    nullable: true,
    description:
      'What this blueprint changed from its source; null for a blueprint drafted here, not derived.',
  })
  diff!: LineageDiff | null;
  @Field(() => [LineageLink], {
    description: "The programmes up the line, nearest first: its source, the source's source, …",
  })
  ancestors!: LineageLink[];
  @Field(() => [LineageLink], {
    description:
      'Every programme down the line (derived from this one, or from one of those), in the order derived.',
  })
  descendants!: LineageLink[];
}
