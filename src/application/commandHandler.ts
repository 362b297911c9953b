/**
 * The command handler: load the target stream → fold → gather facts from referenced streams →
 * decide → append with the expected revision. Conflicts are retried a bounded number of times;
 * a command id already applied returns its first result and appends nothing.
 */
import { randomUUID } from 'node:crypto';
import { noFacts, type Facts, type Reference, type ReferenceKind } from '../domain/facts';
import {
  aggregateFor,
  referencedAggregate,
  type AnyAggregate,
  type LedgerCommandRequest,
  type LedgerEvent,
} from '../domain/ledger';
import { programmeAggregate } from '../domain/programme';
import type { Programme } from '../domain/programme/state';
import type { Actor } from '../domain/shared/command';
import { commandContext } from '../domain/shared/context';
import { ConcurrencyError, ValidationError } from '../domain/shared/errors';
import { EVENT_SCHEMA_VERSION, type EventMetadata } from '../domain/shared/metadata';
import {
  describeRevision,
  NO_STREAM,
  type EventStore,
  type StoredEvent,
  type StreamRevision,
} from './ports/eventStore';
import { RevisionConflictError } from './ports/eventStoreErrors';
import type { Clock, IdSource } from './ports/clock';
import { assertSameCommand, commandHash } from './commandIdentity';
import { react } from './reactions';
import type { FreeTextScreen } from './freeTextScreen';
import type { Snapshots } from './snapshots/snapshots';
import { StateCache } from './stateCache';
import { StreamLoader, type Loaded } from './streamLoader';

export interface CommandOptions {
  /** From the authenticated caller, never from the request body. */
  readonly actor: Actor;
  /** Business time; defaults to the time of recording. */
  readonly occurredAt?: string;
  /** Repeating a command id returns the first result and records nothing twice. */
  readonly commandId?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** The stream revision the caller last saw: if the stream has moved on, the command is refused. */
  readonly expectedRevision?: StreamRevision;
  /**
   * Checks the caller may record in this programme, given the programme as its own stream tells it
   * (e.g. that they are one of its participants); throws ForbiddenError when not. Runs before the decision
   * (and before a repeated command id is answered), on every attempt.
   */
  readonly authorise?: (programme: Programme) => void;
}

export interface RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly streamRevision: bigint;
}

export interface CommandResult {
  readonly streamName: string;
  /** The stream's revision after the command: pass it as the next expectedRevision. */
  readonly streamRevision: bigint;
  /** Global position of the command's last event: read models that have reached it show the change. */
  readonly lastPosition: bigint;
  readonly events: readonly RecordedEvent[];
  /** True when the command id had already been applied and nothing new was recorded. */
  readonly alreadyApplied: boolean;
}

export interface CommandHandlerOptions {
  /** The time of recording; the composition root passes the system clock (the machine's, when left out). */
  readonly clock?: Clock;
  /** Ids of new events; the composition root passes random UUIDs (the same, when left out). */
  readonly newId?: IdSource;
  /** Attempts in all when other writers keep getting in first. */
  readonly maxAttempts?: number;
  /** Refuses free text that names a participant (see personalDataScreen); none by default. */
  readonly screen?: FreeTextScreen;
  /** Folded states kept between commands (see stateCache.ts); a cache of its own by default. */
  readonly states?: StateCache;
  /** Folded states kept next to the log for a new process (see snapshots/snapshots.ts); none by default. */
  readonly snapshots?: Snapshots;
}

const recorded = (event: StoredEvent): RecordedEvent => ({
  id: event.id,
  type: event.type,
  data: event.data,
  metadata: event.metadata as unknown as EventMetadata,
  streamRevision: event.streamRevision,
});

/** The answer to a command id already applied: what it recorded the first time. */
const firstResult = (stream: string, applied: readonly StoredEvent[]): CommandResult => ({
  streamName: stream,
  streamRevision: applied.at(-1)!.streamRevision,
  lastPosition: applied.at(-1)!.globalPosition,
  events: applied.map(recorded),
  alreadyApplied: true,
});

/** Refuses a command whose caller saw an earlier revision of the stream than the one it is at. */
const refuseWhenMovedOn = (stream: string, expected: StreamRevision | undefined, actual: StreamRevision) => {
  if (expected !== undefined && expected !== actual) {
    throw new ConcurrencyError(
      'ExpectedRevision',
      `${stream} has changed: you expected ${describeRevision(expected)}, it is at ${describeRevision(actual)}`,
    );
  }
};

/** Who recorded the command, when it happened and was recorded, and the command it came from. */
const metadataOf = (
  options: CommandOptions & { commandId: string },
  context: { readonly occurredAt: string; readonly recordedAt: string },
  hash: string,
): EventMetadata => ({
  actorId: options.actor.id,
  actorRole: options.actor.role,
  occurredAt: context.occurredAt,
  recordedAt: context.recordedAt,
  correlationId: options.correlationId ?? options.commandId,
  causationId: options.causationId ?? options.commandId,
  commandId: options.commandId,
  commandHash: hash,
  schemaVersion: EVENT_SCHEMA_VERSION,
});

/** Where each kind of reference is kept in Facts. */
const FACT_OF: Readonly<Record<ReferenceKind, Exclude<keyof Facts, 'programme'>>> = {
  barrier: 'barriers',
  smallChange: 'smallChanges',
  experiment: 'experiments',
  review: 'reviews',
  surveyRound: 'surveyRounds',
  feedbackRound: 'feedbackRounds',
  blueprint: 'blueprints',
};

export class CommandHandler {
  private readonly clock: Clock;
  private readonly newId: IdSource;
  private readonly maxAttempts: number;
  private readonly screen: FreeTextScreen | undefined;
  private readonly streams: StreamLoader;

  constructor(
    private readonly store: EventStore,
    options: CommandHandlerOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.screen = options.screen;
    this.streams = new StreamLoader(store, options.states ?? new StateCache(), options.snapshots);
  }

  /** Forgets every folded state, cached or snapshotted: a redaction rewrote events they were folded from. */
  async forgetFoldedStates(): Promise<void> {
    await this.streams.settled();
    await this.streams.forgetAll();
  }

  /** Resolves once the snapshots begun after earlier commands are written (before closing their store). */
  async settled(): Promise<void> {
    await this.streams.settled();
  }

  async execute(request: LedgerCommandRequest, options: CommandOptions): Promise<CommandResult> {
    const aggregate = aggregateFor(request.type);
    if (!aggregate)
      throw new ValidationError('KnownCommand', `"${request.type}" is not a command the ledger knows`);
    const commandId = options.commandId ?? this.newId();
    const result = await this.executeOnce(aggregate, request, { ...options, commandId });
    // The follow-ups straight away, so the caller reads them; the reaction processor records any
    // that a stop between the two appends left out, under the same command ids.
    for (const event of result.events) await react(this, event);
    return result;
  }

  private async executeOnce(
    aggregate: AnyAggregate,
    request: LedgerCommandRequest,
    options: CommandOptions & { commandId: string },
  ): Promise<CommandResult> {
    const recordedAt = this.clock().toISOString();
    const command = { ...request, context: commandContext(options.actor, recordedAt, options.occurredAt) };
    const targetId = aggregate.targetId(command);
    const hash = commandHash(request, options);
    for (let attempt = 1; ; attempt += 1) {
      const target = await this.streams.load(aggregate, targetId);
      const stream = target.stream;
      const facts = await this.gatherFacts(aggregate, target, command);
      options.authorise?.(facts.programme);
      const applied = await this.recordedUnder(options.commandId, target);
      assertSameCommand(applied, { streamName: stream, commandId: options.commandId, hash });
      if (applied.length > 0) return firstResult(stream, applied);
      refuseWhenMovedOn(stream, options.expectedRevision, target.revision);
      await this.screen?.(request.data, facts.programme);
      const decided = aggregate.decide(command, target.state, facts) as LedgerEvent[];
      const metadata = metadataOf(options, command.context, hash);
      const result = await this.append(target, decided, metadata);
      if (result) return result;
      if (options.expectedRevision !== undefined || attempt >= this.maxAttempts) {
        throw new ConcurrencyError(
          'ConcurrentChange',
          `${stream} was changed by someone else at the same time; reload and try again`,
        );
      }
    }
  }

  /**
   * Appends the decided events at the revision the decision was made on; undefined when another
   * writer got in first (the caller decides again or gives up).
   */
  private async append(
    target: Loaded<unknown>,
    decided: readonly LedgerEvent[],
    metadata: EventMetadata,
  ): Promise<CommandResult | undefined> {
    const toAppend = decided.map((event) => ({
      id: this.newId(),
      type: event.type,
      data: event.data as unknown as Record<string, unknown>,
      metadata: metadata as unknown as Record<string, unknown>,
    }));
    try {
      const appended = await this.store.appendToStream(target.stream, toAppend, target.revision);
      const first = appended.nextExpectedRevision - BigInt(toAppend.length) + 1n;
      const events = toAppend.map((event, i) => ({
        ...event,
        metadata,
        streamRevision: first + BigInt(i),
      }));
      return {
        streamName: target.stream,
        streamRevision: appended.nextExpectedRevision,
        lastPosition: appended.lastPosition,
        events,
        alreadyApplied: false,
      };
    } catch (error) {
      if (error instanceof RevisionConflictError) return undefined;
      throw error;
    }
  }

  /**
   * The events already recorded under a command id: anywhere in the log (the store's lookup), or
   * else in the target stream (where a store whose lookup lags still shows them).
   */
  private async recordedUnder(commandId: string, target: Loaded<unknown>): Promise<StoredEvent[]> {
    const anywhere = await this.store.findCommand(commandId);
    if (anywhere.length > 0 || target.revision === NO_STREAM) return anywhere;
    const span = target.commands.span(commandId, target.revision);
    if (!span) return [];
    const { events } = await this.store.readStream(target.stream, {
      fromRevision: span.first,
      maxCount: Number(span.last - span.first) + 1,
    });
    return events.filter((event) => event.metadata.commandId === commandId);
  }

  /** Folds the programme and every referenced stream. Reads streams only, never projections. */
  private async gatherFacts(
    aggregate: AnyAggregate,
    target: Loaded<unknown>,
    command: { data: { programmeId: string } },
  ): Promise<Facts> {
    const { state } = target;
    const programme =
      aggregate.category === programmeAggregate.category
        ? (state as Programme)
        : ((await this.streams.load(programmeAggregate as unknown as AnyAggregate, command.data.programmeId))
            .state as Programme);
    const facts = noFacts(programme);
    const references = aggregate.references(command as never, state);
    const unique = [
      ...new Map(references.map((reference) => [`${reference.kind}:${reference.id}`, reference])).values(),
    ];
    await Promise.all(
      unique.map(async (reference: Reference) => {
        const referenced = referencedAggregate(reference.kind);
        const same =
          referenced.category === aggregate.category && reference.id === aggregate.targetId(command as never);
        const loaded = same ? { state } : await this.streams.load(referenced, reference.id);
        (facts[FACT_OF[reference.kind]] as Map<string, unknown>).set(reference.id, loaded.state);
      }),
    );
    return facts;
  }
}
