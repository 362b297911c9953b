/**
 * One row of the command table: everything the API says about a command of the domain. The
 * mutation, its rights check, its error mapping and the README's table of commands are generated
 * from the rows (see resolvers.ts and documentation.ts); nothing else declares a command.
 */
import type { ClassType } from 'type-graphql';
import type { CommandOptions, CommandResult } from '../../application/commandHandler';
import type { LedgerCommandRequest } from '../../domain/ledger';
import type { LedgerReadModels } from '../../projections/ledgerReadModels';
import type { CallerRole } from '../auth/roles';
import type { LedgerServices } from '../context';

export type CommandType = LedgerCommandRequest['type'];

/** What a command of this type carries. */
export type DataOf<T extends CommandType> = Extract<LedgerCommandRequest, { type: T }>['data'];

/** The fields of the data that name an item: the ledger makes one up when the caller leaves it out. */
type IdField<T extends CommandType> = Extract<keyof DataOf<T>, `${string}Id`>;

export interface CommandRow<T extends CommandType> {
  /** The aggregate that decides the command: its stream category names it in the documentation. */
  readonly decider: { readonly category: string; readonly commandTypes: readonly string[] };
  /** The GraphQL input (a class-validator class in src/graphql/inputs). */
  readonly input: ClassType<object>;
  /** The input argument's description; "What to record." when left out. */
  readonly inputDescription?: string;
  /** The roles that may record it (recording roles only within their own programmes). */
  readonly roles: readonly CallerRole[];
  /** The mutation's description in the schema, and its line in the README's table. */
  readonly description: string;
  /** The payload type: Recorded plus the item the command changed. */
  readonly payload: ClassType<object>;
  /** Item ids the ledger derives when left out: field → purpose (see newItemId). */
  readonly newIds?: { readonly [F in IdField<T>]?: string };
  /** The payload's item, read back once the read models show the command. */
  readonly answer: (readModels: LedgerReadModels, data: DataOf<T>) => unknown;
  /** The command's data from the input, when it is not the input itself. */
  readonly data?: (input: DataOf<T>) => DataOf<T>;
  /** How the command is recorded, when not by the command handler alone. */
  readonly record?: (
    services: LedgerServices,
    data: DataOf<T>,
    options: CommandOptions,
  ) => Promise<CommandResult>;
}

/** The rows of a group of commands: exactly one for each of its types. */
export type CommandRows<T extends CommandType> = { readonly [K in T]: CommandRow<K> };
