/** Every stored event carries this metadata; it is set by the command handler, never by a request body. */
export interface EventMetadata {
  readonly actorId: string;
  readonly actorRole: string;
  /** Business time (UTC): when it happened. May be in the past, e.g. a meeting recorded a week later. */
  readonly occurredAt: string;
  /** Server time (UTC): when the ledger recorded it. */
  readonly recordedAt: string;
  /** Shared by everything done for one request or workflow. */
  readonly correlationId: string;
  /** The id of the message that caused this event: the command, or the event a workflow reacted to. */
  readonly causationId: string;
  /** The command that produced the event; a retried command id appends nothing twice. */
  readonly commandId: string;
  /**
   * A hash of what the command asked for (its type, input, business time and caller): a command id
   * used again for anything else is refused. Absent on events recorded before version 0.2.
   */
  readonly commandHash?: string;
  readonly schemaVersion: number;
}

export const EVENT_SCHEMA_VERSION = 1;

const isString = (value: unknown): value is string => typeof value === 'string';

export const isEventMetadata = (value: unknown): value is EventMetadata => {
  const m = value as Partial<Record<keyof EventMetadata, unknown>> | null;
  return (
    !!m &&
    [m.actorId, m.actorRole, m.occurredAt, m.recordedAt, m.correlationId, m.causationId, m.commandId].every(
      isString,
    ) &&
    typeof m.schemaVersion === 'number'
  );
};
