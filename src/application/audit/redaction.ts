/**
 * Redacting a free-text field of an event (a name typed where it should not be), as an admin: the
 * rationale is recorded first, as an event of its own (`EventRedacted` in `redaction-<eventId>`),
 * then the stored value is replaced by "[redacted]" in the ledger file, in every backup the ledger
 * tool wrote, and in its exports, and the read models are rebuilt without it. The event's leaf
 * does not change (see domain/audit/leafEntry), so `ledger verify` and every proof still check.
 */
import { randomUUID } from 'node:crypto';
import {
  REDACTED,
  resolvePointer,
  valueAt,
  type EntrySource,
  type FieldPath,
  type JsonObject,
} from '../../domain/audit/leafEntry';
import { EVENT_SCHEMA_VERSION, type EventMetadata } from '../../domain/shared/metadata';
import { IllegalStateError, NotFoundError, ValidationError } from '../../domain/shared/errors';
import { ANY, type EventStore } from '../../application/ports/eventStore';
import type { Redaction, TreeStore } from '../ports/treeStore';
import type { AccessActor, AccessRecorder } from './accessRecorder';

import { EVENT_REDACTED, REDACTION_CATEGORY } from '../../projections/redactionRecord';

export { REDACTION_CATEGORY };
export const redactionStream = (eventId: string) => `${REDACTION_CATEGORY}-${eventId}`;

export interface RedactionRequest {
  readonly eventId: string;
  /** JSON pointers into the event's data: "/description", "/conclusion/learning", "/quotes/2". */
  readonly fields: readonly string[];
  readonly rationale: string;
}

export interface RedactionResult {
  readonly eventId: string;
  readonly fields: readonly string[];
  /** The event that records who redacted what and why; null when every field was redacted already. */
  readonly redactionEventId: string | null;
  /** Copies the ledger could not reach (a backup that cannot be written): redact again once they can be. */
  readonly unreachedCopies: readonly string[];
}

/** Beyond the live file: the backups and exports the ledger tool wrote, and the read models. */
export interface RedactionReach {
  /** Redacts the event in every listed backup and the values in every export; returns the copies not reached. */
  copies(redaction: Redaction, values: readonly string[]): string[];
  /** Rebuilds the read models from the log, so that no copy of the values stays in them. */
  rebuildReadModels(): Promise<void>;
  /** Forgets the command handler's folded states, cached and snapshotted, which may hold the values. */
  forgetFoldedStates?(): Promise<void>;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;
const CODE = /^[a-z][a-zA-Z0-9-]*$/;

/** Free text only: never an id, a date or a code the ledger reads (a kind, a status, a verdict). */
const freeTextProblem = (path: FieldPath, value: unknown): string | undefined => {
  const key = [...path].reverse().find((step): step is string => typeof step === 'string') ?? '';
  if (typeof value !== 'string') return 'it is not text';
  if (value === REDACTED) return undefined;
  if (key === 'id' || /Ids?$/.test(key)) return 'it is an id the ledger refers by';
  if (DATE.test(value)) return 'it is a date';
  if (CODE.test(value)) return 'it is a code the ledger reads (one lower-case word)';
  return undefined;
};

export class Redactions {
  constructor(
    private readonly store: EventStore,
    private readonly tree: TreeStore,
    private readonly access: AccessRecorder,
    private readonly reach: RedactionReach,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private async storedEvent(eventId: string) {
    const leaf = this.tree.leafOfEvent(eventId);
    const [stored] = leaf ? await this.tree.auditedEvents(leaf.position - 1n, 1) : [];
    if (!leaf || stored?.kind !== 'readable' || stored.source.eventId !== eventId)
      throw new NotFoundError('EventInLedger', `There is no event ${eventId} in the ledger`, 'eventId');
    return { leaf, source: stored.source };
  }

  private pathsOf(data: JsonObject, request: RedactionRequest): FieldPath[] {
    if (request.fields.length === 0)
      throw new ValidationError(
        'RedactableField',
        'Name at least one field to redact, e.g. "/description"',
        'fields',
      );
    return request.fields.map((pointer) => {
      const path = resolvePointer(data, pointer);
      const problem = path ? freeTextProblem(path, valueAt(data, path)) : 'the event has no such field';
      if (!path || problem)
        throw new ValidationError(
          'RedactableField',
          `${pointer} cannot be redacted in event ${request.eventId}: ${problem}; only free text can be`,
          'fields',
        );
      return path;
    });
  }

  async redact(
    request: RedactionRequest,
    actor: AccessActor & { readonly role: string },
  ): Promise<RedactionResult> {
    if (this.tree.redactionRefusal)
      throw new IllegalStateError('RedactionOnEmbeddedStore', this.tree.redactionRefusal);
    if (!request.rationale?.trim())
      throw new ValidationError(
        'RationaleRequired',
        'A rationale is required to redact a field',
        'rationale',
      );
    await this.tree.catchUp();
    const { leaf, source } = await this.storedEvent(request.eventId);
    const paths = this.pathsOf(source.data, request);
    const fresh = paths.filter((path) => valueAt(source.data, path) !== REDACTED || 'seed' in leaf.salting);
    if (fresh.length === 0)
      return {
        eventId: request.eventId,
        fields: request.fields,
        redactionEventId: null,
        unreachedCopies: [],
      };
    if ('seed' in leaf.salting && leaf.salting.seed === '')
      throw new IllegalStateError(
        'RedactionNeedsSalts',
        `Event ${request.eventId} was recorded without salts, so it cannot be redacted`,
      );
    const values = fresh.map((path) => valueAt(source.data, path) as string);
    const redactionEventId = await this.recordRationale(request, source, actor);
    const redaction: Redaction = { eventId: request.eventId, paths: fresh };
    await this.tree.redact(redaction);
    const unreachedCopies = this.reach.copies(redaction, values);
    await this.reach.forgetFoldedStates?.();
    await this.reach.rebuildReadModels();
    this.access.recordNow('redacted', actor, {
      eventId: request.eventId,
      fields: [...request.fields],
      redactionEventId,
      rationale: request.rationale.trim(),
    });
    return { eventId: request.eventId, fields: request.fields, redactionEventId, unreachedCopies };
  }

  /** The rationale, recorded first: if anything after it fails, the redaction can be asked again. */
  private async recordRationale(
    request: RedactionRequest,
    { data, type, streamName }: Pick<EntrySource, 'data' | 'type' | 'streamName'>,
    actor: AccessActor & { readonly role: string },
  ) {
    const id = randomUUID();
    const now = this.clock().toISOString();
    const commandId = randomUUID();
    const metadata: EventMetadata = {
      actorId: actor.actorId ?? 'unknown',
      actorRole: actor.role,
      occurredAt: now,
      recordedAt: now,
      correlationId: actor.correlationId ?? commandId,
      causationId: commandId,
      commandId,
      schemaVersion: EVENT_SCHEMA_VERSION,
    };
    const programmeId = typeof data.programmeId === 'string' ? { programmeId: data.programmeId } : {};
    await this.store.appendToStream(
      redactionStream(request.eventId),
      [
        {
          id,
          type: EVENT_REDACTED,
          data: {
            ...programmeId,
            eventId: request.eventId,
            // Which entry it was, for the journey (absent from redactions recorded before).
            eventType: type,
            stream: streamName,
            fields: [...request.fields],
            rationale: request.rationale.trim(),
          },
          metadata: metadata as unknown as Record<string, unknown>,
        },
      ],
      ANY,
    );
    return id;
  }
}
