/**
 * Grows one programme to a target size for the API benchmark. The domain records a plausible
 * history first (through the command handler); then copies of its small-change, barrier, review,
 * experiment and survey-round streams are appended under fresh ids in the same programme, so the
 * read side sees a programme of that size. Measurement and blueprint streams are not copied: the
 * handler folds a whole stream per command, and those two grow without bound in one programme.
 */
import { randomUUID } from 'node:crypto';
import { NO_STREAM, type EventStore, type StoredEvent } from '../../src/application/ports/eventStore';

const COPIED = /^(smallChange|barrier|review|experiment|surveyRound)-/;
const IDS = /(programme-random-1-(?:change|barrier|review|experiment|survey|national))-/g;

export const replicateProgramme = async (store: EventStore, target: number): Promise<number> => {
  const original: StoredEvent[] = [];
  for (let after: bigint | undefined; ;) {
    const page = await store.readLog({ maxCount: 5000, ...(after !== undefined ? { after } : {}) });
    original.push(...page);
    if (page.length < 5000) break;
    after = page.at(-1)!.globalPosition;
  }
  const byStream = new Map<string, StoredEvent[]>();
  for (const event of original.filter((candidate) => COPIED.test(candidate.streamName))) {
    byStream.set(event.streamName, [...(byStream.get(event.streamName) ?? []), event]);
  }
  let total = original.length;
  for (let copy = 1; total < target; copy += 1) {
    for (const [stream, events] of byStream) {
      const rename = (text: string) => text.replace(IDS, `$1-copy${copy}-`);
      await store.appendToStream(
        rename(stream),
        events.map((event) => ({
          id: randomUUID(),
          type: event.type,
          data: JSON.parse(rename(JSON.stringify(event.data))) as Record<string, unknown>,
          metadata: event.metadata as Record<string, unknown>,
        })),
        NO_STREAM,
      );
      total += events.length;
      if (total >= target) break;
    }
  }
  return total;
};
