/**
 * Reactions: follow-up commands the domain asks for when an event is recorded (a small change
 * escalated → its national barrier identified). A ReactionProcessor follows the log like a
 * projection, from a checkpoint, and records each follow-up through the command handler with a
 * command id derived from the triggering event: if the ledger stops between the two appends, the
 * processor records the follow-up when it runs again, and a follow-up already recorded (by the
 * handler straight after the command, or by an earlier run) is answered as already applied and
 * never recorded twice.
 */
import {
  reactionsTo,
  REACTION_TRIGGERS,
  type LedgerCommandRequest,
  type LedgerEvent,
} from '../domain/ledger';
import type { EventMetadata } from '../domain/shared/metadata';
import type { EventStore, LogSubscription, StoredEvent } from './ports/eventStore';

/** Where a processor keeps the position of the last event it has reacted to. */
export interface ReactionCheckpoints {
  checkpoint(name: string): bigint | undefined;
  save(name: string, position: bigint): void;
}

/** What a reaction needs of the command handler. */
export interface ReactionHandler {
  execute(
    request: LedgerCommandRequest,
    options: {
      readonly actor: { readonly id: string; readonly role: string };
      readonly occurredAt: string;
      readonly commandId: string;
      readonly correlationId: string;
      readonly causationId: string;
    },
  ): Promise<unknown>;
}

/** The triggering event, as much of it as a reaction reads. */
export interface Trigger {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Pick<
    EventMetadata,
    'actorId' | 'actorRole' | 'occurredAt' | 'correlationId' | 'commandId'
  >;
}

/** A follow-up's command id: the triggering event's command id and the follow-up's type. */
export const reactionCommandId = (trigger: Trigger, followUp: LedgerCommandRequest): string =>
  `${trigger.metadata.commandId}:${followUp.type}`;

/** Records the follow-ups of one event, each under the command id derived from it. */
export const react = async (handler: ReactionHandler, trigger: Trigger): Promise<void> => {
  for (const followUp of reactionsTo({ type: trigger.type, data: trigger.data } as LedgerEvent)) {
    await handler.execute(followUp, {
      actor: { id: trigger.metadata.actorId, role: trigger.metadata.actorRole },
      occurredAt: trigger.metadata.occurredAt,
      commandId: reactionCommandId(trigger, followUp),
      correlationId: trigger.metadata.correlationId,
      causationId: trigger.id,
    });
  }
};

const triggerOf = (event: StoredEvent): Trigger => ({
  id: event.id,
  type: event.type,
  data: event.data,
  metadata: event.metadata as unknown as Trigger['metadata'],
});

export class ReactionProcessor {
  static readonly NAME = 'reactions';
  private subscription: LogSubscription | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: ReactionCheckpoints,
    private readonly handler: ReactionHandler,
    private readonly options: { readonly log?: (message: string) => void } = {},
  ) {}

  private async handle(event: StoredEvent): Promise<void> {
    await react(this.handler, triggerOf(event));
    this.checkpoints.save(ReactionProcessor.NAME, event.globalPosition);
  }

  /** Reacts to every triggering event after the checkpoint, to the end of the log; resolves to how many. */
  async catchUp(): Promise<number> {
    const after = this.checkpoints.checkpoint(ReactionProcessor.NAME);
    const events = await this.store.readLog({
      ...(after === undefined ? {} : { after }),
      filter: { eventTypes: REACTION_TRIGGERS },
    });
    for (const event of events) await this.handle(event);
    return events.length;
  }

  /** Catches up, then reacts to new events as they are recorded. */
  start(): void {
    const after = this.checkpoints.checkpoint(ReactionProcessor.NAME);
    this.subscription = this.store.subscribe({
      ...(after === undefined ? {} : { after }),
      filter: { eventTypes: REACTION_TRIGGERS },
      onEvent: (event) => this.handle(event),
      onError: (error) =>
        this.options.log?.(
          `Reactions stopped: ${error.message}; they resume from their checkpoint at the next start`,
        ),
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }
}
