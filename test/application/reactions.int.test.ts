import { CommandHandler, type CommandOptions } from '../../src/application/commandHandler';
import type { EventStore } from '../../src/application/ports/eventStore';
import { ReactionProcessor, type ReactionCheckpoints } from '../../src/application/reactions';
import type { LedgerCommandRequest } from '../../src/domain/ledger';
import { DUTY_TEAM, MANAGER, P, programmeHistory, SW1 } from '../domain/fixtures';
import { fixedTime, tempSqliteStore } from '../support/tempStore';
import { waitFor } from '../support/waitFor';

const leader: CommandOptions = { actor: { id: MANAGER, role: 'leader' } };
const COMMAND_FOR: Record<string, string> = {
  TeamEnrolled: 'EnrolTeam',
  ParticipantJoined: 'JoinParticipant',
  ParticipantLeft: 'RecordParticipantLeft',
  OutcomeDefined: 'DefineOutcome',
  MetricDefined: 'DefineMetric',
};

/** Records the fixture programme, a barrier and a proposed small change through the handler. */
const setUp = async (handler: CommandHandler) => {
  const [launched, ...rest] = programmeHistory;
  await handler.execute({ type: 'LaunchProgramme', data: launched!.data } as LedgerCommandRequest, leader);
  for (const event of rest) {
    const data = Object.fromEntries(Object.entries(event.data).filter(([, value]) => value !== null));
    await handler.execute({ type: COMMAND_FOR[event.type], data } as LedgerCommandRequest, leader);
  }
  await handler.execute(
    {
      type: 'IdentifyBarrier',
      data: {
        programmeId: P,
        barrierId: 'barrier-1',
        title: 'Duplicate recording',
        description: 'Three systems',
        kind: 'process',
        scope: 'local',
        source: { kind: 'sensemaking' },
        identifiedBy: [SW1],
      },
    },
    leader,
  );
  await handler.execute(
    {
      type: 'ProposeSmallChange',
      data: {
        programmeId: P,
        smallChangeId: 'sc-1',
        teamId: DUTY_TEAM,
        title: 'One-page notes',
        description: 'Shorter template',
        proposedBy: [SW1],
        barrierIds: ['barrier-1'],
      },
    },
    leader,
  );
};

const escalate: LedgerCommandRequest = {
  type: 'EscalateSmallChange',
  data: {
    programmeId: P,
    smallChangeId: 'sc-1',
    nationalBarrierId: 'barrier-national',
    nationalBarrierTitle: 'Prescribed assessment forms',
    escalatedBy: [SW1],
    rationale: 'The form is set nationally',
  },
};

/** The store of a process that stops (throws) on its first append to a stream of the category. */
const stoppingBeforeFirstAppendTo = (store: EventStore, category: string): EventStore => {
  let stopped = false;
  return new Proxy(store, {
    get(target, key) {
      if (key === 'appendToStream')
        return (...args: Parameters<EventStore['appendToStream']>) => {
          if (!stopped && args[0].startsWith(`${category}-`)) {
            stopped = true;
            return Promise.reject(new Error('the process stopped between the two appends'));
          }
          return target.appendToStream(...args);
        };
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
};

const memoryCheckpoints = (): ReactionCheckpoints & { positions: Map<string, bigint> } => {
  const positions = new Map<string, bigint>();
  return {
    positions,
    checkpoint: (name) => positions.get(name),
    save: (name, position) => void positions.set(name, position),
  };
};

let temp: ReturnType<typeof tempSqliteStore>;
beforeEach(async () => {
  temp = tempSqliteStore();
  await setUp(new CommandHandler(temp.store, { clock: fixedTime() }));
});
afterEach(() => temp.dispose());

describe('reactions over the log', () => {
  it('a stop between the escalation and the national barrier: the restart identifies the barrier exactly once', async () => {
    const crashing = new CommandHandler(stoppingBeforeFirstAppendTo(temp.store, 'barrier'), {
      clock: fixedTime(),
    });
    await expect(crashing.execute(escalate, { ...leader, commandId: 'cmd-escalate' })).rejects.toThrow(
      'the process stopped between the two appends',
    );
    const escalated = (await temp.store.readStream('smallChange-sc-1')).events.at(-1)!;
    expect(escalated.type).toBe('SmallChangeEscalated');
    expect((await temp.store.readStream('barrier-national')).streamRevision).toBe('no_stream');

    // The restart: a new handler and a processor with the checkpoint it had kept (none yet).
    const checkpoints = memoryCheckpoints();
    const restarted = new CommandHandler(temp.store, { clock: fixedTime() });
    expect(await new ReactionProcessor(temp.store, checkpoints, restarted).catchUp()).toBe(1);

    const { events } = await temp.store.readStream('barrier-national');
    expect(events.map((event) => [event.type, event.data.title, event.data.scope])).toEqual([
      ['BarrierIdentified', 'Prescribed assessment forms', 'national'],
    ]);
    expect(events[0]!.metadata).toMatchObject({
      commandId: 'cmd-escalate:IdentifyBarrier',
      causationId: escalated.id,
      correlationId: 'cmd-escalate',
      actorId: MANAGER,
    });
    expect(checkpoints.positions.get('reactions')).toBe(escalated.globalPosition);

    // Another restart, with the checkpoint and without it: nothing is recorded twice.
    expect(await new ReactionProcessor(temp.store, checkpoints, restarted).catchUp()).toBe(0);
    expect(await new ReactionProcessor(temp.store, memoryCheckpoints(), restarted).catchUp()).toBe(1);
    expect((await temp.store.readStream('barrier-national')).events).toHaveLength(1);
  });

  it('a processor following the log live records nothing twice when the handler has already reacted', async () => {
    const handler = new CommandHandler(temp.store, { clock: fixedTime() });
    const checkpoints = memoryCheckpoints();
    const processor = new ReactionProcessor(temp.store, checkpoints, handler);
    processor.start();
    try {
      await handler.execute(escalate, { ...leader, commandId: 'cmd-escalate' });
      const escalated = (await temp.store.readStream('smallChange-sc-1')).events.at(-1)!;
      await waitFor(
        () => checkpoints.positions.get('reactions') === escalated.globalPosition,
        10_000,
        'the processor to reach the escalation',
      );
    } finally {
      await processor.stop();
    }
    expect((await temp.store.readStream('barrier-national')).events.map((event) => event.type)).toEqual([
      'BarrierIdentified',
    ]);
  });
});
