/**
 * The personal-data register: the only place staff names and contact details live. Events refer
 * to participants by id; reads resolve names here. Erasing a person removes their details for
 * good, while the history that mentions their id stays intact and in order.
 */
import { ValidationError } from '../../domain/shared/errors';

export interface PersonalDetails {
  readonly displayName: string;
  readonly contact?: string;
}

export type RegisteredPerson =
  | {
      readonly status: 'registered';
      readonly participantId: string;
      readonly displayName: string;
      readonly contact: string | null;
    }
  | { readonly status: 'erased'; readonly participantId: string }
  | { readonly status: 'unknown'; readonly participantId: string };

export interface PersonalDataRegister {
  /** Records or replaces a person's details. Refused for a person already erased. */
  record(participantId: string, details: PersonalDetails): Promise<void>;
  lookup(participantIds: readonly string[]): Promise<Map<string, RegisteredPerson>>;
  /** Erases a person's details; erasing twice is harmless. */
  erase(participantId: string): Promise<void>;
  close(): Promise<void>;
}

export const ERASED = '[erased]';
export const UNKNOWN = '[unknown]';

/** What a reader sees for a person. */
export const nameOf = (person: RegisteredPerson | undefined): string =>
  person?.status === 'registered' ? person.displayName : person?.status === 'erased' ? ERASED : UNKNOWN;

export class PersonErasedError extends Error {
  readonly code = 'ILLEGAL_STATE';
  constructor(participantId: string) {
    super(
      `Participant ${participantId} has been erased from the personal-data register; their details cannot be recorded again`,
    );
    this.name = 'PersonErasedError';
  }
}

export const requireDetails = (details: PersonalDetails): PersonalDetails => {
  const displayName = details.displayName?.trim();
  if (!displayName)
    throw new ValidationError(
      'DisplayNameRequired',
      'A participant needs a display name in the personal-data register',
    );
  const contact = details.contact?.trim();
  return contact ? { displayName, contact } : { displayName };
};
