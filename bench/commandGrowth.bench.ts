/**
 * npm run bench:commands
 *
 * Command latency as one stream grows. One programme is set up through the command handler; then
 * its metric's measurement stream and its blueprint stream are grown with copies of an event the
 * handler recorded (fresh ids, appended straight to the store in batches), and at each size
 * (BENCH_COMMAND_SIZES, default 1000,10000,30000 events in the stream) RecordMeasurement and
 * AddBlueprintElement are timed through the handler:
 *
 * - cold: the first command of a new handler (a new process, a CLI call), with the snapshots a
 *   running ledger keeps (src/application/snapshots): the stream's latest snapshot is
 *   BENCH_SNAPSHOT_LAG events behind its end (default one less than the snapshot interval, the
 *   most a new process can have to fold after one), so it reads the snapshot and folds those;
 * - cold, log only: the same without snapshots (the whole stream folded);
 * - warm: the median of BENCH_COMMANDS (default 15) further commands of the snapshotting handler;
 * - snapshot write: encoding the stream's whole state and writing it, once per snapshot interval.
 *
 * The baseline is the first size, measured in the same run: each row prints its ratio to it.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandHandler } from '../src/application/commandHandler';
import type { EventStore, StoredEvent } from '../src/application/ports/eventStore';
import { SNAPSHOT_EVERY_EVENTS, Snapshots } from '../src/application/snapshots/snapshots';
import { StateCache } from '../src/application/stateCache';
import { StreamLoader } from '../src/application/streamLoader';
import { blueprintAggregate } from '../src/domain/blueprint';
import type { AnyAggregate, LedgerCommandRequest } from '../src/domain/ledger';
import { measurementAggregate } from '../src/domain/measurement';
import { SqliteEventStore } from '../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { SqliteSnapshotStore } from '../src/infrastructure/snapshots/sqliteSnapshotStore';

const SIZES = (process.env.BENCH_COMMAND_SIZES ?? '1000,10000,30000').split(',').map(Number);
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 15);
const LAG = Number(process.env.BENCH_SNAPSHOT_LAG ?? SNAPSHOT_EVERY_EVENTS - 1);
const BATCH = 500;
const PROGRAMME = 'programme-bench';
const METRIC = `${PROGRAMME}-metric-time`;
const person = (id: string) => `${PROGRAMME}-person-${id}`;
const START = '2021-01-04';

const folder = mkdtempSync(join(tmpdir(), 'ledger-bench-commands-'));

const run = (handler: CommandHandler, type: string, data: Record<string, unknown>, actor = 'dir') =>
  handler.execute({ type, data: { programmeId: PROGRAMME, ...data } } as LedgerCommandRequest, {
    actor: { id: person(actor), role: actor === 'dir' ? 'leader' : 'practitioner' },
    occurredAt: '2021-03-01',
  });

const setUp = async (handler: CommandHandler) => {
  await run(handler, 'LaunchProgramme', {
    name: 'Bench programme',
    localAuthority: 'Borough (fictional)',
    scope: 'One team',
    startDate: START,
    plannedDurationMonths: 15,
    smallChangeTarget: { count: 10, withinWeeks: 8 },
  });
  await run(handler, 'EnrolTeam', { teamId: 'team-north', name: 'north', kind: 'statutory' });
  for (const [id, role, level] of [
    ['sw', 'socialWorker', 'practitioner'],
    ['dir', 'director', 'seniorLeader'],
  ] as const)
    await run(handler, 'JoinParticipant', {
      participantId: person(id),
      teamId: level === 'seniorLeader' ? undefined : 'team-north',
      role,
      level,
    });
  await run(handler, 'DefineOutcome', { outcomeId: 'outcome-time', title: 'Time with families' });
  await run(handler, 'DefineMetric', {
    metricId: METRIC,
    outcomeId: 'outcome-time',
    name: '% of time with families',
    unit: '%',
    direction: 'higherIsBetter',
    baseline: 20,
    target: 30,
    cadence: 'fortnightly',
    howWouldWeKnow: 'survey',
  });
  await run(handler, 'StartPhase', { phaseId: 'vision' });
  await run(handler, 'DraftBlueprint', { coOwnerIds: [person('sw'), person('dir')] });
  await run(
    handler,
    'IdentifyBarrier',
    {
      barrierId: `${PROGRAMME}-barrier-1`,
      title: 'Barrier',
      description: 'd',
      kind: 'process',
      scope: 'local',
      source: { kind: 'sensemaking' },
      identifiedBy: [person('sw')],
    },
    'sw',
  );
};

let counter = 0;
const fresh = (kind: string) => `${PROGRAMME}-${kind}-${(counter += 1)}`;

const commands = {
  RecordMeasurement: () => ({
    metricId: METRIC,
    measurementId: fresh('measurement'),
    value: 25,
    periodStart: '2021-02-15',
    periodEnd: '2021-03-01',
    source: { kind: 'timeDiary' },
  }),
  AddBlueprintElement: () => ({
    elementId: fresh('element'),
    kind: 'processChange',
    title: 'Element',
    description: 'd',
    barrierIds: [`${PROGRAMME}-barrier-1`],
    ownerIds: [person('sw')],
    rationale: 'What we learnt',
    evidence: [],
  }),
} as const;
type Measured = keyof typeof commands;
const streams: Record<Measured, string> = {
  RecordMeasurement: `measurements-${METRIC}`,
  AddBlueprintElement: `blueprint-${PROGRAMME}`,
};
const aggregates: Record<Measured, { aggregate: AnyAggregate; id: string }> = {
  RecordMeasurement: { aggregate: measurementAggregate as unknown as AnyAggregate, id: METRIC },
  AddBlueprintElement: { aggregate: blueprintAggregate as unknown as AnyAggregate, id: PROGRAMME },
};
const idField: Record<Measured, string> = {
  RecordMeasurement: 'measurementId',
  AddBlueprintElement: 'elementId',
};

/** Appends copies of the stream's last event (fresh event, item and command ids) until it holds `size`. */
const grow = async (store: EventStore, kind: Measured, size: number) => {
  const { events } = await store.readStream(streams[kind], { direction: 'backwards', maxCount: 1 });
  const model: StoredEvent = events[0]!;
  for (let length = Number(model.streamRevision) + 1; length < size;) {
    const count = Math.min(BATCH, size - length);
    await store.appendToStream(
      streams[kind],
      Array.from({ length: count }, () => ({
        id: randomUUID(),
        type: model.type,
        data: { ...model.data, [idField[kind]]: fresh('copy') },
        metadata: { ...model.metadata, commandId: randomUUID() },
      })),
      BigInt(length - 1),
    );
    length += count;
  }
};

const time = async (action: () => Promise<unknown>) => {
  const started = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The time to encode the stream's whole state and write it as a snapshot (what a running ledger pays once per interval). */
const timeSnapshotWrite = async (store: EventStore, snapshots: Snapshots, kind: Measured) => {
  const { aggregate, id } = aggregates[kind];
  const loaded = await new StreamLoader(store, new StateCache()).load(aggregate, id);
  const { stream, state, lastEventId } = loaded;
  const revision = loaded.revision as bigint;
  return time(() =>
    snapshots.write(aggregate.category, stream, { stream, revision, lastEventId: lastEventId!, state }),
  );
};

interface Result {
  size: number;
  kind: Measured;
  cold: number;
  logOnly: number;
  warm: number;
  write: number;
}

const measure = async (
  store: EventStore,
  snapshots: Snapshots,
  kind: Measured,
  size: number,
): Promise<Result> => {
  // The ledger that recorded the stream wrote a snapshot LAG events before its end.
  await grow(store, kind, size - LAG);
  const recorder = new CommandHandler(store, { snapshots });
  await run(recorder, kind, commands[kind](), 'sw');
  // The snapshot is written after the command's answer: until it is, a new handler finds none
  // (before this wait, every "cold" figure here was in fact the whole stream folded from the log).
  await recorder.settled();
  await grow(store, kind, size);
  const handler = new CommandHandler(store, { snapshots });
  const cold = await time(() => run(handler, kind, commands[kind](), 'sw'));
  const warm: number[] = [];
  for (let i = 0; i < COMMANDS; i += 1)
    warm.push(await time(() => run(handler, kind, commands[kind](), 'sw')));
  const logOnly = await time(() => run(new CommandHandler(store), kind, commands[kind](), 'sw'));
  const write = await timeSnapshotWrite(
    store,
    new Snapshots(new SqliteSnapshotStore(join(folder, 'scratch.db'))),
    kind,
  );
  return { size, kind, cold, logOnly, warm: median(warm), write };
};

const ratio = (value: number, base: number) => `(${(value / base).toFixed(2)}×)`;

const report = (results: Result[]) => {
  console.log(
    `\nCommand latency as one stream grows (node ${process.version}; warm = median of ${COMMANDS} commands of one handler; cold = a new handler's first command, its snapshot ${LAG} events behind; log only = the same without snapshots; snapshot every ${SNAPSHOT_EVERY_EVENTS} events):`,
  );
  for (const kind of Object.keys(commands) as Measured[]) {
    const rows = results.filter((result) => result.kind === kind);
    const base = rows[0]!;
    for (const { size, cold, logOnly, warm, write } of rows)
      console.log(
        `  ${kind.padEnd(20)} ${size.toLocaleString('en-GB').padStart(7)} events: warm ${warm.toFixed(2).padStart(8)} ms ${ratio(warm, base.warm)}, cold ${cold.toFixed(1).padStart(7)} ms ${ratio(cold, base.cold)}, cold log only ${logOnly.toFixed(1).padStart(7)} ms ${ratio(logOnly, base.logOnly)}, snapshot write ${write.toFixed(1).padStart(6)} ms`,
      );
  }
  console.log(`  goal: every command at the largest size ≤ 2× its figure at the smallest`);
};

const main = async () => {
  const store = new SqliteEventStore({ path: join(folder, 'ledger.db') });
  const snapshots = new Snapshots(new SqliteSnapshotStore(join(folder, 'snapshots.db')), {
    onError: (message, error) => console.error(message, error),
  });
  await setUp(new CommandHandler(store));
  for (const kind of Object.keys(commands) as Measured[])
    await run(new CommandHandler(store), kind, commands[kind](), 'sw');
  const results: Result[] = [];
  for (const size of SIZES)
    for (const kind of Object.keys(commands) as Measured[])
      results.push(await measure(store, snapshots, kind, size));
  await store.close();
  report(results);
  rmSync(folder, { recursive: true, force: true });
};

main().catch((error: unknown) => {
  console.error(error);
  rmSync(folder, { recursive: true, force: true });
  process.exit(1);
});
