import { programmeStream } from '../../src/domain/programme';
import {
  ConcurrencyError,
  IllegalStateError,
  NotFoundError,
  ValidationError,
} from '../../src/domain/shared/errors';
import { CommandHandler, type CommandOptions } from '../../src/application/commandHandler';
import { RevisionConflictError } from '../../src/application/ports/eventStoreErrors';
import type { LedgerCommandRequest } from '../../src/domain/ledger';
import { fixedTime, sequentialIds, tempSqliteStore } from '../support/tempStore';
import { DIRECTOR, DUTY_TEAM, MANAGER, P, programmeHistory, SW1 } from '../domain/fixtures';

const leader: CommandOptions = { actor: { id: MANAGER, role: 'leader' } };
let temp: ReturnType<typeof tempSqliteStore>;
let handler: CommandHandler;

/** Records the fixture programme's history through the handler, as its commands. */
const setUpProgramme = async () => {
  const [launched, ...rest] = programmeHistory;
  const launchData = launched!.data as { phases: unknown };
  await handler.execute(
    {
      type: 'LaunchProgramme',
      data: { ...launched!.data, phases: launchData.phases },
    } as LedgerCommandRequest,
    leader,
  );
  const commandFor: Record<string, string> = {
    TeamEnrolled: 'EnrolTeam',
    ParticipantJoined: 'JoinParticipant',
    ParticipantLeft: 'RecordParticipantLeft',
    OutcomeDefined: 'DefineOutcome',
    MetricDefined: 'DefineMetric',
  };
  for (const event of rest) {
    const data = Object.fromEntries(Object.entries(event.data).filter(([, value]) => value !== null));
    await handler.execute({ type: commandFor[event.type], data } as LedgerCommandRequest, leader);
  }
};

const identify = (barrierId: string, scope = 'local'): LedgerCommandRequest => ({
  type: 'IdentifyBarrier',
  data: {
    programmeId: P,
    barrierId,
    title: 'Duplicate recording',
    description: 'Three systems',
    kind: 'process',
    scope: scope as 'local',
    source: { kind: 'sensemaking' },
    identifiedBy: [SW1],
  },
});
const propose = (
  smallChangeId: string,
  barrierId = 'barrier-1',
  teamId = DUTY_TEAM,
): LedgerCommandRequest => ({
  type: 'ProposeSmallChange',
  data: {
    programmeId: P,
    smallChangeId,
    teamId,
    title: 'One-page notes',
    description: 'Shorter template',
    proposedBy: [SW1],
    barrierIds: [barrierId],
  },
});

/** How a command was refused: the error's class, its rule and its message. */
const refusalOf = (outcome: Promise<unknown>) =>
  outcome.then(
    () => 'recorded',
    (error: { rule?: string; message: string }) => [error.constructor, error.rule, error.message],
  );

beforeEach(async () => {
  temp = tempSqliteStore();
  handler = new CommandHandler(temp.store, { clock: fixedTime(), newId: sequentialIds() });
  await setUpProgramme();
});
afterEach(() => temp.dispose());

describe('command handler on SQLite', () => {
  it('records events with metadata from the caller and the server, never from the request', async () => {
    const result = await handler.execute(identify('barrier-1'), {
      ...leader,
      occurredAt: '2022-03-14',
      commandId: 'cmd-1',
      correlationId: 'corr-1',
    });
    expect(result).toMatchObject({
      streamName: 'barrier-1',
      streamRevision: 0n,
      alreadyApplied: false,
    });
    const { events } = await temp.store.readStream('barrier-1');
    expect(events.map((e) => [e.type, e.metadata])).toEqual([
      [
        'BarrierIdentified',
        {
          actorId: MANAGER,
          actorRole: 'leader',
          occurredAt: '2022-03-14',
          recordedAt: '2022-03-21T09:00:00.000Z',
          correlationId: 'corr-1',
          causationId: 'cmd-1',
          commandId: 'cmd-1',
          commandHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
          schemaVersion: 1,
        },
      ],
    ]);
    expect(result.lastPosition).toBe(events[0]!.globalPosition);
  });

  it('appends nothing for a retried command id and returns the first result', async () => {
    const first = await handler.execute(identify('barrier-1'), { ...leader, commandId: 'cmd-retry' });
    const before = await temp.store.lastPosition();
    const again = await handler.execute(identify('barrier-1'), { ...leader, commandId: 'cmd-retry' });
    expect(again).toEqual({ ...first, alreadyApplied: true });
    expect(await temp.store.lastPosition()).toBe(before);
  });

  it('refuses a command id already used for another item, anywhere in the ledger', async () => {
    await handler.execute(identify('barrier-1'), { ...leader, commandId: 'cmd-shared' });
    const before = await temp.store.lastPosition();
    await expect(
      handler.execute(identify('barrier-2'), { ...leader, commandId: 'cmd-shared' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      rule: 'CommandIdReused',
      message:
        'Command id "cmd-shared" has already been used for a different request; a retry must repeat the first request exactly, and a new request needs a new command id',
    });
    expect(await temp.store.lastPosition()).toBe(before);
    expect((await temp.store.readStream('barrier-barrier-2')).events).toEqual([]);
  });

  it('refuses a command id sent again with a different request, instead of dropping the new one', async () => {
    const first = identify('barrier-1');
    await handler.execute(first, { ...leader, commandId: 'cmd-changed', occurredAt: '2022-03-14' });
    const before = await temp.store.lastPosition();
    const changed = { ...first, data: { ...first.data, description: 'Four systems, not three' } };
    for (const [request, options] of [
      [changed, { occurredAt: '2022-03-14' }],
      [first, { occurredAt: '2022-03-15' }],
      [first, { occurredAt: '2022-03-14', actor: { id: DIRECTOR, role: 'leader' } }],
    ] as const)
      await expect(
        handler.execute(request as LedgerCommandRequest, { ...leader, ...options, commandId: 'cmd-changed' }),
      ).rejects.toMatchObject({ rule: 'CommandIdReused' });
    expect(await temp.store.lastPosition()).toBe(before);
    const again = await handler.execute(first, {
      ...leader,
      commandId: 'cmd-changed',
      occurredAt: '2022-03-14',
    });
    expect(again.alreadyApplied).toBe(true);
  });

  it('appends nothing when a command is refused', async () => {
    const before = await temp.store.lastPosition();
    await expect(handler.execute(propose('sc-1', 'barrier-unknown'), leader)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      handler.execute(
        { type: 'RevertSmallChange', data: { programmeId: P, smallChangeId: 'sc-1', rationale: '' } },
        leader,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      handler.execute(identify('barrier-2'), { ...leader, occurredAt: '2099-01-01' }),
    ).rejects.toMatchObject({ rule: 'OccurredNotInFuture' });
    await expect(
      handler.execute(
        { type: 'Nonsense', data: { programmeId: P } } as unknown as LedgerCommandRequest,
        leader,
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await temp.store.lastPosition()).toBe(before);
  });

  it('checks references against the programme’s own stream', async () => {
    await handler.execute(identify('barrier-1'), leader);
    await expect(handler.execute(propose('sc-1', 'barrier-1', 'team-new'), leader)).rejects.toMatchObject({
      rule: 'TeamInProgramme',
    });
    await handler.execute(
      {
        type: 'EnrolTeam',
        data: { programmeId: P, teamId: 'team-new', name: 'New team', kind: 'statutory' },
      },
      leader,
    );
    await expect(handler.execute(propose('sc-1', 'barrier-1', 'team-new'), leader)).resolves.toMatchObject({
      streamRevision: 0n,
    });
  });

  it('loses no update when commands on one aggregate race, retrying on conflict', async () => {
    await handler.execute(
      {
        type: 'HoldReview',
        data: {
          programmeId: P,
          reviewId: 'review-1',
          kind: 'sensemakingSession',
          attendeeIds: [SW1, DIRECTOR],
        },
      },
      leader,
    );
    const handlers = [1, 2, 3, 4, 5].map(() => new CommandHandler(temp.open(), { clock: fixedTime() }));
    await Promise.all(
      handlers.map((racer, i) =>
        racer.execute(
          {
            type: 'RecordInsight',
            data: {
              programmeId: P,
              reviewId: 'review-1',
              insightId: `insight-${i}`,
              kind: 'challenge',
              statement: `Insight ${i}`,
              barrierIds: [],
            },
          },
          leader,
        ),
      ),
    );
    const { events } = await temp.store.readStream('review-1');
    expect(events.map((e) => e.type)).toEqual(['ReviewHeld', ...Array(5).fill('InsightRecorded')]);
    expect(new Set(events.slice(1).map((e) => (e.data as { insightId: string }).insightId)).size).toBe(5);
  });

  it('reports a concurrency error once its attempts are spent, and on a stale expected revision', async () => {
    await handler.execute(
      {
        type: 'HoldReview',
        data: { programmeId: P, reviewId: 'review-1', kind: 'sensemakingSession', attendeeIds: [SW1] },
      },
      leader,
    );
    const impatient = [1, 2, 3].map(() => new CommandHandler(temp.open(), { maxAttempts: 1 }));
    const outcomes = await Promise.allSettled(
      impatient.map((racer, i) =>
        racer.execute(
          {
            type: 'RecordInsight',
            data: {
              programmeId: P,
              reviewId: 'review-1',
              insightId: `i-${i}`,
              kind: 'challenge',
              statement: 's',
              barrierIds: [],
            },
          },
          leader,
        ),
      ),
    );
    const refused = outcomes.filter(
      (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
    );
    expect(refused.length).toBeGreaterThan(0);
    refused.forEach((outcome) => expect(outcome.reason).toBeInstanceOf(ConcurrencyError));
    const written = (await temp.store.readStream('review-1')).events.length;
    expect(written).toBe(1 + outcomes.length - refused.length);

    const stale = handler.execute(
      {
        type: 'RecordInsight',
        data: {
          programmeId: P,
          reviewId: 'review-1',
          insightId: 'late',
          kind: 'opportunity',
          statement: 's',
          barrierIds: [],
        },
      },
      { ...leader, expectedRevision: 0n },
    );
    await expect(stale).rejects.toMatchObject({ code: 'CONCURRENCY', rule: 'ExpectedRevision' });
    expect((await temp.store.readStream('review-1')).events).toHaveLength(written);
  });

  it('gives up after its attempts when every append meets a conflict, and says so in words', async () => {
    let appends = 0;
    const contested = new Proxy(temp.store, {
      get: (store, property, receiver) =>
        property === 'appendToStream'
          ? (stream: string, _events: unknown, expected: bigint) => {
              appends += 1;
              throw new RevisionConflictError(stream, expected, expected + 1n);
            }
          : Reflect.get(store, property, receiver),
    });
    const racer = new CommandHandler(contested, {
      clock: fixedTime(),
      newId: sequentialIds(),
      maxAttempts: 3,
    });
    const refused = racer.execute(identify('barrier-contested'), { ...leader, commandId: 'cmd-contested' });
    expect(await refusalOf(refused)).toEqual([
      ConcurrencyError,
      'ConcurrentChange',
      'barrier-contested was changed by someone else at the same time; reload and try again',
    ]);
    expect(appends).toBe(3);
  });

  it('refuses a command it does not know, recording nothing', async () => {
    const before = await temp.store.lastPosition();
    const unknown = handler.execute({ type: 'RenameProgramme', data: { programmeId: P } } as never, leader);
    expect(await refusalOf(unknown)).toEqual([
      ValidationError,
      'KnownCommand',
      '"RenameProgramme" is not a command the ledger knows',
    ]);
    expect(await temp.store.lastPosition()).toBe(before);
  });

  it('escalating a small change identifies the national barrier, once, in the same correlation', async () => {
    await handler.execute(identify('barrier-1'), leader);
    await handler.execute(propose('sc-1'), leader);
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
    const result = await handler.execute(escalate, { ...leader, commandId: 'cmd-escalate' });
    await handler.execute(escalate, { ...leader, commandId: 'cmd-escalate' });

    const { events } = await temp.store.readStream('barrier-national');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'BarrierIdentified',
      data: { scope: 'national', source: { kind: 'smallChange', id: 'sc-1' } },
    });
    expect(events[0]!.metadata).toMatchObject({
      correlationId: 'cmd-escalate',
      causationId: result.events[0]!.id,
      commandId: 'cmd-escalate:IdentifyBarrier',
    });
    await expect(
      handler.execute(
        { type: 'AgreeSmallChange', data: { programmeId: P, smallChangeId: 'sc-1', agreedBy: [MANAGER] } },
        leader,
      ),
    ).rejects.toBeInstanceOf(IllegalStateError);
  });

  it('records the programme through its commands exactly as the fixture history', async () => {
    const { events } = await temp.store.readStream(programmeStream(P));
    expect(events.map((e) => ({ type: e.type, data: e.data }))).toEqual(programmeHistory);
  });
});
