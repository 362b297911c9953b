/** Events are facts in the past tense; commands are requests. Both are plain tagged records. */
export interface Event<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
}

/** Who is acting: a participant or a service account, with the role it acts in. */
export interface Actor {
  readonly id: string;
  readonly role: string;
}

/** Time and identity arrive with the command, so deciders stay pure and deterministic. */
export interface CommandContext {
  /** Business time: when it happened (UTC date or timestamp). */
  readonly occurredAt: string;
  /** Server time: when the ledger is recording it. */
  readonly recordedAt: string;
  readonly actor: Actor;
}

export interface Command<Type extends string, Data extends { readonly programmeId: string }> {
  readonly type: Type;
  readonly data: Data;
  readonly context: CommandContext;
}

export type AnyEvent = Event<string, unknown>;
export type AnyCommand = Command<string, { readonly programmeId: string }>;

export const unhandled = (value: never): never => {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
};
