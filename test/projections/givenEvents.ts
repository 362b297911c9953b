/**
 * Given events → read models: feeds ledger events straight into the projections (a real SQLite
 * read-model store in memory), with metadata a test can set, and names from a fixed list.
 */
import type { LedgerEvent } from '../../src/domain/ledger';
import { EVENT_SCHEMA_VERSION } from '../../src/domain/shared/metadata';
import type { RegisteredPerson } from '../../src/application/ports/personalDataRegister';
import { SqliteReadModelStore } from '../../src/infrastructure/readModels/sqliteReadModelStore';
import { LedgerReadModels } from '../../src/projections/ledgerReadModels';
import type { LedgerRecord } from '../../src/projections/ledgerRecord';
import { LEDGER_PROJECTIONS } from '../../src/projections/projections';

type DataOf<T extends LedgerEvent['type']> = Extract<LedgerEvent, { type: T }>['data'];

export interface Given {
  readonly event: LedgerEvent;
  readonly occurredAt?: string;
  readonly recordedAt?: string;
  readonly actorId?: string;
  readonly actorRole?: string;
  /** The event's id (event-<position> unless given), for a correction to point at. */
  readonly eventId?: string;
}

export const event = <T extends LedgerEvent['type']>(
  type: T,
  data: DataOf<T>,
  meta: Omit<Given, 'event'> = {},
): Given => ({ event: { type, data } as LedgerEvent, ...meta });

/** The date a step's data carries is its occurred date, as the deciders record it. */
const DATED = [
  'startedAt',
  'completedAt',
  'closedAt',
  'heldAt',
  'implementedAt',
  'reviewedAt',
  'concludedAt',
  'stoppedAt',
];
const dateIn = (event: LedgerEvent): string | undefined => {
  const data = event.data as unknown as Record<string, unknown>;
  const key = DATED.find((candidate) => typeof data[candidate] === 'string');
  return key === undefined ? undefined : (data[key] as string);
};

/** The stream the ledger keeps an event in: its item's (a date correction's item's), or its programme's. */
const streamOf = (event: LedgerEvent): string => {
  const data = event.data as unknown as Record<string, unknown>;
  if (event.type === 'OccurredDateCorrected') {
    const { kind, id } = event.data.item;
    return kind === 'measurement' ? `measurements-${id}` : `${kind}-${id}`;
  }
  const item = (['smallChange', 'experiment', 'review', 'barrier', 'surveyRound'] as const).find(
    (kind) => typeof data[`${kind}Id`] === 'string',
  );
  if (item) return `${item}-${String(data[`${item}Id`])}`;
  if (typeof data.measurementId === 'string') return `measurements-${String(data.metricId)}`;
  if (event.type.startsWith('Blueprint')) return `blueprint-${String(data.programmeId)}`;
  return `programme-${String(data.programmeId)}`;
};

export const recordsOf = (given: readonly Given[], firstPosition = 1n): LedgerRecord[] =>
  given.map((item, index) => {
    const position = firstPosition + BigInt(index);
    const occurredAt = item.occurredAt ?? dateIn(item.event) ?? '2022-01-01';
    return {
      event: item.event,
      metadata: {
        actorId: item.actorId ?? 'person-lead',
        actorRole: item.actorRole ?? 'leader',
        occurredAt,
        recordedAt: item.recordedAt ?? `${occurredAt.slice(0, 10)}T12:00:00.000Z`,
        correlationId: `correlation-${position}`,
        causationId: `command-${position}`,
        commandId: `command-${position}`,
        schemaVersion: EVENT_SCHEMA_VERSION,
      },
      eventId: item.eventId ?? `event-${position}`,
      streamName: streamOf(item.event),
      streamRevision: 0n,
      position,
      occurredAt,
    };
  });

/** Read models built from the given events. `names` plays the personal-data register. */
export const readModelsGiven = (given: readonly Given[], names: Record<string, string | null> = {}) => {
  const store = new SqliteReadModelStore(':memory:');
  store.commit((target) => {
    for (const record of recordsOf(given))
      for (const projection of LEDGER_PROJECTIONS) projection.apply(record, target);
  }, new Map());
  const register = {
    lookup: async (ids: readonly string[]) =>
      new Map<string, RegisteredPerson>(
        ids.flatMap((participantId): [string, RegisteredPerson][] => {
          if (!(participantId in names)) return [];
          const displayName = names[participantId];
          return [
            [
              participantId,
              displayName === null
                ? { status: 'erased', participantId }
                : { status: 'registered', participantId, displayName: displayName!, contact: null },
            ],
          ];
        }),
      ),
  };
  const readModels = new LedgerReadModels(store, {
    register,
    projections: LEDGER_PROJECTIONS,
    openScratch: () => new SqliteReadModelStore(':memory:'),
  });
  return { store, readModels };
};

export const P = 'programme-riverside';

/** A launched programme with two teams and people at each level: the start of most given lists. */
export const launchedProgramme = (): Given[] => [
  event(
    'ProgrammeLaunched',
    {
      programmeId: P,
      name: 'Riverside: more time with families',
      localAuthority: 'Riverside Borough (fictional)',
      scope: 'Two statutory teams',
      startDate: '2022-01-03',
      plannedDurationMonths: 15,
      phases: [
        { phaseId: 'vision', name: 'Vision' },
        { phaseId: 'smallChanges', name: 'Small changes' },
        { phaseId: 'testAndLearn', name: 'Test and learn' },
      ],
      smallChangeTarget: { count: 10, withinWeeks: 8 },
    },
    { occurredAt: '2022-01-03' },
  ),
  event('TeamEnrolled', { programmeId: P, teamId: 'team-north', name: 'North', kind: 'statutory' }),
  event('TeamEnrolled', { programmeId: P, teamId: 'team-south', name: 'South', kind: 'statutory' }),
  event('ParticipantJoined', {
    programmeId: P,
    participantId: 'person-sw',
    teamId: 'team-north',
    role: 'socialWorker',
    level: 'practitioner',
  }),
  event('ParticipantJoined', {
    programmeId: P,
    participantId: 'person-tm',
    teamId: 'team-north',
    role: 'teamManager',
    level: 'manager',
  }),
  event('ParticipantJoined', {
    programmeId: P,
    participantId: 'person-dir',
    teamId: null,
    role: 'director',
    level: 'seniorLeader',
  }),
  event('BarrierIdentified', {
    barrierId: 'barrier-forms',
    programmeId: P,
    title: 'Duplicate forms',
    description: 'The same visit is written up three times',
    kind: 'process',
    scope: 'local',
    source: { kind: 'sensemaking' },
    identifiedBy: ['person-sw'],
  }),
];
