/**
 * The personal-data register on EventStoreDB: one `person-<id>` stream per person, holding their
 * details sealed with a key of their own (see eventStoreDbPersonalDataKeys). Erasure deletes the
 * key, which makes the details unreadable at once wherever their bytes still lie, then tombstones
 * the stream so it can never be written again. The event store leaves these streams out of the
 * log it reads and follows.
 *
 * Details recorded by versions before 0.2 sit in the stream unsealed (PersonalDetailsRecorded):
 * they still read, and erasing such a person hides them at once, but their bytes go only when
 * EventStoreDB scavenges.
 */
import { BACKWARDS, END, StreamDeletedError, StreamNotFoundError, jsonEvent } from '@eventstore/db-client';
import { PERSONAL_DATA_CATEGORY } from '../../application/ports/eventStore';
import { translateClientError } from '../eventStore/eventStoreDb/clientErrors';
import { sharedClients, type ClientLease } from '../eventStore/eventStoreDb/sharedClient';
import { readThrough } from '../eventStore/eventStoreDb/streamReads';
import {
  openDetails,
  sealDetails,
  type PersonalDataKeys,
  type SealedDetails,
} from './eventStoreDbPersonalDataKeys';
import {
  PersonErasedError,
  requireDetails,
  type PersonalDataRegister,
  type PersonalDetails,
  type RegisteredPerson,
} from '../../application/ports/personalDataRegister';

const personStream = (participantId: string) => `${PERSONAL_DATA_CATEGORY}-${participantId}`;

/** The event types a person's stream holds: sealed since 0.2, plain before. */
export const SEALED_DETAILS = 'PersonalDetailsSealed';
export const PLAIN_DETAILS = 'PersonalDetailsRecorded';

interface Details {
  displayName?: string;
  contact?: string | null;
}

export class EventStoreDbPersonalDataRegister implements PersonalDataRegister {
  private readonly lease: ClientLease;

  /** `connection` as for EventStoreDbEventStore: the process shares one client per connection string. */
  constructor(
    connection: string | ClientLease,
    private readonly keys: PersonalDataKeys,
  ) {
    this.lease = typeof connection === 'string' ? sharedClients.lease(connection) : connection;
  }

  async record(participantId: string, details: PersonalDetails): Promise<void> {
    const { displayName, contact } = requireDetails(details);
    const key = this.keys.keyFor(participantId);
    if (!key) throw new PersonErasedError(participantId);
    const sealed = sealDetails({ displayName, contact: contact ?? null }, key, participantId);
    try {
      await this.lease.track(
        this.lease.client.appendToStream(
          personStream(participantId),
          [jsonEvent({ type: SEALED_DETAILS, data: { ...sealed } })],
          { expectedRevision: 'any' },
        ),
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
    const key = this.keys.find(participantId);
    if (key.status === 'erased') return { status: 'erased', participantId };
    let latest: { type: string; data: unknown } | undefined;
    try {
      await this.lease.track(
        readThrough(
          this.lease.client.readStream(personStream(participantId), {
            direction: BACKWARDS,
            fromRevision: END,
            maxCount: 1,
          }),
          (resolved) => {
            if (resolved.event) latest = { type: resolved.event.type, data: resolved.event.data };
          },
        ),
      );
    } catch (error) {
      if (error instanceof StreamDeletedError) return { status: 'erased', participantId };
      if (error instanceof StreamNotFoundError) return { status: 'unknown', participantId };
      throw translateClientError(error, 'look up personal details');
    }
    if (!latest) return { status: 'unknown', participantId };
    if (latest.type !== SEALED_DETAILS) return registered(participantId, latest.data as Details);
    // Sealed details without their key cannot be read by anyone: for a reader, the person is erased.
    if (key.status !== 'active') return { status: 'erased', participantId };
    return registered(
      participantId,
      openDetails(latest.data as SealedDetails, key.key, participantId) as Details,
    );
  }

  /** Deletes the key first: from then on the details are unreadable, even if the tombstone fails. */
  async erase(participantId: string): Promise<void> {
    this.keys.erase(participantId);
    try {
      await this.lease.track(this.lease.client.tombstoneStream(personStream(participantId)));
    } catch (error) {
      if (error instanceof StreamDeletedError) return;
      throw translateClientError(error, 'erase personal details');
    }
  }

  async close(): Promise<void> {
    await this.lease.release();
    this.keys.close();
  }
}

const registered = (participantId: string, data: Details): RegisteredPerson =>
  data.displayName
    ? { status: 'registered', participantId, displayName: data.displayName, contact: data.contact ?? null }
    : { status: 'unknown', participantId };
