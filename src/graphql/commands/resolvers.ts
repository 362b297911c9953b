/**
 * The mutations, generated from the command table: one per row, named after its command, taking
 * `input` and the recording arguments (commandId, expectedRevision, occurredAt), checked against
 * the row's roles, with errors mapped to GraphQL codes in one place (ErrorMapping). Each derives
 * the ids the caller left out, records the command and answers with the item it changed.
 */
import { Arg, Args, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { LedgerCommandRequest } from '../../domain/ledger';
import type { LedgerContext } from '../context';
import { ErrorMapping } from '../errors';
import { RecordingArgs } from '../inputs/recording';
import { newItemId, plain, recordAs } from '../recording';
import type { CommandRow, CommandType, DataOf } from './commandRow';
import { COMMAND_TABLE, mutationName } from './table';

/** Records one command for the caller, as its row says, and reads back the item it changed. */
const perform = async <T extends CommandType>(
  type: T,
  row: CommandRow<T>,
  input: object,
  recording: RecordingArgs,
  context: LedgerContext,
) => {
  const withIds: Record<string, unknown> = { ...input };
  for (const [field, purpose] of Object.entries(row.newIds ?? {}) as [string, string][])
    withIds[field] ??= newItemId(recording, purpose);
  const data = plain(row.data ? row.data(withIds as DataOf<T>) : (withIds as DataOf<T>));
  const { services } = context;
  const recorded = await recordAs(context, type, recording, (options) =>
    row.record
      ? row.record(services, data, options)
      : services.handler.execute({ type, data } as LedgerCommandRequest, options),
  );
  return { ...recorded, item: (await row.answer(services.readModels, data)) ?? null };
};

@Resolver()
@UseMiddleware(ErrorMapping)
export class CommandResolver {}

/** Declares a row's mutation on the resolver, as the decorators on a hand-written method would. */
const declareMutation = <T extends CommandType>(type: T, row: CommandRow<T>): void => {
  const prototype = CommandResolver.prototype as unknown as Record<string, unknown>;
  const name = mutationName(type);
  if (!row.decider.commandTypes.includes(type))
    throw new Error(`The command table gives ${type} to a decider that does not decide it`);
  prototype[name] = (input: object, recording: RecordingArgs, context: LedgerContext) =>
    perform(type, row, input, recording, context);
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
  Authorized(row.roles)(prototype, name, descriptor);
  Mutation(() => row.payload, { description: row.description })(prototype, name, descriptor);
  Arg('input', () => row.input, { description: row.inputDescription ?? 'What to record.' })(
    prototype,
    name,
    0,
  );
  Args(() => RecordingArgs)(prototype, name, 1);
  Ctx()(prototype, name, 2);
};

for (const [type, row] of Object.entries(COMMAND_TABLE))
  declareMutation(type as CommandType, row as CommandRow<CommandType>);
