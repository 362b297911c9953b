/**
 * Whether an append repeats one the store already holds (EventToAppend.id in the port): the same
 * ids in the same order, in the same stream, at consecutive revisions right after the expected
 * revision (anywhere in the stream with `any` or `stream_exists`). This is the rule EventStoreDB
 * applies, so both adapters answer a retried append alike.
 */
import { NO_STREAM, type AppendResult, type ExpectedRevision } from '../../../application/ports/eventStore';

/** Where an event with a given id is stored. */
export interface StoredPlace {
  readonly streamName: string;
  readonly streamRevision: bigint;
  readonly globalPosition: bigint;
}

/** The first append's result when this one repeats it; undefined when it does not. */
export const repeatedAppend = (
  streamName: string,
  eventIds: readonly string[],
  expected: ExpectedRevision,
  stored: ReadonlyMap<string, StoredPlace>,
): AppendResult | undefined => {
  const places = eventIds.map((id) => stored.get(id));
  if (places.length === 0 || places.some((place) => place?.streamName !== streamName)) return undefined;
  const found = places as StoredPlace[];
  const first = found[0]!.streamRevision;
  const expectedFirst = expected === NO_STREAM ? 0n : typeof expected === 'bigint' ? expected + 1n : first;
  if (first !== expectedFirst) return undefined;
  if (!found.every((place, i) => place.streamRevision === first + BigInt(i))) return undefined;
  const last = found.at(-1)!;
  return { nextExpectedRevision: last.streamRevision, lastPosition: last.globalPosition };
};
