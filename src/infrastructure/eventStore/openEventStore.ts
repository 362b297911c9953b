import type { StoreConfig } from '../config';
import { ConfigurationError } from '../config';
import type { EventStore } from '../../application/ports/eventStore';
import { redactConnectionString, withoutPassword } from './eventStoreDb/connectionString';
import { EventStoreDbEventStore } from './eventStoreDb/eventStoreDbEventStore';
import { SqliteEventStore } from './sqlite/sqliteEventStore';

/**
 * Opens the configured adapter. The client's own parse of a connection string is a configuration
 * error (its message never repeats the password).
 */
export const openEventStore = (config: StoreConfig): EventStore => {
  if (config.kind === 'sqlite') return new SqliteEventStore({ path: config.path });
  try {
    return new EventStoreDbEventStore(config.connectionString);
  } catch (error) {
    throw new ConfigurationError(
      'EVENTSTORE_CONNECTION_STRING',
      withoutPassword((error as Error).message, config.connectionString),
    );
  }
};

export const describeStore = (config: StoreConfig): string =>
  config.kind === 'sqlite'
    ? `embedded SQLite at ${config.path}`
    : `EventStoreDB at ${redactConnectionString(config.connectionString)}`;
