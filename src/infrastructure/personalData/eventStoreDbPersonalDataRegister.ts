import {
  EventStoreDBClient,
  StreamDeletedError,
  StreamNotFoundError,
  jsonEvent,
  BACKWARDS,
  END,
} from '@eventstore/db-client';
import { translateClientError } from '../eventStore/eventStoreDb/clientErrors';
import {
  PersonErasedError,
  requireDetails,
  type PersonalDataRegister,
  type PersonalDetails,
  type RegisteredPerson,
} from './personalDataRegister';

/** Outside the ledger's categories, so projections and subscriptions never see it. */
const personStream = (participantId: string) => `person-${participantId}`;

/**
 * One stream per person. Erasure tombstones the stream: it can never be written again and reads
 * as erased. EventStoreDB removes the bytes only when a scavenge runs; schedule scavenges to meet
 * your erasure deadline.
 */
export class EventStoreDbPersonalDataRegister implements PersonalDataRegister {
  private readonly client: EventStoreDBClient;

  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async record(participantId: string, details: PersonalDetails): Promise<void> {
    const { displayName, contact } = requireDetails(details);
    try {
      await this.client.appendToStream(
        personStream(participantId),
        jsonEvent({ type: 'PersonalDetailsRecorded', data: { displayName, contact: contact ?? null } }),
      );
    } catch (error) {
      if (error instanceof StreamDeletedError) throw new PersonErasedError(participantId);
      throw translateClientError(error, 'record personal details');
    }
  }

  async lookup(participantIds: readonly string[]): Promise<Map<string, RegisteredPerson>> {
    const unique = [...new Set(participantIds)];
    const people = await Promise.all(unique.map((participantId) => this.lookupOne(participantId)));
    return new Map(people.map((person) => [person.participantId, person]));
  }

  private async lookupOne(participantId: string): Promise<RegisteredPerson> {
    try {
      for await (const resolved of this.client.readStream(personStream(participantId), {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
      })) {
        const data = resolved.event?.data as { displayName?: string; contact?: string | null } | undefined;
        if (data?.displayName)
          return {
            status: 'registered',
            participantId,
            displayName: data.displayName,
            contact: data.contact ?? null,
          };
      }
      return { status: 'unknown', participantId };
    } catch (error) {
      if (error instanceof StreamDeletedError) return { status: 'erased', participantId };
      if (error instanceof StreamNotFoundError) return { status: 'unknown', participantId };
      throw translateClientError(error, 'look up personal details');
    }
  }

  async erase(participantId: string): Promise<void> {
    try {
      await this.client.tombstoneStream(personStream(participantId));
    } catch (error) {
      if (error instanceof StreamDeletedError) return;
      throw translateClientError(error, 'erase personal details');
    }
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
